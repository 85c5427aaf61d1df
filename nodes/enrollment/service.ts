import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import type { EnrollmentMetrics } from "./metrics";
import type postgres from "postgres";
import * as schema from "../../db/courses/schema";
import { currentTermId } from "../../db/courses/current-term";
import { fail } from "../shared/errors";
import { meetingText } from "../shared/schedule";
import type { Claims } from "../shared/tokens";
import { lockSection, lockStudent, retryOnDeadlock } from "./locks";
import { creditTotal, leavingEnrolled } from "./rules";
import type { SeatProblemRow } from "./registration-sql";
import { AdmissionRules, type AdmissionChecker } from "./admission";
import { databaseCutOff, enrollAnswer, enrollAttempt, sectionSummary } from "./enroll-attempt";

export { sectionSummary };
import { isUuid } from "../shared/ids";
import type { SectionFacts, SectionFactsCache } from "./section-facts";
import type { Waitlist } from "./waitlist";
import { registrationSummary, studentPlaceAndSummary } from "./summary";
import { studentRegistrationStatus } from "./student-problems";

type Db = PostgresJsDatabase<typeof schema>;
type Status = "ENROLLED" | "WAITLISTED" | "DROPPED" | "WITHDRAWN" | "CANCELLED";

/** A signed-in caller and the token to forward. */
export interface Caller {
  claims: Claims;
  token: string;
  /** The user request's id, carried on calls to other services. */
  requestId?: string;
}

/** What enrollment needs from other services; main.ts wires them to gRPC clients. */
export interface EnrollmentDependencies {
  /** Ids of the courses the student passed (grades service, with the student's token and request id). */
  passedCourseIds(studentId: string, caller: Caller): Promise<Set<string>>;
  /** Accounts by id (and by username, when given) with their names and roles (auth service, with the caller's token and request id). */
  users(ids: string[], caller: Caller, usernames?: string[]): Promise<Array<{ id: string; username: string; name: string; role: string }>>;
}

/**
 * Registration: enroll, waitlist, drop with promotion, rosters and seat changes.
 *
 * Locking: a transaction that changes a section's seats or waitlist holds that section's
 * advisory lock; one that changes a student's schedule holds the student's. Sections are always
 * locked before students, so the two kinds cannot deadlock each other. The seat itself is taken
 * by a conditional UPDATE and the database CHECK (enrolled <= capacity) backs it.
 */
export class EnrollmentService {
  constructor(
    private readonly db: Db,
    private readonly sql: postgres.Sql,
    private readonly facts: SectionFactsCache,
    private readonly deps: EnrollmentDependencies,
    private readonly waitlist: Waitlist,
    /** The university's time zone, in which messages give times. */
    private readonly timeZone = "UTC",
    private readonly metrics?: EnrollmentMetrics,
  ) {
    this.admission = new AdmissionRules(deps, timeZone);
  }

  /** The checks decided before the enrolling statement (window, student-wide blocks, prerequisites). */
  readonly admission: AdmissionRules;

  private get creditLimit(): number {
    return this.waitlist.creditLimit;
  }

  private sectionFacts(id: string): Promise<SectionFacts> {
    return this.facts.require(id);
  }

  /**
   * Enrolls the calling student, or puts them on the waitlist when the section is full (unless
   * `noWaitlist`): one statement (enroll-attempt.ts), then the summary their page shows.
   */
  async enroll(caller: Caller, input: { sectionId: string; idempotencyKey: string; noWaitlist: boolean }) {
    const { section, ...answer } = await this.enrollOnly(caller, input, this.admission.forCaller(caller));
    return { ...answer, summary: await this.summary(section, caller.claims.sub) };
  }

  /** An enroll without the summary (a plan's Register asks it per section, sharing one admission checker). */
  async enrollOnly(caller: Caller, input: { sectionId: string; idempotencyKey: string; noWaitlist: boolean }, admit: AdmissionChecker) {
    if (caller.claims.role !== "STUDENT") throw fail.forbidden("Only students register for sections.");
    const key = input.idempotencyKey.trim();
    if (key.length > 200) throw fail.invalid("idempotency_key", "The idempotency key must be at most 200 characters.");
    const section = await this.sectionFacts(input.sectionId);
    const admission = await admit(section);
    const row = await enrollAttempt(this.sql, { studentId: caller.claims.sub, section, creditLimit: this.creditLimit, key, allowWaitlist: !input.noWaitlist, admission });
    this.metrics?.attempt(row.outcome);
    return { section, ...(await enrollAnswer(row, { sql: this.sql, timeZone: this.timeZone, studentId: caller.claims.sub, section, admission, facts: this.facts, creditLimit: this.creditLimit })) };
  }

  /**
   * Leaves a section: an enrolled one is dropped before the add/drop deadline and withdrawn
   * from after it (only when `withdraw` confirms it: a W on the transcript), never once its
   * grades are released; a waitlist can always be left. A freed seat goes to the first eligible
   * waitlisted student; then the sections this student waits for are offered again.
   */
  async drop(caller: Caller, enrollmentId: string, withdraw = false) {
    if (caller.claims.role !== "STUDENT") throw fail.forbidden("Only students drop their own sections.");
    if (!isUuid(enrollmentId)) throw fail.notFound("The enrollment");
    const [found] = await this.sql<Array<{ student_id: string; section_id: string }>>`select student_id, section_id from enrollments where id = ${enrollmentId}`;
    if (!found) throw fail.notFound("The enrollment");
    if (found.student_id !== caller.claims.sub) throw fail.forbidden("This enrollment belongs to another student.");
    const section = await this.sectionFacts(found.section_id);
    const result = await retryOnDeadlock(() =>
      this.sql.begin(async (tx) => {
        const [, , rows, seats] = await Promise.all([
          lockSection(tx, section.id),
          lockStudent(tx, caller.claims.sub),
          tx<Array<{ status: Status; created_at: Date }>>`select status, created_at from enrollments where id = ${enrollmentId}`,
          tx<Array<{ grades_released_at: Date | null }>>`select grades_released_at from section_seats where section_id = ${section.id}`,
        ]);
        const current = rows[0];
        if (!current) throw databaseCutOff(); // the row was read before the transaction: only a cut connection answers nothing
        const status = current.status;
        if (status === "DROPPED") throw fail.precondition(`You already dropped ${section.label}.`);
        if (status === "WITHDRAWN") throw fail.precondition(`You already withdrew from ${section.label}.`);
        if (status === "CANCELLED") throw fail.precondition(`${section.label} was cancelled; there is nothing to drop.`);
        let outcome: "DROPPED" | "WITHDRAWN" = "DROPPED";
        if (status === "ENROLLED") {
          const leaving = leavingEnrolled(section, { now: Date.now(), gradesReleasedAt: seats[0]?.grades_released_at ? new Date(seats[0].grades_released_at) : null, withdrawConfirmed: withdraw }, this.timeZone);
          if (leaving.kind === "REFUSED") throw fail.precondition(leaving.message, leaving.field ? [{ field: leaving.field, message: leaving.message }] : undefined);
          outcome = leaving.kind;
        }
        await tx`update enrollments set status = ${outcome}, waitlist_seq = null, skipped_at = null, skip_reason = null, skip_remedy = null, updated_at = now() where id = ${enrollmentId}`;
        let promoted: string[] = [];
        // The freed seat goes to the first eligible waitlisted student (who leaves the waitlist), or is free now.
        if (status === "ENROLLED") promoted = await this.waitlist.releaseSeat(tx, section);
        else await tx`update section_seats set waitlisted = waitlisted - 1 where section_id = ${section.id}`;
        return { createdAt: current.created_at, promoted, outcome, freedSchedule: status === "ENROLLED" };
      }),
    );
    // The student holds less now: a section they wait for may take them. The leave is committed
    // whatever happens here; a failed offer is made again at the next change of seats.
    if (result.freedSchedule) await retryOnDeadlock(() => this.waitlist.reofferFor(this.sql, caller.claims.sub, section.termId)).catch(() => undefined);
    return {
      enrollment: {
        id: enrollmentId,
        student_id: caller.claims.sub,
        section_id: section.id,
        status: result.outcome,
        position: 0,
        created_at: new Date(result.createdAt).toISOString(),
        section: sectionSummary(section),
      },
      promoted_student_id: result.promoted[0] ?? "",
      summary: await this.summary(section, caller.claims.sub),
    };
  }

  /** A section as the calling student's registration page shows it (students only): the section, their place in it, the summary. */
  async getRegistrationSummary(caller: Caller, sectionId: string) {
    if (caller.claims.role !== "STUDENT") throw fail.forbidden("Only students have a place in sections to show.");
    const section = await this.sectionFacts(sectionId);
    return { section: sectionSummary(section), ...(await studentPlaceAndSummary(this.sql, section, caller.claims.sub, this.creditLimit)) };
  }

  /** What the student's page shows after their change: seats, their load in the term, the window (read after commit). */
  private summary(section: SectionFacts, studentId: string) {
    return registrationSummary(this.sql, section, studentId, this.creditLimit);
  }

  /** The caller's enrollments and waitlist entries in a term (the current term by default). */
  async listMyEnrollments(caller: Caller, input: { termId: string; includeDropped: boolean }) {
    const termId = input.termId ? await this.termIdOf(input.termId) : await currentTermId(this.db);
    if (!termId) return { enrollments: [], enrolled_credits: 0, term_id: "", credit_limit: this.creditLimit, holds: [], appointment_at: "" };
    // For each waitlist place, the waitlist rule applied now: would this student be passed over if a seat opened?
    const rows = await this.sql<
      Array<{ id: string; section_id: string; status: Status; created_at: Date; position: number; skipped_at: Date | null; skip_reason: string | null; skip_remedy: string | null; drop_on_promotion_id: string | null } & SeatProblemRow>
    >`
      select e.id, e.section_id, e.status, e.created_at, e.skipped_at, e.skip_reason, e.skip_remedy,
             case when e.status = 'WAITLISTED' then waitlist_place(e.section_id, e.waitlist_seq) else 0 end as position,
             p.problem, p.other, p.credits,
             (select s.drop_enrollment_id from waitlist_swaps s join enrollments a on a.id = s.drop_enrollment_id and a.status = 'ENROLLED'
              where s.enrollment_id = e.id and s.waitlist_seq = e.waitlist_seq) as drop_on_promotion_id
      from enrollments e
      left join lateral seat_problem(e.student_id, e.term_id, e.section_id, e.meetings, e.credits, ${this.creditLimit}) p on e.status = 'WAITLISTED'
      where e.student_id = ${caller.claims.sub} and e.term_id = ${termId}
        ${input.includeDropped ? this.sql`` : this.sql`and e.status in ('ENROLLED', 'WAITLISTED')`}
      order by e.created_at, e.id`;
    const facts = await this.facts.many(rows.map((r) => r.section_id));
    const list = [];
    for (const r of rows) {
      const section = facts.get(r.section_id);
      if (!section) continue;
      // With a swap the rule is asked with the section to drop gone, at the promotion (waitlist.ts): not here.
      const problem = r.drop_on_promotion_id ? undefined : await this.waitlist.problemWords(this.sql, section, r);
      list.push({
        id: r.id,
        student_id: caller.claims.sub,
        section_id: r.section_id,
        status: r.status,
        position: r.position,
        created_at: new Date(r.created_at).toISOString(),
        section: sectionSummary(section),
        skipped_at: r.skipped_at ? new Date(r.skipped_at).toISOString() : "",
        skip_reason: r.skip_reason ?? "",
        skip_remedy: r.skip_remedy ?? "",
        eligibility_problem: problem?.reason ?? "",
        eligibility_remedy: problem?.remedy ?? "",
        drop_on_promotion_id: r.drop_on_promotion_id ?? "",
      });
    }
    const credits = creditTotal(list.filter((e) => e.status === "ENROLLED").map((e) => ({ credits: e.section.credits })));
    return { enrollments: list, enrolled_credits: credits, term_id: termId, credit_limit: this.creditLimit, ...(await studentRegistrationStatus(this.sql, caller.claims.sub, termId)) };
  }

  /** A term's id from its id or its code (e.g. 2026FA). */
  private termIdOf(idOrCode: string): Promise<string> {
    return termIdOf(this.sql, idOrCode);
  }
}

/** A term's id from its id or its code (e.g. 2026FA); NOT_FOUND when there is none. */
export async function termIdOf(sql: postgres.Sql, idOrCode: string): Promise<string> {
  const [row] = isUuid(idOrCode)
    ? await sql<Array<{ id: string }>>`select id from terms where id = ${idOrCode}`
    : await sql<Array<{ id: string }>>`select id from terms where code = ${idOrCode.trim().toUpperCase()}`;
  if (!row) throw fail.notFound("The term");
  return row.id;
}
