import { Elysia } from "elysia";
import type { GatewayDeps } from "../../context";
import { adminAppointmentRoutes } from "./appointments";
import { adminAuditRoutes } from "./audit";
import { adminCourseRoutes } from "./courses";
import { adminHoldRoutes } from "./holds";
import { adminSectionRoutes } from "./sections";
import { adminTermRoutes } from "./terms";
import { adminUserRoutes } from "./users";
import { adminLmsClientRoutes } from "./lms-clients";

/**
 * Administration: terms, courses and sections of the catalog, user accounts, the audit trail of
 * every admin action, holds and registration appointments, one file each. Admins only; the services check the role again.
 */
export function adminRoutes(deps: GatewayDeps) {
  return new Elysia()
    .use(adminTermRoutes(deps))
    .use(adminCourseRoutes(deps))
    .use(adminSectionRoutes(deps))
    .use(adminUserRoutes(deps))
    .use(adminAuditRoutes(deps))
    .use(adminHoldRoutes(deps))
    .use(adminAppointmentRoutes(deps))
    .use(adminLmsClientRoutes(deps));
}
