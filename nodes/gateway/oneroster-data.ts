// The OneRoster records, read from the services over gRPC with the caller's own token (an LMS
// client's or an admin's): each service checks the caller's role and scope again.
import type { Caller, GatewayDeps } from "./context";
import * as records from "../shared/oneroster/records";
import type { SectionFacts, TermFacts } from "../shared/oneroster/records";

/** Pages through a list method until its last page. */
async function allPages<T>(fetch: (pageToken: string) => Promise<{ items: T[]; next: string }>, maxPages = 500): Promise<T[]> {
  const out: T[] = [];
  let token = "";
  for (let page = 0; page < maxPages; page++) {
    const { items, next } = await fetch(token);
    out.push(...items);
    if (!next) break;
    token = next;
  }
  return out;
}

/**
 * When the catalog last changed, as this gateway saw it: the catalog's rows carry no change time
 * of their own, so orgs, sessions, courses, classes and line items take the moment this gateway
 * first saw the catalog's current version (every catalog change raises it). Coarse but safe for a
 * delta sync (`dateLastModified>…`): after any change, every catalog record reads as changed.
 */
const versionSeen = new Map<string, string>();
async function catalogModified(deps: GatewayDeps, caller: Caller): Promise<string> {
  const { version } = await deps.clients.course.GetCatalogVersion({}, caller);
  let seen = versionSeen.get(version);
  if (!seen) {
    if (versionSeen.size > 100) versionSeen.clear();
    seen = new Date().toISOString();
    versionSeen.set(version, seen);
  }
  return seen;
}

/** Reads of one request: each collection loaded at most once. */
export function oneRosterData(deps: GatewayDeps, caller: Caller) {
  const { auth, course, enrollment, facultyGrades, grades } = deps.clients;
  const once = <T>(load: () => Promise<T>) => {
    let value: Promise<T> | undefined;
    return () => (value ??= load());
  };
  const modified = once(() => catalogModified(deps, caller));
  const terms = once(async (): Promise<TermFacts[]> => (await course.ListTerms({}, caller)).terms);
  const departments = once(async () => (await course.ListDepartments({}, caller)).departments);
  const sections = once(
    async (): Promise<SectionFacts[]> =>
      allPages(async (page_token) => {
        const answer = await course.ListSections({ page_size: 200, page_token, term_id: "", course_id: "", instructor_id: "", query: "" }, caller);
        return { items: answer.sections.map((s) => ({ ...s, status: String(s.status) })), next: answer.next_page_token };
      }),
  );
  const points = once(async () => new Map((await grades.GetGradeScale({}, caller)).entries.map((e) => [e.code, e.points])));

  const data = {
    orgs: once(async () => {
      const [at, list] = await Promise.all([modified(), departments()]);
      return [records.universityOrg(at, list), ...list.map((d) => records.departmentOrg(at, d))];
    }),
    academicSessions: once(async () => {
      const [at, list] = await Promise.all([modified(), terms()]);
      return list.map((t) => records.academicSession(at, t));
    }),
    courses: once(async () => {
      const [at, list, depts] = await Promise.all([
        modified(),
        allPages(async (page_token) => {
          const answer = await course.SearchCourses({ include_unoffered: true, page_size: 100, page_token }, caller);
          return { items: answer.courses, next: answer.next_page_token };
        }),
        departments(),
      ]);
      const deptName = new Map(depts.map((d) => [d.code, d.name]));
      return list.map((c) => records.course(at, { ...c, departmentName: deptName.get(c.department) }));
    }),
    sections,
    classes: once(async () => {
      const [at, list] = await Promise.all([modified(), sections()]);
      return list.map((s) => records.oneRosterClass(at, s));
    }),
    users: once(async () =>
      (
        await allPages(async (page_token) => {
          const answer = await auth.ListUsers({ page_size: 200, page_token, query: "", role: "ROLE_UNSPECIFIED", order_by: "" }, caller);
          return { items: answer.users, next: answer.next_page_token };
        })
      ).map((u) => records.user({ ...u, role: String(u.role) })),
    ),
    /** Enrollments: every student's place (one section's when given) and each section's instructor. */
    enrollments: async (sectionId = "") => {
      const [at, list, places] = await Promise.all([
        modified(),
        sectionId ? Promise.all([course.GetSection({ id: sectionId }, caller)]).then(([a]) => [{ ...a.section!, status: String(a.section!.status) }]) : sections(),
        allPages(async (page_token) => {
          const answer = await enrollment.ListEnrollments({ page_size: 1000, page_token, term_id: "", section_id: sectionId }, caller);
          return { items: answer.enrollments, next: answer.next_page_token };
        }),
      ]);
      return [...list.filter((s) => s.instructor_id).map((s) => records.teacherEnrollment(at, s)), ...places.map(records.studentEnrollment)];
    },
    lineItems: once(async () => {
      const [at, list, termList] = await Promise.all([modified(), sections(), terms()]);
      const termOf = new Map(termList.map((t) => [t.id, t]));
      return list.map((s) => records.lineItem(at, s, termOf.get(s.term_id)));
    }),
    /** One class's results: its released grades (the faculty-grades node shows an LMS nothing else). */
    resultsOf: async (sectionId: string) => {
      const [sheet, scale] = await Promise.all([facultyGrades.GetGradeSheet({ section_id: sectionId }, caller), points()]);
      return sheet.rows.filter((r) => String(r.state) === "RELEASED" && r.grade).map((r) => records.result(sectionId, r, scale.get(r.grade)));
    },
    /** Every class's results, a few classes at a time. */
    results: async () => {
      const list = await sections();
      const out: Array<ReturnType<typeof records.result>> = [];
      for (let i = 0; i < list.length; i += 8) {
        const batch = await Promise.all(list.slice(i, i + 8).map((s) => data.resultsOf(s.id)));
        out.push(...batch.flat());
      }
      return out;
    },
  };
  return data;
}

export type OneRosterData = ReturnType<typeof oneRosterData>;
