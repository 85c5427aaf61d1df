import { Elysia } from "elysia";
import type { ViewDeps } from "../../session";
import { sectionActions } from "./actions";
import { coursePages } from "./course";
import { liveSeatPages } from "./live-seats";
import { searchPages } from "./search";
import { sectionPages } from "./section";

/** The catalog: search, course and section pages, and the Add / waitlist / Drop actions. */
export function catalogPages(deps: ViewDeps) {
  return new Elysia().use(searchPages(deps)).use(coursePages(deps)).use(sectionPages(deps)).use(sectionActions(deps)).use(liveSeatPages(deps));
}
