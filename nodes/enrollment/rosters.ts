import { and, asc, eq, inArray } from "drizzle-orm";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import type postgres from "postgres";
import * as schema from "../../db/courses/schema";
import { enrollments, sectionSeats } from "../../db/courses/schema";
import { fail } from "../shared/errors";
import { fieldMessage } from "../shared/field-labels";
import type { Claims } from "../shared/tokens";
import { clientMay } from "../shared/oneroster/scopes";
import { decodePageToken, encodePageToken, pageSize } from "../shared/paging";
import { lockSection } from "./locks";
import { isUuid } from "../shared/ids";
import type { SectionFactsCache } from "./section-facts";
import type { Caller, EnrollmentDependencies } from "./service";

type Db = PostgresJsDatabase<typeof schema>;

/**
 * Who is in a section, for its instructor and admins (rosters, seat numbers, the final roster
 * before grades are released), and a student's withdrawals for their transcript.
 */
export class RosterService {
  constructor(
    private readonly db: Db,
    private readonly sql: postgres.Sql,
    private readonly facts: SectionFactsCache,
    private readonly deps: Pick<EnrollmentDependencies, "users">,
  ) {}

  /** A section's enrolled students (by name) and its waitlist in order: for its instructor and admins. */
  async getRoster(caller: Caller, sectionId: string) {
    requireRosterReader(caller.claims);
    const section = await this.facts.require(sectionId);
    if (caller.claims.role === "FACULTY" && section.instructorId !== caller.claims.sub) throw fail.forbidden(`You do not teach ${section.label}: only its instructor and admins see its roster.`);
    const [rows, [seats]] = await Promise.all([
      this.db
        .select({ id: enrollments.id, studentId: enrollments.studentId, status: enrollments.status, createdAt: enrollments.createdAt, waitlistSeq: enrollments.waitlistSeq })
        .from(enrollments)
        .where(and(eq(enrollments.sectionId, section.id), inArray(enrollments.status, ["ENROLLED", "WAITLISTED"])))
        .orderBy(asc(enrollments.waitlistSeq), asc(enrollments.createdAt)),
      this.db.select({ capacity: sectionSeats.capacity }).from(sectionSeats).where(eq(sectionSeats.sectionId, section.id)),
    ]);
    const people = rows.length ? await this.deps.users([...new Set(rows.map((r) => r.studentId))], caller) : [];
    const byId = new Map(people.map((p) => [p.id, p]));
    const entry = (r: (typeof rows)[number], position: number) => ({
      enrollment_id: r.id,
      student_id: r.studentId,
      username: byId.get(r.studentId)?.username ?? "",
      name: byId.get(r.studentId)?.name ?? "",
      position,
      created_at: r.createdAt.toISOString(),
    });
    const enrolled = rows.filter((r) => r.status === "ENROLLED").map((r) => entry(r, 0)).sort((a, b) => a.name.localeCompare(b.name) || a.username.localeCompare(b.username));
    const waitlisted = rows.filter((r) => r.status === "WAITLISTED").map((r, i) => entry(r, i + 1));
    return { section_id: section.id, capacity: seats?.capacity ?? 0, enrolled, waitlisted, instructor_id: section.instructorId };
  }

  /**
   * Makes a section's roster final before its grades are released (its instructor or an
   * admin): under the section's lock, so every drop or withdrawal either committed before (the
   * student is not on the answer) or is refused after. Answers who is enrolled. Idempotent: the
   * first time is kept.
   */
  async finalizeRoster(caller: Caller, sectionId: string) {
    requireStaff(caller.claims);
    const section = await this.facts.require(sectionId);
    if (caller.claims.role === "FACULTY" && section.instructorId !== caller.claims.sub) throw fail.forbidden(`You do not teach ${section.label}.`);
    return this.sql.begin(async (tx) => {
      await lockSection(tx, section.id);
      const [[seats], enrolled] = await Promise.all([
        tx<Array<{ finalized_at: Date }>>`
          update section_seats set grades_released_at = coalesce(grades_released_at, now()) where section_id = ${section.id} returning grades_released_at as finalized_at`,
        tx<Array<{ student_id: string }>>`select student_id from enrollments where section_id = ${section.id} and status = 'ENROLLED'`,
      ]);
      if (!seats) throw fail.notFound("The section's seats");
      return { section_id: section.id, enrolled_student_ids: enrolled.map((e) => e.student_id), finalized_at: new Date(seats.finalized_at).toISOString() };
    });
  }

  /**
   * Places in sections (enrolled, dropped, withdrawn), oldest first, for OneRoster's enrollments:
   * an admin, or an LMS client with a roster scope.
   */
  async listEnrollments(caller: Caller, input: { termId: string; sectionId: string; pageSize: number; pageToken: string }) {
    if (!clientMay(caller.claims, "roster") && caller.claims.role !== "ADMIN") throw fail.forbidden("Only admins and LMS clients with a roster scope list every enrollment.");
    const termId = input.termId.trim().toLowerCase();
    const sectionId = input.sectionId.trim().toLowerCase();
    if (termId && !isUuid(termId)) throw fail.invalid("term_id", fieldMessage("term_id", "must be a term id (UUID)."));
    if (sectionId && !isUuid(sectionId)) throw fail.invalid("section_id", fieldMessage("section_id", "must be a section id (UUID)."));
    const size = pageSize(input.pageSize, 500, 1000);
    const offset = decodePageToken(input.pageToken);
    const conditions = [inArray(enrollments.status, ["ENROLLED", "DROPPED", "WITHDRAWN"])];
    if (termId) conditions.push(eq(enrollments.termId, termId));
    if (sectionId) conditions.push(eq(enrollments.sectionId, sectionId));
    const rows = await this.db
      .select()
      .from(enrollments)
      .where(and(...conditions))
      .orderBy(asc(enrollments.createdAt), asc(enrollments.id))
      .limit(size + 1)
      .offset(offset);
    return {
      enrollments: rows.slice(0, size).map((r) => ({
        id: r.id,
        section_id: r.sectionId,
        student_id: r.studentId,
        term_id: r.termId,
        status: r.status,
        created_at: r.createdAt.toISOString(),
        updated_at: r.updatedAt.toISOString(),
      })),
      next_page_token: rows.length > size ? encodePageToken(offset + size) : "",
    };
  }

  /** A student's withdrawals with what a transcript shows of each section: the student, or an admin for anyone. */
  async listWithdrawals(caller: Caller, requestedStudentId: string) {
    const studentId = requestedStudentId.trim() || caller.claims.sub;
    if (caller.claims.role !== "ADMIN" && !(caller.claims.role === "STUDENT" && studentId === caller.claims.sub)) throw fail.forbidden("You may only see your own withdrawals.");
    if (!isUuid(studentId)) throw fail.invalid("student_id", fieldMessage("student_id", "must be a user id (UUID)."));
    const rows = await this.sql<Array<{ section_id: string; updated_at: Date }>>`
      select section_id, updated_at from enrollments where student_id = ${studentId} and status = 'WITHDRAWN'`;
    const facts = await this.facts.many(rows.map((r) => r.section_id));
    const withdrawals = rows.flatMap((r) => {
      const f = facts.get(r.section_id);
      if (!f) return [];
      return [
        {
          section_id: f.id,
          course_id: f.courseId,
          course_code: f.courseCode,
          course_title: f.courseTitle,
          credits: f.credits,
          term_id: f.termId,
          term_code: f.termCode,
          term_name: f.termName,
          term_starts_on: f.termStartsOn,
          withdrawn_at: new Date(r.updated_at).toISOString(),
        },
      ];
    });
    withdrawals.sort((a, b) => a.term_starts_on.localeCompare(b.term_starts_on) || a.course_code.localeCompare(b.course_code));
    return { withdrawals };
  }

  /** Seat numbers of several sections (staff). */
  async batchGetRosterSizes(caller: Caller, sectionIds: string[]) {
    requireStaff(caller.claims);
    const ids = [...new Set(sectionIds.filter(isUuid))].slice(0, 1000);
    if (ids.length === 0) return { sizes: [] };
    const rows = await this.db
      .select({
        section_id: sectionSeats.sectionId,
        capacity: sectionSeats.capacity,
        enrolled: sectionSeats.enrolled,
        waitlisted: sectionSeats.waitlisted,
      })
      .from(sectionSeats)
      .where(inArray(sectionSeats.sectionId, ids));
    return { sizes: rows };
  }
}

/** Who reads a roster: staff, or an LMS client with a roster scope (OneRoster; it never changes one). */
function requireRosterReader(caller: Claims) {
  if (!clientMay(caller, "roster")) requireStaff(caller);
}

function requireStaff(caller: Claims) {
  if (caller.role !== "FACULTY" && caller.role !== "ADMIN") throw fail.forbidden("Only the section's instructor and admins see rosters.");
}
