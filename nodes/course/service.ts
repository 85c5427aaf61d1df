import { and, asc, count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import * as schema from "../../db/courses/schema";
import { auditEvents, coursePrerequisites, courses, departments, sectionMeetings, sections, sectionSeats, terms } from "../../db/courses/schema";
import { currentTermId } from "../../db/courses/current-term";
import { auditTrailPage } from "../shared/audit";
import type { AuditFilter } from "../shared/audit-view";
import { pgErrorCode } from "../shared/db";
import { AppError, fail, Validation, type ErrorDetail } from "../shared/errors";
import { decodePageToken, encodePageToken, pageSize } from "../shared/paging";
import { describeMeetings, meetingText, meetingsOverlap, parseMeeting, type MeetingText, type StoredMeeting } from "../shared/schedule";
import type { SectionView } from "../shared/section-view";
import type { Claims } from "../shared/tokens";
import { findPrerequisiteCycle } from "./rules";
import { fieldMessage } from "../shared/field-labels";
import { plural } from "../shared/plural";
import { isUuid } from "../shared/ids";

type Db = PostgresJsDatabase<typeof schema>;
type TermRow = typeof terms.$inferSelect;
type CourseRow = typeof courses.$inferSelect;

/** What the course service needs from other services; main.ts wires them to gRPC clients. */
export interface CourseDependencies {
  /** The account with this id (forwarding the admin's token), or undefined when there is none. */
  findUser(id: string, token: string): Promise<{ id: string; username: string; name: string; role: string; disabled: boolean } | undefined>;
  /** The enrollment service's capacity change (refused below the enrolled count; a raise promotes). */
  resizeSection(sectionId: string, capacity: number, token: string): Promise<{ promoted: number; skipped: SkippedStudent[] }>;
  /** The enrollment service's cancellation of a section's enrollments and waitlist. */
  cancelSectionEnrollments(sectionId: string, token: string): Promise<{ affected: number }>;
}

/** A waitlisted student passed over for a new seat, with the reason (enrollment's answer). */
export interface SkippedStudent {
  student_id: string;
  username: string;
  name: string;
  position: number;
  reason: string;
}

/** An admin caller with the token to forward. */
export interface AdminCaller {
  claims: Claims;
  token: string;
}

// Catalog writes are rare: one lock serialises them so clash and cycle checks cannot race.
const CATALOG_WRITE_LOCK = 0x63617467; // "catg"
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_CAPACITY = 1000;

/** The public view of a term. */
export function termView(row: TermRow, now = Date.now()) {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    starts_on: row.startsOn,
    ends_on: row.endsOn,
    registration_opens_at: row.registrationOpensAt.toISOString(),
    registration_closes_at: row.registrationClosesAt.toISOString(),
    add_drop_deadline: row.addDropDeadline.toISOString(),
    registration_open: row.registrationOpensAt.getTime() <= now && now < row.registrationClosesAt.getTime(),
  };
}

function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Normalises a course code: upper case, one space between department and number ("cs  101" → "CS 101"). */
export function normaliseCourseCode(code: string): string {
  return code.trim().toUpperCase().replace(/\s+/g, " ");
}

function parseDate(text: string): string | undefined {
  if (!DATE.test(text)) return undefined;
  const date = new Date(`${text}T00:00:00Z`);
  return Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== text ? undefined : text;
}

function parseInstant(text: string): Date | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text)) return undefined;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The rules of the catalog: reading it for everyone, changing it for admins. No gRPC in here. */
export class CourseService {
  constructor(
    private readonly db: Db,
    private readonly deps: CourseDependencies,
  ) {}

  // ---- Terms ----

  /** All terms, newest first. */
  async listTerms() {
    const rows = await this.db.select().from(terms).orderBy(desc(terms.startsOn));
    return { terms: rows.map((r) => termView(r)) };
  }

  /** One term. */
  async getTerm(id: string) {
    return { term: termView(await this.termById(id)) };
  }

  private async termById(id: string): Promise<TermRow> {
    if (!isUuid(id)) throw fail.notFound("The term");
    const [row] = await this.db.select().from(terms).where(eq(terms.id, id)).limit(1);
    if (!row) throw fail.notFound("The term");
    return row;
  }

  /** The requested term (by id or code, e.g. 2026FA), or the current one when none is asked for. */
  private async resolveTerm(termId: string): Promise<TermRow | undefined> {
    if (termId && !isUuid(termId)) {
      const [row] = await this.db.select().from(terms).where(eq(terms.code, termId.trim().toUpperCase())).limit(1);
      if (!row) throw fail.notFound("The term");
      return row;
    }
    if (termId) return this.termById(termId);
    const id = await currentTermId(this.db);
    return id ? this.termById(id) : undefined;
  }

  /** Checks and normalises term fields; names each field that is wrong. */
  private validTermFields(input: Record<"code" | "name" | "starts_on" | "ends_on" | "registration_opens_at" | "registration_closes_at" | "add_drop_deadline", string>) {
    const code = input.code.trim().toUpperCase();
    const name = input.name.trim();
    const startsOn = parseDate(input.starts_on.trim());
    const endsOn = parseDate(input.ends_on.trim());
    const opens = parseInstant(input.registration_opens_at.trim());
    const closes = parseInstant(input.registration_closes_at.trim());
    const deadline = parseInstant(input.add_drop_deadline.trim());
    const check = new Validation()
      .check(/^[A-Z0-9][A-Z0-9-]{1,19}$/.test(code), "code", fieldMessage("code", "must be 2-20 letters, digits or dashes, e.g. 2026FA."))
      .check(name.length >= 1 && name.length <= 100, "name", fieldMessage("name", "is required (1-100 characters)."))
      .check(!!startsOn, "starts_on", fieldMessage("starts_on", "must be a date like 2026-09-01."))
      .check(!!endsOn, "ends_on", fieldMessage("ends_on", "must be a date like 2026-12-18."))
      .check(!!opens, "registration_opens_at", fieldMessage("registration_opens_at", "must be a date and time with zone, e.g. 2026-04-01T08:00:00Z."))
      .check(!!closes, "registration_closes_at", fieldMessage("registration_closes_at", "must be a date and time with zone, e.g. 2026-09-10T23:59:00Z."))
      .check(!!deadline, "add_drop_deadline", fieldMessage("add_drop_deadline", "must be a date and time with zone, e.g. 2026-09-14T23:59:00Z."));
    if (startsOn && endsOn) check.check(endsOn >= startsOn, "ends_on", "The last day of classes must not be before the first.");
    if (opens && closes) check.check(closes > opens, "registration_closes_at", "Registration must close after it opens.");
    if (opens && deadline) check.check(deadline >= opens, "add_drop_deadline", "The add/drop deadline must not be before registration opens.");
    check.throwIfAny();
    return { code, name, startsOn: startsOn!, endsOn: endsOn!, registrationOpensAt: opens!, registrationClosesAt: closes!, addDropDeadline: deadline! };
  }

  /** Creates a term (admin). */
  async createTerm(caller: AdminCaller, input: Parameters<CourseService["validTermFields"]>[0]) {
    requireAdmin(caller.claims);
    const values = this.validTermFields(input);
    const row = await this.uniqueTermCode(values.code, () => this.db.insert(terms).values(values).returning());
    await this.audit(caller, "term.create", "term", row.id, row.code, { after: termView(row) });
    return { term: termView(row) };
  }

  private async uniqueTermCode(code: string, write: () => Promise<TermRow[]>): Promise<TermRow> {
    try {
      const [row] = await write();
      return row!;
    } catch (error) {
      if (pgErrorCode(error) === "23505") throw fail.exists(`A term with code ${code} already exists.`, "code");
      throw error;
    }
  }

  /** Changes a term's fields (admin); unset fields stay. */
  async updateTerm(caller: AdminCaller, input: { id: string } & Partial<Parameters<CourseService["validTermFields"]>[0]>) {
    requireAdmin(caller.claims);
    const before = await this.termById(input.id);
    const current = termView(before);
    const merged = { ...current, ...Object.fromEntries(Object.entries(input).filter(([k, v]) => k !== "id" && v !== undefined)) };
    const values = this.validTermFields(merged);
    const row = await this.uniqueTermCode(values.code, () => this.db.update(terms).set(values).where(eq(terms.id, before.id)).returning());
    await this.audit(caller, "term.update", "term", row.id, row.code, { before: current, after: termView(row) });
    return { term: termView(row) };
  }

  /** Deletes a term that has no sections (admin). */
  async deleteTerm(caller: AdminCaller, id: string) {
    requireAdmin(caller.claims);
    const before = await this.termById(id);
    const [used] = await this.db.select({ n: count() }).from(sections).where(eq(sections.termId, before.id));
    if ((used?.n ?? 0) > 0) throw fail.precondition(`Term ${before.code} has ${plural(used!.n, "section")}: cancel ${used!.n === 1 ? "it" : "them"} instead of deleting the term.`);
    await this.db.delete(terms).where(eq(terms.id, before.id));
    await this.audit(caller, "term.delete", "term", before.id, before.code, { before: termView(before) });
    return {};
  }

  // ---- Departments and courses ----

  /** Departments that have courses. */
  async listDepartments() {
    const rows = await this.db
      .select({ code: departments.code, name: departments.name })
      .from(departments)
      .where(sql`exists (select 1 from ${courses} where ${courses.department} = ${departments.code})`)
      .orderBy(asc(departments.code));
    return { departments: rows };
  }

  /**
   * Catalog search: courses offered in the term (with at least one section) matching the text,
   * department and "open seats only", by code, paged; each with its sections in the term.
   */
  async searchCourses(input: { query: string; termId: string; department: string; openOnly: boolean; pageSize: number; pageToken: string; includeUnoffered?: boolean; orderBy?: string }) {
    const size = pageSize(input.pageSize, 20, 100);
    const offset = decodePageToken(input.pageToken);
    if (input.query.length > 200) throw fail.invalid("query", fieldMessage("query", "must be at most 200 characters."));
    const term = await this.resolveTerm(input.termId);
    if (!term && !input.includeUnoffered) return { courses: [], next_page_token: "", total_size: 0, term: undefined };
    const [sortField, sortDirection] = (input.orderBy ?? "").trim().split(/\s+/);
    const sortColumns = { code: courses.code, title: courses.title, department: courses.department, credits: courses.credits } as const;
    if (sortField && !(sortField in sortColumns)) throw fail.invalid("order_by", fieldMessage("order_by", "must be code, title, department or credits, optionally followed by desc."));
    const sortColumn = sortColumns[(sortField as keyof typeof sortColumns) || "code"];
    const conditions: SQL[] = [];
    // The administrators' list (include_unoffered) shows every course, offered in the term or not.
    if (term && !input.includeUnoffered) {
      conditions.push(sql`exists (select 1 from ${sections} s
                  left join ${sectionSeats} ss on ss.section_id = s.id
                  where s.course_id = ${courses.id} and s.term_id = ${term.id}
                  ${input.openOnly ? sql`and s.status = 'ACTIVE' and ss.enrolled < ss.capacity` : sql``})`);
    }
    const text = input.query.trim();
    if (text) {
      const pattern = `%${escapeLike(text)}%`;
      conditions.push(sql`(${courses.code} ilike ${pattern} or ${courses.title} ilike ${pattern} or ${courses.description} ilike ${pattern} or replace(${courses.code}, ' ', '') ilike ${`%${escapeLike(text.replace(/\s+/g, ""))}%`})`);
    }
    if (input.department.trim()) conditions.push(eq(courses.department, input.department.trim().toUpperCase()));
    const where = and(...conditions);
    const [rows, [total]] = await Promise.all([
      this.db.select().from(courses).where(where).orderBy(sortDirection === "desc" ? desc(sortColumn) : asc(sortColumn), asc(courses.code)).limit(size).offset(offset),
      this.db.select({ n: count() }).from(courses).where(where),
    ]);
    const totalSize = total?.n ?? 0;
    const withSections = await this.coursesWithSections(rows, term?.id);
    return { courses: withSections, next_page_token: offset + size < totalSize ? encodePageToken(offset + size) : "", total_size: totalSize, term: term ? termView(term) : undefined };
  }

  /** One course with its sections in the term (the current term when none is given). */
  async getCourse(id: string, termId: string) {
    const course = await this.courseById(id);
    const term = await this.resolveTerm(termId);
    const [view] = await this.coursesWithSections([course], term?.id);
    return { course: view, term: term ? termView(term) : undefined };
  }

  private async courseById(id: string): Promise<CourseRow> {
    if (!isUuid(id)) throw fail.notFound("The course");
    const [row] = await this.db.select().from(courses).where(eq(courses.id, id)).limit(1);
    if (!row) throw fail.notFound("The course");
    return row;
  }

  private async coursesWithSections(rows: CourseRow[], termId: string | undefined) {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [prerequisites, sectionList] = await Promise.all([
      this.db
        .select({ courseId: coursePrerequisites.courseId, id: courses.id, code: courses.code, title: courses.title })
        .from(coursePrerequisites)
        .innerJoin(courses, eq(courses.id, coursePrerequisites.prerequisiteId))
        .where(inArray(coursePrerequisites.courseId, ids))
        .orderBy(asc(courses.code)),
      termId ? this.loadSections(sql`s.course_id = any(${sql.param(ids)}::uuid[]) and s.term_id = ${termId}`) : Promise.resolve([]),
    ]);
    return rows.map((c) => ({
      id: c.id,
      code: c.code,
      title: c.title,
      description: c.description,
      credits: c.credits,
      department: c.department,
      retired: c.retired,
      prerequisites: prerequisites.filter((p) => p.courseId === c.id).map(({ id, code, title }) => ({ id, code, title })),
      sections: sectionList.filter((s) => s.course_id === c.id),
    }));
  }

  /** Checks and normalises course fields. */
  private async validCourseFields(input: { code: string; title: string; description: string; credits: number; department: string }) {
    const code = normaliseCourseCode(input.code);
    const title = input.title.trim();
    const description = input.description.trim();
    const department = input.department.trim().toUpperCase();
    const check = new Validation()
      .check(/^[A-Z]{2,6} \d{3,4}[A-Z]?$/.test(code), "code", fieldMessage("code", "must look like CS 101 (department letters, a space, 3-4 digits)."))
      .check(title.length >= 1 && title.length <= 200, "title", fieldMessage("title", "is required (1-200 characters)."))
      .check(description.length <= 4000, "description", fieldMessage("description", "must be at most 4000 characters."))
      .check(Number.isInteger(input.credits) && input.credits >= 0 && input.credits <= 12, "credits", fieldMessage("credits", "must be a whole number from 0 to 12."));
    const [known] = department ? await this.db.select().from(departments).where(eq(departments.code, department)).limit(1) : [];
    check.check(!!known, "department", department ? `There is no department ${department}.` : fieldMessage("department", "is required, e.g. CS."));
    check.throwIfAny();
    return { code, title, description, credits: input.credits, department };
  }

  /** Refuses prerequisite lists with unknown courses, the course itself, or a cycle (names the cycle). */
  private async checkPrerequisites(tx: Db, courseId: string, courseCode: string, prerequisiteIds: string[]) {
    const unique = [...new Set(prerequisiteIds)];
    if (unique.some((id) => !isUuid(id))) throw fail.invalid("prerequisite_ids", fieldMessage("prerequisite_ids", "must be course ids."));
    if (unique.includes(courseId)) throw fail.invalid("prerequisite_ids", `${courseCode} cannot be its own prerequisite.`);
    if (unique.length === 0) return unique;
    const found = await tx.select({ id: courses.id }).from(courses).where(inArray(courses.id, unique));
    if (found.length !== unique.length) throw fail.invalid("prerequisite_ids", "Some prerequisites are not courses of the catalog.");
    const edges = await tx.select({ from: coursePrerequisites.courseId, to: coursePrerequisites.prerequisiteId }).from(coursePrerequisites);
    const graph = new Map<string, string[]>();
    for (const e of edges) if (e.from !== courseId) graph.set(e.from, [...(graph.get(e.from) ?? []), e.to]);
    graph.set(courseId, unique);
    const cycle = findPrerequisiteCycle(graph, courseId);
    if (cycle) {
      const codes = await tx.select({ id: courses.id, code: courses.code }).from(courses).where(inArray(courses.id, cycle));
      const codeOf = new Map(codes.map((c) => [c.id, c.code]));
      codeOf.set(courseId, courseCode);
      throw fail.invalid("prerequisite_ids", `These prerequisites would make a cycle: ${cycle.map((id) => codeOf.get(id)).join(" → ")}.`);
    }
    return unique;
  }

  /** Creates a course (admin). */
  async createCourse(caller: AdminCaller, input: { code: string; title: string; description: string; credits: number; department: string; prerequisiteIds: string[] }) {
    requireAdmin(caller.claims);
    const values = await this.validCourseFields(input);
    const row = await this.writeCatalog(async (tx) => {
      const [created] = await this.uniqueCourseCode(values.code, () => tx.insert(courses).values(values).returning());
      const prerequisites = await this.checkPrerequisites(tx, created!.id, created!.code, input.prerequisiteIds);
      if (prerequisites.length) await tx.insert(coursePrerequisites).values(prerequisites.map((p) => ({ courseId: created!.id, prerequisiteId: p })));
      return created!;
    });
    const [view] = await this.coursesWithSections([row], undefined);
    await this.audit(caller, "course.create", "course", row.id, row.code, { after: { ...values, prerequisites: view!.prerequisites.map((p) => p.code) } });
    return { course: view };
  }

  private async uniqueCourseCode<T>(code: string, write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (pgErrorCode(error) === "23505") throw fail.exists(`A course with code ${code} already exists.`, "code");
      throw error;
    }
  }

  /** Changes a course (admin); replaces its prerequisites when asked, refusing cycles. */
  async updateCourse(
    caller: AdminCaller,
    input: { id: string; code?: string; title?: string; description?: string; credits?: number; department?: string; setPrerequisites: boolean; prerequisiteIds: string[] },
  ) {
    requireAdmin(caller.claims);
    const before = await this.courseById(input.id);
    const [beforeView] = await this.coursesWithSections([before], undefined);
    const values = await this.validCourseFields({
      code: input.code ?? before.code,
      title: input.title ?? before.title,
      description: input.description ?? before.description,
      credits: input.credits ?? before.credits,
      department: input.department ?? before.department,
    });
    const row = await this.writeCatalog(async (tx) => {
      const [updated] = await this.uniqueCourseCode(values.code, () => tx.update(courses).set(values).where(eq(courses.id, before.id)).returning());
      if (input.setPrerequisites) {
        const prerequisites = await this.checkPrerequisites(tx, before.id, values.code, input.prerequisiteIds);
        await tx.delete(coursePrerequisites).where(eq(coursePrerequisites.courseId, before.id));
        if (prerequisites.length) await tx.insert(coursePrerequisites).values(prerequisites.map((p) => ({ courseId: before.id, prerequisiteId: p })));
      }
      return updated!;
    });
    const [view] = await this.coursesWithSections([row], undefined);
    const summary = (v: typeof view) => ({ code: v!.code, title: v!.title, description: v!.description, credits: v!.credits, department: v!.department, prerequisites: v!.prerequisites.map((p) => p.code) });
    await this.audit(caller, "course.update", "course", row.id, row.code, { before: summary(beforeView), after: summary(view) });
    return { course: view };
  }

  /** Retires a course (admin): it stays for transcripts but gets no new sections. */
  async retireCourse(caller: AdminCaller, id: string) {
    requireAdmin(caller.claims);
    const before = await this.courseById(id);
    if (before.retired) throw fail.precondition(`${before.code} is already retired.`);
    const [row] = await this.db.update(courses).set({ retired: true }).where(eq(courses.id, before.id)).returning();
    await this.audit(caller, "course.retire", "course", before.id, before.code, { code: before.code });
    const [view] = await this.coursesWithSections([row!], undefined);
    return { course: view };
  }

  // ---- Sections ----

  /**
   * Sections matching a condition on `s` (sections), with course, term, seats, waitlist length
   * and meetings, in one query. Seat numbers are read from the enrollment service's counters in
   * the shared courses database.
   */
  private async loadSections(where: SQL, limit?: { size: number; offset: number }): Promise<SectionView[]> {
    const rows = await this.db.execute<Omit<SectionView, "meetings"> & { meetings: Array<[number, number, number]> }>(sql`
      select s.id, s.course_id, c.code as course_code, c.title as course_title, c.credits, s.term_id, t.code as term_code, t.name as term_name, s.code,
             s.instructor_id, s.instructor_name, s.room, s.status,
             coalesce(ss.capacity, 0) as capacity, coalesce(ss.enrolled, 0) as enrolled,
             coalesce(ss.waitlisted, 0) as waitlisted,
             coalesce((select json_agg(json_build_array(m.day, m.start_minute, m.end_minute) order by m.day, m.start_minute)
                       from section_meetings m where m.section_id = s.id), '[]'::json) as meetings
      from sections s
      join courses c on c.id = s.course_id
      join terms t on t.id = s.term_id
      left join section_seats ss on ss.section_id = s.id
      where ${where}
      order by c.code, s.code, s.id
      ${limit ? sql`limit ${limit.size} offset ${limit.offset}` : sql``}`);
    return rows.map((r) => ({ ...r, meetings: r.meetings.map(([day, startMinute, endMinute]) => meetingText({ day, startMinute, endMinute })) }));
  }

  /** One section with seats, waitlist length and meetings. */
  async getSection(id: string) {
    return { section: await this.sectionById(id) };
  }

  private async sectionById(id: string): Promise<SectionView> {
    if (!isUuid(id)) throw fail.notFound("The section");
    const [section] = await this.loadSections(sql`s.id = ${id}`);
    if (!section) throw fail.notFound("The section");
    return section;
  }

  /** Several sections by id (unknown ids are left out). */
  async batchGetSections(ids: string[]) {
    const valid = [...new Set(ids.filter(isUuid))].slice(0, 1000);
    if (valid.length === 0) return { sections: [] };
    return { sections: await this.loadSections(sql`s.id = any(${sql.param(valid)}::uuid[])`) };
  }

  /** Sections by term, course, instructor and text, paged. */
  async listSections(input: { termId: string; courseId: string; instructorId: string; query: string; pageSize: number; pageToken: string }) {
    const size = pageSize(input.pageSize, 50, 200);
    const offset = decodePageToken(input.pageToken);
    const conditions: SQL[] = [sql`true`];
    for (const [field, value, column] of [
      ["term_id", input.termId, sql`s.term_id`],
      ["course_id", input.courseId, sql`s.course_id`],
      ["instructor_id", input.instructorId, sql`s.instructor_id`],
    ] as const) {
      if (!value) continue;
      if (!isUuid(value)) throw fail.invalid(field, fieldMessage(field, "must be an id."));
      conditions.push(sql`${column} = ${value}`);
    }
    const text = input.query.trim();
    if (text.length > 200) throw fail.invalid("query", fieldMessage("query", "must be at most 200 characters."));
    if (text) conditions.push(sql`(c.code ilike ${`%${escapeLike(text)}%`} or c.title ilike ${`%${escapeLike(text)}%`})`);
    const where = sql.join(conditions, sql` and `);
    const [list, totals] = await Promise.all([
      this.loadSections(where, { size, offset }),
      this.db.execute<{ n: number }>(sql`select count(*)::int as n from sections s join courses c on c.id = s.course_id where ${where}`),
    ]);
    const totalSize = totals[0]?.n ?? 0;
    return { sections: list, next_page_token: offset + size < totalSize ? encodePageToken(offset + size) : "", total_size: totalSize };
  }

  /** Checks meetings: valid, and not overlapping each other. */
  private validMeetings(meetings: MeetingText[]): StoredMeeting[] {
    if (meetings.length > 14) throw fail.invalid("meetings", "A section meets at most 14 times a week.");
    const parsed: StoredMeeting[] = [];
    for (const [i, m] of meetings.entries()) {
      const result = parseMeeting(m);
      if (typeof result === "string") throw fail.invalid(`meetings[${i}]`, result);
      const overlap = parsed.find((p) => meetingsOverlap(p, result));
      if (overlap) throw fail.invalid(`meetings[${i}]`, `Meetings ${describeMeetings([overlap])} and ${describeMeetings([result])} overlap.`);
      parsed.push(result);
    }
    return parsed;
  }

  /** The faculty account to teach a section; refuses other roles, naming instructor_id. */
  private async instructor(caller: AdminCaller, id: string) {
    const user = isUuid(id) ? await this.deps.findUser(id, caller.token) : undefined;
    if (!user) throw fail.invalid("instructor_id", "The chosen instructor is not a known account.");
    if (user.role !== "FACULTY") throw fail.invalid("instructor_id", `${user.name} (${user.username}) is not a faculty account: only faculty teach sections.`);
    if (user.disabled) throw fail.invalid("instructor_id", `${user.name} (${user.username}) is disabled.`);
    return user;
  }

  /**
   * Refuses room and instructor double-bookings in the term, naming every clashing section and
   * the times it clashes at ("CS 101-001 on Mon, Wed 09:00–09:50 and CS 102-001 on Tue 10:00–10:50").
   */
  private async checkClashes(tx: Db, candidate: { id?: string; termId: string; room: string; instructorId: string; instructorName: string; meetings: StoredMeeting[] }) {
    if (candidate.meetings.length === 0) return;
    const others = await tx.execute<{ id: string; label: string; room: string; instructor_id: string; day: number; start_minute: number; end_minute: number }>(sql`
      select s.id, c.code || '-' || s.code as label, s.room, s.instructor_id, m.day, m.start_minute, m.end_minute
      from sections s join courses c on c.id = s.course_id join section_meetings m on m.section_id = s.id
      where s.term_id = ${candidate.termId} and s.status = 'ACTIVE'
        and (lower(s.room) = lower(${candidate.room}) or s.instructor_id = ${candidate.instructorId})
        ${candidate.id ? sql`and s.id <> ${candidate.id}` : sql``}
      order by c.code, s.code, m.day, m.start_minute`);
    // The clashing meetings of each other section, by what they share: the room, the instructor or both.
    const clashes = { room: new Map<string, StoredMeeting[]>(), instructor: new Map<string, StoredMeeting[]>() };
    for (const other of others) {
      const theirs = { day: other.day, startMinute: other.start_minute, endMinute: other.end_minute };
      if (!candidate.meetings.some((mine) => meetingsOverlap(mine, theirs))) continue;
      if (other.room.toLowerCase() === candidate.room.toLowerCase()) clashes.room.set(other.label, [...(clashes.room.get(other.label) ?? []), theirs]);
      if (other.instructor_id === candidate.instructorId) clashes.instructor.set(other.label, [...(clashes.instructor.get(other.label) ?? []), theirs]);
    }
    const list = (sections: Map<string, StoredMeeting[]>) => {
      const items = [...sections].map(([label, meetings]) => `${label} on ${describeMeetings(meetings)}`);
      return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
    };
    const sentences: string[] = [];
    const details: ErrorDetail[] = [];
    if (clashes.room.size) {
      const roomName = others.find((o) => o.room.toLowerCase() === candidate.room.toLowerCase())?.room ?? candidate.room;
      sentences.push(`Room ${roomName} is already used by ${list(clashes.room)}.`);
      details.push({ field: "room", message: `Clashes with ${list(clashes.room)}.` });
    }
    if (clashes.instructor.size) {
      sentences.push(`${candidate.instructorName} already teaches ${list(clashes.instructor)}.`);
      details.push({ field: "instructor_id", message: `Clashes with ${list(clashes.instructor)}.` });
    }
    if (sentences.length) throw new AppError("FAILED_PRECONDITION", sentences.join(" "), details);
  }

  /** Creates a section (admin): a faculty instructor, no room or instructor clash, its seat counter. */
  async createSection(caller: AdminCaller, input: { courseId: string; termId: string; code: string; instructorId: string; room: string; meetings: MeetingText[]; capacity: number }) {
    requireAdmin(caller.claims);
    const code = input.code.trim().toUpperCase();
    const room = input.room.trim();
    new Validation()
      .check(isUuid(input.courseId), "course_id", fieldMessage("course_id", "must be a course id."))
      .check(isUuid(input.termId), "term_id", fieldMessage("term_id", "must be a term id."))
      .check(/^[A-Z0-9]{1,8}$/.test(code), "code", fieldMessage("code", "must be 1-8 letters or digits, e.g. 001."))
      .check(room.length >= 1 && room.length <= 40, "room", fieldMessage("room", "is required (1-40 characters)."))
      .check(Number.isInteger(input.capacity) && input.capacity >= 0 && input.capacity <= MAX_CAPACITY, "capacity", fieldMessage("capacity", `must be a whole number from 0 to ${MAX_CAPACITY}.`))
      .throwIfAny();
    const meetings = this.validMeetings(input.meetings);
    const [course] = await this.db.select().from(courses).where(eq(courses.id, input.courseId)).limit(1);
    if (!course) throw fail.invalid("course_id", "The chosen course is not in the catalog.");
    if (course.retired) throw fail.precondition(`${course.code} is retired: it gets no new sections.`);
    const [term] = await this.db.select().from(terms).where(eq(terms.id, input.termId)).limit(1);
    if (!term) throw fail.invalid("term_id", "The chosen term does not exist.");
    const teacher = await this.instructor(caller, input.instructorId);
    const id = await this.writeCatalog(async (tx) => {
      await this.checkClashes(tx, { termId: term.id, room, instructorId: teacher.id, instructorName: teacher.name, meetings });
      let created;
      try {
        [created] = await tx.insert(sections).values({ courseId: course.id, termId: term.id, code, instructorId: teacher.id, instructorName: teacher.name, room }).returning();
      } catch (error) {
        if (pgErrorCode(error) === "23505") throw fail.exists(`${course.code} already has a section ${code} in ${term.code}.`, "code");
        throw error;
      }
      if (meetings.length) await tx.insert(sectionMeetings).values(meetings.map((m) => ({ sectionId: created!.id, ...m })));
      await tx.insert(sectionSeats).values({ sectionId: created!.id, capacity: input.capacity, enrolled: 0 });
      return created!.id;
    });
    const section = await this.sectionById(id);
    await this.audit(caller, "section.create", "section", id, `${section.course_code}-${section.code}`, { after: section });
    return { section };
  }

  /**
   * Changes a section (admin). Clashes are refused; a capacity change goes through the
   * enrollment service (refused below the enrolled count, a raise promotes the waitlist) while
   * the catalog lock is held, so either every change applies or none does.
   */
  async updateSection(caller: AdminCaller, input: { id: string; code?: string; instructorId?: string; room?: string; setMeetings: boolean; meetings: MeetingText[]; capacity?: number }) {
    requireAdmin(caller.claims);
    const before = await this.sectionById(input.id);
    if (before.status === "CANCELLED") throw fail.precondition(`${before.course_code}-${before.code} is cancelled and cannot be changed.`);
    const code = input.code?.trim().toUpperCase() ?? before.code;
    const room = input.room?.trim() ?? before.room;
    new Validation()
      .check(/^[A-Z0-9]{1,8}$/.test(code), "code", fieldMessage("code", "must be 1-8 letters or digits, e.g. 001."))
      .check(room.length >= 1 && room.length <= 40, "room", fieldMessage("room", "is required (1-40 characters)."))
      .check(input.capacity === undefined || (Number.isInteger(input.capacity) && input.capacity >= 0 && input.capacity <= MAX_CAPACITY), "capacity", fieldMessage("capacity", `must be a whole number from 0 to ${MAX_CAPACITY}.`))
      .throwIfAny();
    const meetings = input.setMeetings ? this.validMeetings(input.meetings) : before.meetings.map((m) => parseMeeting(m) as StoredMeeting);
    const teacher = input.instructorId !== undefined && input.instructorId !== before.instructor_id ? await this.instructor(caller, input.instructorId) : { id: before.instructor_id, name: before.instructor_name };
    let resized: { promoted: number; skipped: SkippedStudent[] } = { promoted: 0, skipped: [] };
    await this.writeCatalog(async (tx) => {
      await this.checkClashes(tx, { id: before.id, termId: before.term_id, room, instructorId: teacher.id, instructorName: teacher.name, meetings });
      try {
        await tx.update(sections).set({ code, room, instructorId: teacher.id, instructorName: teacher.name }).where(eq(sections.id, before.id));
      } catch (error) {
        if (pgErrorCode(error) === "23505") throw fail.exists(`${before.course_code} already has a section ${code} in ${before.term_code}.`, "code");
        throw error;
      }
      // Before the meetings, and after everything that can be refused here, so a refused resize
      // rolls the other changes back: new meetings make a trigger take the section's lock
      // (to rewrite its enrollments' copies), which the resize needs too.
      if (input.capacity !== undefined && input.capacity !== before.capacity) {
        resized = await this.deps.resizeSection(before.id, input.capacity, caller.token);
      }
      if (input.setMeetings) {
        await tx.delete(sectionMeetings).where(eq(sectionMeetings.sectionId, before.id));
        if (meetings.length) await tx.insert(sectionMeetings).values(meetings.map((m) => ({ sectionId: before.id, ...m })));
      }
    });
    const section = await this.sectionById(before.id);
    await this.audit(caller, "section.update", "section", before.id, `${section.course_code}-${section.code}`, { before, after: section, ...resized });
    return { section, ...resized };
  }

  /** Cancels a section (admin); when students are in it, only with confirm. Their enrollments are cancelled. */
  async cancelSection(caller: AdminCaller, input: { id: string; confirm: boolean }) {
    requireAdmin(caller.claims);
    const before = await this.sectionById(input.id);
    const label = `${before.course_code}-${before.code}`;
    if (before.status === "CANCELLED") throw fail.precondition(`${label} is already cancelled.`);
    if ((before.enrolled > 0 || before.waitlisted > 0) && !input.confirm) {
      throw new AppError("FAILED_PRECONDITION", `${label} has ${plural(before.enrolled, "enrolled student")} and ${plural(before.waitlisted, "waitlisted student")}: confirm to cancel it and drop them all.`, [
        { field: "confirm", message: "Set confirm to cancel a section that has students." },
      ]);
    }
    await this.db.update(sections).set({ status: "CANCELLED" }).where(eq(sections.id, before.id));
    const { affected } = await this.deps.cancelSectionEnrollments(before.id, caller.token);
    const section = await this.sectionById(before.id);
    await this.audit(caller, "section.cancel", "section", before.id, label, { label, affected });
    return { section, affected };
  }

  // ---- Audit ----

  /** Recorded admin actions on the catalog, newest first (admin). */
  async listAuditEvents(caller: AdminCaller, input: { pageSize: number; pageToken: string } & Partial<AuditFilter>) {
    requireAdmin(caller.claims);
    return auditTrailPage(this.db, auditEvents, input);
  }

  private async audit(caller: AdminCaller, action: string, entity: string, entityId: string, entityLabel: string, details: Record<string, unknown>) {
    const actor = await this.deps.findUser(caller.claims.sub, caller.token).catch(() => undefined);
    await this.db.insert(auditEvents).values({ actorId: caller.claims.sub, actorUsername: actor?.username ?? caller.claims.name, action, entity, entityId, entityLabel, details });
  }

  /** Runs a catalog change in a transaction holding the catalog write lock. */
  private writeCatalog<T>(work: (tx: Db) => Promise<T>): Promise<T> {
    return this.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${CATALOG_WRITE_LOCK})`);
      return work(tx as unknown as Db);
    });
  }
}

function requireAdmin(caller: Claims) {
  if (caller.role !== "ADMIN") throw fail.forbidden("Only admins may change the catalog.");
}
