// The OneRoster 1.2 rostering service, read-only: orgs (schools), academic sessions (terms),
// courses, classes, users (students, teachers), enrollments, and the class-scoped reads an LMS
// makes (a class's students and teachers; a term's, a course's or a user's classes).
import { FIELDS, FILTERABLE, ROSTERING_BASE } from "../../../shared/oneroster/records";
import { OneRosterError } from "../../../shared/oneroster/collection";
import type { GatewayDeps } from "../../context";
import { oneRosterData, type OneRosterData } from "../../oneroster-data";
import { collection, CollectionParams, looseRoutes, one, oneRosterScope, RecordParams, SourcedIdParams, tags, type Handler } from "./scope";

type Kind = keyof typeof FIELDS;
type Row = Record<string, unknown>;
type Load = (data: OneRosterData, id?: string) => Promise<Row[]>;

const hasRole = (role: string) => (rows: Row[]) => rows.filter((u) => (u.roles as Array<{ role: string }>).some((r) => r.role === role));
const classIdsOf = (rows: Row[], userId: string) => new Set(rows.filter((e) => (e.user as Row).sourcedId === userId && e.status === "active").map((e) => (e.class as Row).sourcedId));

/** Collections: path, the JSON name of the list and of one record, the record kind, and how to load them. */
const COLLECTIONS: Array<{ path: string; many: string; single: string; kind: Kind; what: string; load: Load }> = [
  { path: "/orgs", many: "orgs", single: "org", kind: "org", what: "org", load: (d) => d.orgs() },
  { path: "/schools", many: "orgs", single: "org", kind: "org", what: "school", load: async (d) => (await d.orgs()).filter((o) => o.type === "school") },
  { path: "/academicSessions", many: "academicSessions", single: "academicSession", kind: "academicSession", what: "academic session", load: (d) => d.academicSessions() },
  { path: "/terms", many: "academicSessions", single: "academicSession", kind: "academicSession", what: "term", load: (d) => d.academicSessions() },
  { path: "/courses", many: "courses", single: "course", kind: "course", what: "course", load: (d) => d.courses() },
  { path: "/classes", many: "classes", single: "class", kind: "class", what: "class", load: (d) => d.classes() },
  { path: "/users", many: "users", single: "user", kind: "user", what: "user", load: (d) => d.users() },
  { path: "/students", many: "users", single: "user", kind: "user", what: "student", load: async (d) => hasRole("student")(await d.users()) },
  { path: "/teachers", many: "users", single: "user", kind: "user", what: "teacher", load: async (d) => hasRole("teacher")(await d.users()) },
  { path: "/enrollments", many: "enrollments", single: "enrollment", kind: "enrollment", what: "enrollment", load: (d) => d.enrollments() },
];

/** Reads inside one record: `/classes/{id}/students` and the like. */
const NESTED: Array<{ path: string; many: string; kind: Kind; summary: string; load: (d: OneRosterData, id: string) => Promise<Row[]> }> = [
  {
    path: "/classes/:id/students",
    many: "users",
    kind: "user",
    summary: "getStudentsForClass: the students enrolled in a class",
    load: async (d, id) => {
      const [places, users] = await Promise.all([d.enrollments(await classId(d, id)), d.users()]);
      const ids = new Set(places.filter((e) => e.role === "student" && e.status === "active").map((e) => (e.user as Row).sourcedId));
      return users.filter((u) => ids.has(u.sourcedId));
    },
  },
  {
    path: "/classes/:id/teachers",
    many: "users",
    kind: "user",
    summary: "getTeachersForClass: the instructor of a class",
    load: async (d, id) => {
      const [places, users] = await Promise.all([d.enrollments(await classId(d, id)), d.users()]);
      const ids = new Set(places.filter((e) => e.role === "teacher").map((e) => (e.user as Row).sourcedId));
      return users.filter((u) => ids.has(u.sourcedId));
    },
  },
  {
    path: "/terms/:id/classes",
    many: "classes",
    kind: "class",
    summary: "getClassesForTerm: the classes of a term",
    load: async (d, id) => (await d.classes()).filter((c) => (c.terms as Row[]).some((t) => t.sourcedId === id)),
  },
  {
    path: "/courses/:id/classes",
    many: "classes",
    kind: "class",
    summary: "getClassesForCourse: the classes (sections) of a course",
    load: async (d, id) => (await d.classes()).filter((c) => (c.course as Row).sourcedId === id),
  },
  {
    path: "/users/:id/classes",
    many: "classes",
    kind: "class",
    summary: "getClassesForUser: the classes a user is enrolled in or teaches",
    load: async (d, id) => {
      const [places, classes] = await Promise.all([d.enrollments(), d.classes()]);
      const ids = classIdsOf(places, id);
      return classes.filter((c) => ids.has(c.sourcedId));
    },
  },
];

/** The class's own id once it is known to exist (404 unknownobject otherwise). */
async function classId(d: OneRosterData, id: string): Promise<string> {
  const found = (await d.classes()).find((c) => c.sourcedId === id);
  if (!found) throw new OneRosterError(404, "unknownobject", `There is no class with sourcedId "${id.slice(0, 80)}".`);
  return id;
}

/** `/ims/oneroster/rostering/v1p2`: LMS clients with roster.readonly (or roster-core.readonly), and admins. */
export function rosteringRoutes(deps: GatewayDeps) {
  const app = oneRosterScope(deps, ROSTERING_BASE, "roster");
  const route = looseRoutes(app);
  for (const c of COLLECTIONS) {
    route.get(
      c.path,
      async ({ query, request, set, caller }: Handler) => collection(c.many, await c.load(oneRosterData(deps, caller)), query, FIELDS[c.kind], FILTERABLE[c.kind], request, set.headers),
      { query: CollectionParams, detail: { summary: `OneRoster getAll ${c.path.slice(1)}: paged (limit, offset), filtered, sorted, fields selected`, tags } }
    );
    route.get(
      `${c.path}/:id`,
      async ({ query, params, caller }: Handler) => one(c.single, await c.load(oneRosterData(deps, caller)), params.id!, (query as { fields?: string }).fields, FIELDS[c.kind], c.what),
      { params: SourcedIdParams, query: RecordParams, detail: { summary: `OneRoster get one ${c.what} by sourcedId`, tags } }
    );
  }
  for (const n of NESTED) {
    route.get(
      n.path,
      async ({ query, params, request, set, caller }: Handler) =>
        collection(n.many, await n.load(oneRosterData(deps, caller), params.id!), query, FIELDS[n.kind], FILTERABLE[n.kind], request, set.headers),
      { params: SourcedIdParams, query: CollectionParams, detail: { summary: `OneRoster ${n.summary}`, tags } }
    );
  }
  return app;
}
