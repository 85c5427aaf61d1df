// Courses: departments and catalog search for everyone; creating, changing and retiring courses
// (with their prerequisites) for admins.
import { and, asc, count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { coursePrerequisites, courses, departments, sections, sectionSeats } from "../../db/courses/schema";
import { pgErrorCode } from "../shared/db";
import { fail, Validation } from "../shared/errors";
import { fieldMessage } from "../shared/field-labels";
import { isUuid } from "../shared/ids";
import { decodePageToken, encodePageToken, pageSize } from "../shared/paging";
import { escapeLike, requireAdmin, termView, type AdminCaller, type CatalogStore, type Db } from "./catalog-store";
import { relevance, searchFilters, searchText, textCondition, type SearchFilterInput } from "./catalog-search";
import { recordCatalogEvent } from "./registration-events";
import { findPrerequisiteCycle } from "./rules";

/** A catalog search as the API asks for it. */
export interface SearchCoursesInput extends SearchFilterInput {
  query: string;
  termId: string;
  department: string;
  openOnly: boolean;
  pageSize: number;
  pageToken: string;
  includeUnoffered?: boolean;
  orderBy?: string;
}

/** The columns of a course row (the generated search columns stay in the database). */
const courseColumns = {
  id: courses.id,
  code: courses.code,
  title: courses.title,
  description: courses.description,
  credits: courses.credits,
  department: courses.department,
  retired: courses.retired,
  createdAt: courses.createdAt,
};

/** Normalises a course code: upper case, one space between department and number ("cs  101" → "CS 101"). */
export function normaliseCourseCode(code: string): string {
  return code.trim().toUpperCase().replace(/\s+/g, " ");
}

/** The rules of courses. No gRPC in here. */
export class CourseCatalog {
  constructor(private readonly store: CatalogStore) {}

  private get db(): Db {
    return this.store.db;
  }

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
   * Catalog search: courses offered in the term (with at least one section matching the section
   * filters) matching the text, department, credits and "open seats only", ranked by relevance
   * when there is text (else by code), paged; each with its sections in the term that match.
   */
  async searchCourses(input: SearchCoursesInput) {
    const size = pageSize(input.pageSize, 20, 100);
    const offset = decodePageToken(input.pageToken);
    if (input.query.length > 200) throw fail.invalid("query", fieldMessage("query", "must be at most 200 characters."));
    const [sortField, sortDirection] = (input.orderBy ?? "").trim().split(/\s+/);
    const sortColumns = { code: courses.code, title: courses.title, department: courses.department, credits: courses.credits } as const;
    if (sortField && !(sortField in sortColumns)) throw fail.invalid("order_by", fieldMessage("order_by", "must be code, title, department or credits, optionally followed by desc."));
    const filters = searchFilters(input);
    const term = await this.store.resolveTerm(input.termId);
    if (!term && !input.includeUnoffered) return { courses: [], next_page_token: "", total_size: 0, term: undefined };
    const conditions: SQL[] = [...filters.courses];
    // The administrators' list (include_unoffered) shows every course, offered in the term or not.
    if (term && (!input.includeUnoffered || filters.sections.length)) {
      const open = input.openOnly ? [sql`s.status = 'ACTIVE' and ss.enrolled < ss.capacity`] : [];
      conditions.push(sql`exists (select 1 from ${sections} s
                  left join ${sectionSeats} ss on ss.section_id = s.id
                  where s.course_id = ${courses.id} and s.term_id = ${term.id}
                  ${sql.join([...open, ...filters.sections].map((c) => sql` and ${c}`))})`);
    }
    const search = searchText(input.query);
    if (search) conditions.push(textCondition(search));
    if (input.department.trim()) conditions.push(eq(courses.department, input.department.trim().toUpperCase()));
    const where = and(...conditions);
    const order = sortField
      ? [sortDirection === "desc" ? desc(sortColumns[sortField as keyof typeof sortColumns]) : asc(sortColumns[sortField as keyof typeof sortColumns]), asc(courses.code)]
      : search
        ? [desc(relevance(search)), asc(courses.code)]
        : [asc(courses.code)];
    // The total rides along with the page (one query); past the last page it needs its own.
    const found = await this.db
      .select({ course: courseColumns, total: sql<number>`count(*) over ()`.mapWith(Number) })
      .from(courses)
      .where(where)
      .orderBy(...order)
      .limit(size)
      .offset(offset);
    const totalSize = found[0]?.total ?? (offset > 0 ? ((await this.db.select({ n: count() }).from(courses).where(where))[0]?.n ?? 0) : 0);
    const withSections = await this.store.coursesWithSections(
      found.map((f) => f.course),
      term?.id,
      filters.sections,
    );
    return { courses: withSections, next_page_token: offset + size < totalSize ? encodePageToken(offset + size) : "", total_size: totalSize, term: term ? termView(term) : undefined };
  }

  /** One course with its sections in the term (the current term when none is given). */
  async getCourse(id: string, termId: string) {
    const course = await this.store.courseById(id);
    const term = await this.store.resolveTerm(termId);
    const [view] = await this.store.coursesWithSections([course], term?.id);
    return { course: view, term: term ? termView(term) : undefined };
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
    const row = await this.store.writeCatalog(async (tx) => {
      const [created] = await uniqueCourseCode(values.code, () => tx.insert(courses).values(values).returning());
      const prerequisites = await this.checkPrerequisites(tx, created!.id, created!.code, input.prerequisiteIds);
      if (prerequisites.length) await tx.insert(coursePrerequisites).values(prerequisites.map((p) => ({ courseId: created!.id, prerequisiteId: p })));
      return created!;
    });
    const [view] = await this.store.coursesWithSections([row], undefined);
    await this.store.audit(caller, "course.create", "course", row.id, row.code, { after: { ...values, prerequisites: view!.prerequisites.map((p) => p.code) } });
    return { course: view };
  }

  /** Changes a course (admin); replaces its prerequisites when asked, refusing cycles. */
  async updateCourse(
    caller: AdminCaller,
    input: { id: string; code?: string; title?: string; description?: string; credits?: number; department?: string; setPrerequisites: boolean; prerequisiteIds: string[] },
  ) {
    requireAdmin(caller.claims);
    const before = await this.store.courseById(input.id);
    const [beforeView] = await this.store.coursesWithSections([before], undefined);
    const values = await this.validCourseFields({
      code: input.code ?? before.code,
      title: input.title ?? before.title,
      description: input.description ?? before.description,
      credits: input.credits ?? before.credits,
      department: input.department ?? before.department,
    });
    const { row, events } = await this.store.writeCatalog(async (tx) => {
      const [updated] = await uniqueCourseCode(values.code, () => tx.update(courses).set(values).where(eq(courses.id, before.id)).returning());
      if (input.setPrerequisites) {
        const prerequisites = await this.checkPrerequisites(tx, before.id, values.code, input.prerequisiteIds);
        await tx.delete(coursePrerequisites).where(eq(coursePrerequisites.courseId, before.id));
        if (prerequisites.length) await tx.insert(coursePrerequisites).values(prerequisites.map((p) => ({ courseId: before.id, prerequisiteId: p })));
      }
      // Enrollments keep their course's credits (for the credit limit): registration follows this event.
      const credits = values.credits !== before.credits ? [await recordCatalogEvent(tx, { kind: "COURSE_CREDITS", courseId: before.id })] : [];
      return { row: updated!, events: credits };
    });
    await this.store.registrationFollows(caller, events);
    const [view] = await this.store.coursesWithSections([row], undefined);
    const summary = (v: typeof view) => ({ code: v!.code, title: v!.title, description: v!.description, credits: v!.credits, department: v!.department, prerequisites: v!.prerequisites.map((p) => p.code) });
    await this.store.audit(caller, "course.update", "course", row.id, row.code, { before: summary(beforeView), after: summary(view) });
    return { course: view };
  }

  /** Retires a course (admin): it stays for transcripts but gets no new sections. */
  async retireCourse(caller: AdminCaller, id: string) {
    requireAdmin(caller.claims);
    const before = await this.store.courseById(id);
    if (before.retired) throw fail.precondition(`${before.code} is already retired.`);
    const [row] = await this.store.writeCatalog((tx) => tx.update(courses).set({ retired: true }).where(eq(courses.id, before.id)).returning());
    await this.store.audit(caller, "course.retire", "course", before.id, before.code, { code: before.code });
    const [view] = await this.store.coursesWithSections([row!], undefined);
    return { course: view };
  }
}

/** Runs a course write, turning a duplicate code into ALREADY_EXISTS naming the code. */
async function uniqueCourseCode<T>(code: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (pgErrorCode(error) === "23505") throw fail.exists(`A course with code ${code} already exists.`, "code");
    throw error;
  }
}
