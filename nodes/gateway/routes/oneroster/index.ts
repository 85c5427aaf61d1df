import { Elysia } from "elysia";
import type { GatewayDeps } from "../../context";
import { bundleRoutes } from "./bundle";
import { gradebookRoutes } from "./gradebook";
import { rosteringRoutes } from "./rostering";
import { tokenRoutes } from "./token";

/**
 * The OneRoster 1.2 REST binding for LMS clients: the token endpoint, rostering and gradebook
 * under `/ims/oneroster`, and the CSV bundle. Errors answer in the binding's imsx_StatusInfo shape.
 */
export function oneRosterRoutes(deps: GatewayDeps) {
  const [gradebookReads, gradebookWrites] = gradebookRoutes(deps);
  return new Elysia().use(tokenRoutes(deps)).use(rosteringRoutes(deps)).use(gradebookReads).use(gradebookWrites).use(bundleRoutes(deps));
}
