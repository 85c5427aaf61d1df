import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import type { EnrollmentMetrics } from "./metrics";
import type postgres from "postgres";
import * as schema from "../../db/courses/schema";
import { currentTermId } from "../../db/courses/current-term";
import { pgErrorCode } from "../shared/db";
import { AppError, fail } from "../shared/errors";
import { meetingText } from "../shared/schedule";
import { formatDateTime } from "../shared/university-time";
import type { Claims } from "../shared/tokens";
import { lockSection, lockStudent } from "./locks";
import { creditTotal, leavingEnrolled, missingPrerequisites, registrationWindow, scheduleProblem, timeConflict } from "./rules";
import { isUuid } from "../shared/ids";
import type { SectionFacts, SectionFactsCache } from "./section-facts";
import { Waitlist, type Skip } from "./waitlist";
import { registrationSummary } from "./summary";
import { fieldMessage } from "../shared/field-labels";
import { plural } from "../shared/plural";

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
  /** Usernames and names of accounts (auth service, with the caller's token and request id). */
  users(ids: string[], caller: Caller): Promise<Array<{ id: string; username: string; name: string }>>;
}

/** The answer to an enroll, as stored for idempotent replays. */
interface EnrollOutcome {
  id: string;
  student_id: string;
  section_id: string;
  status: Status;
  position: number;
  created_at: string;
}

/** A statement that must answer a row answered none: the connection was cut while it ran (retryable). */
function databaseCutOff(): AppError {
  return new AppError("UNAVAILABLE", "The database is not reachable right now. Please try again in a moment.");
}

/** The one row `enroll_attempt` answers (see db/courses/migrations/0002_enroll_function.sql). */
interface EnrollAttempt {
  outcome: "REPLAY" | "BLOCKED" | "SAME_SECTION" | "SAME_COURSE" | "TIME_CONFLICT" | "CREDIT_LIMIT" | "PREREQUISITES" | "CANCELLED" | "FULL" | "ENROLLED" | "WAITLISTED";
  id: string | null;
  status: Status | null;
  position: number | null;
  created_at: string | null;
  other: string | null;
  detail: number[] | null;
  number_a: number | null;
  number_b: number | null;
  replay: EnrollOutcome | null;
}

const MAX_CAPACITY = 1000;

/** The section shown with an enrollment on a schedule. */
function sectionSummary(facts: SectionFacts) {
  return {
    id: facts.id,
    code: facts.code,
    course_id: facts.courseId,
    course_code: facts.courseCode,
    course_title: facts.courseTitle,
    credits: facts.credits,
    term_id: facts.termId,
    room: facts.room,
    instructor_name: facts.instructorName,
    meetings: facts.meetings.map(meetingText),
    cancelled: facts.cancelled,
  };
}

/** Why nobody may enroll in the section now whatever they hold (cancelled, window shut), or undefined. */
function blockedReason(section: SectionFacts, now: number, timeZone: string): string | undefined {
  if (section.cancelled) return `${section.label} was cancelled.`;
  const window = registrationWindow(section, now);
  if (window === "before") return `Registration for ${section.termName} opens on ${formatDateTime(section.registrationOpensAt, timeZone)}.`;
  if (window === "closed") return `Registration for ${section.termName} closed on ${formatDateTime(section.registrationClosesAt, timeZone)}.`;
  return undefined;
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
  private readonly waitlist: Waitlist;

  constructor(
    private readonly db: Db,
    private readonly sql: postgres.Sql,
    private readonly facts: SectionFactsCache,
    private readonly deps: EnrollmentDependencies,
    private readonly creditLimit: number,
    /** The university's time zone, in which messages give times. */
    private readonly timeZone = "UTC",
    private readonly metrics?: EnrollmentMetrics,
  ) {
    this.waitlist = new Waitlist(facts, creditLimit, metrics);
  }

  private sectionFacts(id: string): Promise<SectionFacts> {
    return this.facts.require(id);
  }

  /**
   * Enrolls the calling student, or puts them on the waitlist when the section is full (unless
   * `noWaitlist`). One statement does it all (db function `enroll_attempt`, its own transaction):
   * the section's then the student's lock, the idempotency replay, every rule that depends on
   * what the student holds, and the seat or waitlist place with the answer kept under the key.
   * The rules that need no lock (cancelled in the catalog, registration window, prerequisites)
   * are decided here and passed in, so the refusals keep their order.
   */
  async enroll(caller: Caller, input: { sectionId: string; idempotencyKey: string; noWaitlist: boolean }) {
    if (caller.claims.role !== "STUDENT") throw fail.forbidden("Only students register for sections.");
    const key = input.idempotencyKey.trim();
    if (key.length > 200) throw fail.invalid("idempotency_key", "The idempotency key must be at most 200 characters.");
    const section = await this.sectionFacts(input.sectionId);
    const studentId = caller.claims.sub;
    const blocked = blockedReason(section, Date.now(), this.timeZone);
    let prerequisites: { ok: true } | { ok: false; error: unknown } = { ok: true };
    if (section.prerequisites.length && !blocked) {
      const passed = await settle(this.deps.passedCourseIds(studentId, caller));
      if (!passed.ok) prerequisites = { ok: false, error: passed.error };
      else {
        const missing = missingPrerequisites(section, passed.value);
        if (missing.length) {
          prerequisites = {
            ok: false,
            error: fail.precondition(`${section.courseCode} requires ${missing.map((m) => m.code).join(" and ")}, passed with a passing grade: you have not passed ${missing.length === 1 ? "it" : "them"} yet.`),
          };
        }
      }
    }
    const [row] = await this.sql<EnrollAttempt[]>`
      select * from enroll_attempt(${studentId}, ${section.id}, ${section.termId}, ${section.courseId}, ${section.credits}, ${this.creditLimit},
                                   ${section.meetingRanges}::int4range[], ${key}, ${!input.noWaitlist}, ${!!blocked}, ${prerequisites.ok})`;
    // The function always answers one row; none means the connection was cut while it ran (its
    // transaction did not commit, or committed and a retry with the same key replays it).
    if (!row) throw databaseCutOff();
    const answer = row;
    this.metrics?.attempt(answer.outcome);
    switch (answer.outcome) {
      case "REPLAY": {
        const replay = answer.replay!;
        if (replay.section_id !== section.id) throw fail.invalid("idempotency_key", "This idempotency key was already used for a different section: use a new key for a new request.");
        return { enrollment: { ...replay, section: sectionSummary(section) }, replayed: true, summary: await this.summary(section, studentId) };
      }
      case "ENROLLED":
      case "WAITLISTED":
        return {
          enrollment: { id: answer.id!, student_id: studentId, section_id: section.id, status: answer.status!, position: answer.position!, created_at: answer.created_at!, section: sectionSummary(section) },
          replayed: false,
          summary: await this.summary(section, studentId),
        };
      case "BLOCKED":
        throw fail.precondition(blocked!);
      case "SAME_SECTION":
        if (answer.status === "WITHDRAWN") throw fail.precondition(`You withdrew from ${section.label} this term (a W on your transcript): a withdrawal is final for the term.`);
        throw fail.exists(answer.status === "ENROLLED" ? `You are already enrolled in ${section.label}.` : `You are already on the waitlist of ${section.label}.`, "section_id");
      case "SAME_COURSE": {
        const other = await this.facts.one(answer.other!);
        const where = answer.status === "ENROLLED" ? "enrolled in" : "on the waitlist of";
        throw fail.exists(`You are already ${where} ${other?.label ?? "a section"}, another section of ${section.courseCode}: drop it first to switch sections.`, "section_id");
      }
      case "TIME_CONFLICT": {
        throw fail.precondition(timeConflict(section, await this.facts.current(answer.other!)));
      }
      case "CREDIT_LIMIT":
        throw fail.precondition(
          `Credit limit: adding ${section.label} (${plural(section.credits, "credit")}) would bring you to ${plural(answer.number_a ?? 0, "credit")} this term; the limit is ${this.creditLimit}.`,
        );
      case "PREREQUISITES":
        throw (prerequisites as { error: unknown }).error;
      case "CANCELLED":
        throw fail.precondition(`${section.label} was cancelled.`);
      case "FULL":
        throw fail.precondition(`${section.label} is full (${answer.number_a} of ${plural(answer.number_a ?? 0, "seat")} taken, ${answer.number_b ?? 0} on the waitlist).`);
      default:
        throw new Error(`enroll_attempt answered ${answer.outcome}`);
    }
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
    const result = await this.retryOnDeadlock(() =>
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
        if (status === "ENROLLED") {
          promoted = section.cancelled ? [] : (await this.waitlist.offer(tx, section, 1)).promoted;
          // The freed seat went to the first eligible waitlisted student (who leaves the waitlist), or is free now.
          if (promoted.length === 0) await tx`update section_seats set enrolled = enrolled - 1 where section_id = ${section.id}`;
          else await tx`update section_seats set waitlisted = waitlisted - ${promoted.length} where section_id = ${section.id}`;
        } else {
          await tx`update section_seats set waitlisted = waitlisted - 1 where section_id = ${section.id}`;
        }
        return { createdAt: current.created_at, promoted, outcome, freedSchedule: status === "ENROLLED" };
      }),
    );
    // The student holds less now: a section they wait for may take them. The leave is committed
    // whatever happens here; a failed offer is made again at the next change of seats.
    if (result.freedSchedule) await this.retryOnDeadlock(() => this.waitlist.reofferFor(this.sql, caller.claims.sub, section.termId)).catch(() => undefined);
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

  /** What the student's page shows after their change: seats, their load in the term, the window (read after commit). */
  private summary(section: SectionFacts, studentId: string) {
    return registrationSummary(this.sql, section, studentId, this.creditLimit);
  }

  /** Changes a section's capacity (admin): refused below the enrolled count; a raise promotes the waitlist at once. */
  async resizeSection(caller: Caller, input: { sectionId: string; capacity: number }) {
    requireAdmin(caller.claims, "change a section's capacity");
    if (!Number.isInteger(input.capacity) || input.capacity < 0 || input.capacity > MAX_CAPACITY) {
      throw fail.invalid("capacity", fieldMessage("capacity", `must be a whole number from 0 to ${MAX_CAPACITY}.`));
    }
    const section = await this.sectionFacts(input.sectionId);
    const resized = await this.retryOnDeadlock(() =>
      this.sql.begin(async (tx) => {
        const [, seats] = await Promise.all([
          lockSection(tx, section.id),
          tx<Array<{ capacity: number; enrolled: number }>>`select capacity, enrolled from section_seats where section_id = ${section.id} for update`,
        ]);
        const current = seats[0];
        if (!current) throw fail.notFound("The section's seats");
        if (input.capacity < current.enrolled) {
          throw new AppError("FAILED_PRECONDITION", `${plural(current.enrolled, "student")} ${current.enrolled === 1 ? "is" : "are"} enrolled in ${section.label}: the capacity cannot go below ${current.enrolled}.`, [
            { field: "capacity", message: `At least ${current.enrolled}.` },
          ]);
        }
        const free = input.capacity - current.enrolled;
        const { promoted, skipped } = free > 0 && !section.cancelled ? await this.waitlist.offer(tx, section, free) : { promoted: [], skipped: [] };
        const [after] = await tx<Array<{ capacity: number; enrolled: number; waitlisted: number }>>`
          update section_seats set capacity = ${input.capacity}, enrolled = enrolled + ${promoted.length}, waitlisted = waitlisted - ${promoted.length}
          where section_id = ${section.id}
          returning capacity, enrolled, waitlisted`;
        return { size: { section_id: section.id, ...after! }, promoted_student_ids: promoted, skipped };
      }),
    );
    return { ...resized, skipped: await this.namedSkips(resized.skipped, caller) };
  }

  /** Skipped students with their usernames and names, for the admin's answer. */
  private async namedSkips(skipped: Skip[], caller: Caller) {
    const people = skipped.length ? await this.deps.users(skipped.map((s) => s.studentId), caller) : [];
    const byId = new Map(people.map((p) => [p.id, p]));
    return skipped.map((s) => ({ student_id: s.studentId, username: byId.get(s.studentId)?.username ?? "", name: byId.get(s.studentId)?.name ?? "", position: s.position, reason: s.reason }));
  }

  /** Cancels every enrollment and waitlist entry of a (cancelled) section (admin). */
  async cancelSectionEnrollments(caller: Caller, sectionId: string) {
    requireAdmin(caller.claims, "cancel a section's enrollments");
    const section = await this.sectionFacts(sectionId);
    const affected = await this.sql.begin(async (tx) => {
      await lockSection(tx, section.id);
      const rows = await tx`
        update enrollments set status = 'CANCELLED', waitlist_seq = null, skipped_at = null, skip_reason = null, skip_remedy = null, updated_at = now()
        where section_id = ${section.id} and status in ('ENROLLED', 'WAITLISTED') returning id`;
      await tx`update section_seats set enrolled = 0, waitlisted = 0 where section_id = ${section.id}`;
      return rows.length;
    });
    return { affected };
  }

  /** The caller's enrollments and waitlist entries in a term (the current term by default). */
  async listMyEnrollments(caller: Caller, input: { termId: string; includeDropped: boolean }) {
    const termId = input.termId ? await this.termIdOf(input.termId) : await currentTermId(this.db);
    if (!termId) return { enrollments: [], enrolled_credits: 0, term_id: "", credit_limit: this.creditLimit };
    const rows = await this.sql<
      Array<{ id: string; section_id: string; status: Status; created_at: Date; position: number; skipped_at: Date | null; skip_reason: string | null; skip_remedy: string | null }>
    >`
      select e.id, e.section_id, e.status, e.created_at, e.skipped_at, e.skip_reason, e.skip_remedy,
             case when e.status = 'WAITLISTED'
                  then (select count(*)::int + 1 from enrollments w where w.section_id = e.section_id and w.status = 'WAITLISTED' and w.waitlist_seq < e.waitlist_seq)
                  else 0 end as position
      from enrollments e
      where e.student_id = ${caller.claims.sub} and e.term_id = ${termId}
        ${input.includeDropped ? this.sql`` : this.sql`and e.status in ('ENROLLED', 'WAITLISTED')`}
      order by e.created_at, e.id`;
    const facts = await this.facts.many(rows.map((r) => r.section_id));
    const held = rows.filter((r) => r.status === "ENROLLED").flatMap((r) => facts.get(r.section_id) ?? []);
    const list = rows.flatMap((r) => {
      const section = facts.get(r.section_id);
      if (!section) return [];
      // The waitlist rule applied now: would this student be passed over if a seat opened?
      const problem = r.status === "WAITLISTED" ? scheduleProblem(section, held, this.creditLimit) : undefined;
      return [
        {
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
        },
      ];
    });
    const credits = creditTotal(list.filter((e) => e.status === "ENROLLED").map((e) => ({ credits: e.section.credits })));
    return { enrollments: list, enrolled_credits: credits, term_id: termId, credit_limit: this.creditLimit };
  }

  /** A term's id from its id or its code (e.g. 2026FA). */
  private async termIdOf(idOrCode: string): Promise<string> {
    const [row] = isUuid(idOrCode)
      ? await this.sql<Array<{ id: string }>>`select id from terms where id = ${idOrCode}`
      : await this.sql<Array<{ id: string }>>`select id from terms where code = ${idOrCode.trim().toUpperCase()}`;
    if (!row) throw fail.notFound("The term");
    return row.id;
  }

  /** Runs a transaction again when PostgreSQL broke a deadlock by aborting it (rare: two drops promoting each other's students). */
  private async retryOnDeadlock<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await work();
      } catch (error) {
        if (attempt >= attempts || pgErrorCode(error) !== "40P01") throw error;
      }
    }
  }
}

type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** A promise that never rejects, so it can be started early and awaited only if needed. */
function settle<T>(promise: Promise<T>): Promise<Settled<T>> {
  return promise.then(
    (value) => ({ ok: true as const, value }),
    (error: unknown) => ({ ok: false as const, error }),
  );
}

function requireAdmin(caller: Claims, what: string) {
  if (caller.role !== "ADMIN") throw fail.forbidden(`Only admins may ${what}.`);
}
