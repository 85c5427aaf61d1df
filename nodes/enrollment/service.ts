import { and, asc, eq, inArray } from "drizzle-orm";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import type postgres from "postgres";
import * as schema from "../../db/courses/schema";
import { enrollments, sectionSeats } from "../../db/courses/schema";
import { currentTermId } from "../../db/courses/current-term";
import { pgErrorCode } from "../shared/db";
import { AppError, fail } from "../shared/errors";
import { meetingText } from "../shared/schedule";
import type { Claims } from "../shared/tokens";
import { creditTotal, missingPrerequisites, registrationWindow, scheduleProblem, timeConflict } from "./rules";
import type { SectionFacts, SectionFactsCache } from "./section-facts";
import { fieldMessage } from "../shared/field-labels";
import { plural } from "../shared/plural";

type Db = PostgresJsDatabase<typeof schema>;
type Tx = postgres.TransactionSql;
type Status = "ENROLLED" | "WAITLISTED" | "DROPPED" | "CANCELLED";

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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isUuid = (id: string) => UUID.test(id);
// Advisory lock namespaces (first key of the two-key form): one student, one section. The
// enroll_attempt function takes the same two.
const STUDENT_LOCK = 1;
const SECTION_LOCK = 2;
const MAX_CAPACITY = 1000;

const lockSection = (tx: Tx, sectionId: string) => tx`select pg_advisory_xact_lock(${SECTION_LOCK}, hashtext(${sectionId}))`;
const lockStudent = (tx: Tx, studentId: string) => tx`select pg_advisory_xact_lock(${STUDENT_LOCK}, hashtext(${studentId}))`;

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
function blockedReason(section: SectionFacts, now: number): string | undefined {
  if (section.cancelled) return `${section.label} was cancelled.`;
  const window = registrationWindow(section, now);
  if (window === "before") return `Registration for ${section.termName} opens on ${formatInstant(section.registrationOpensAt)}.`;
  if (window === "closed") return `Registration for ${section.termName} closed on ${formatInstant(section.registrationClosesAt)}.`;
  return undefined;
}

const formatInstant = (date: Date) => date.toISOString().replace(/:\d{2}\.\d{3}Z$/, " UTC").replace("T", " ");

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
    private readonly creditLimit: number,
  ) {}

  private async sectionFacts(id: string, field = "section_id"): Promise<SectionFacts> {
    if (!isUuid(id)) throw fail.invalid(field, fieldMessage(field, "must be a section id."));
    const facts = await this.facts.one(id);
    if (!facts) throw fail.notFound("The section");
    return facts;
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
    const blocked = blockedReason(section, Date.now());
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
    switch (answer.outcome) {
      case "REPLAY": {
        const replay = answer.replay!;
        if (replay.section_id !== section.id) throw fail.invalid("idempotency_key", "This idempotency key was already used for a different section: use a new key for a new request.");
        return { enrollment: { ...replay, section: sectionSummary(section) }, replayed: true };
      }
      case "ENROLLED":
      case "WAITLISTED":
        return {
          enrollment: { id: answer.id!, student_id: studentId, section_id: section.id, status: answer.status!, position: answer.position!, created_at: answer.created_at!, section: sectionSummary(section) },
          replayed: false,
        };
      case "BLOCKED":
        throw fail.precondition(blocked!);
      case "SAME_SECTION":
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

  /** Drops an enrollment (before the add/drop deadline) or leaves a waitlist; a freed seat goes to the first eligible waitlisted student. */
  async drop(caller: Caller, enrollmentId: string) {
    if (caller.claims.role !== "STUDENT") throw fail.forbidden("Only students drop their own sections.");
    if (!isUuid(enrollmentId)) throw fail.notFound("The enrollment");
    const [found] = await this.sql<Array<{ student_id: string; section_id: string }>>`select student_id, section_id from enrollments where id = ${enrollmentId}`;
    if (!found) throw fail.notFound("The enrollment");
    if (found.student_id !== caller.claims.sub) throw fail.forbidden("This enrollment belongs to another student.");
    const section = await this.sectionFacts(found.section_id);
    const result = await this.retryOnDeadlock(() =>
      this.sql.begin(async (tx) => {
        const [, , rows] = await Promise.all([
          lockSection(tx, section.id),
          lockStudent(tx, caller.claims.sub),
          tx<Array<{ status: Status; created_at: Date }>>`select status, created_at from enrollments where id = ${enrollmentId}`,
        ]);
        const current = rows[0];
        if (!current) throw databaseCutOff(); // the row was read before the transaction: only a cut connection answers nothing
        const status = current.status;
        if (status === "DROPPED") throw fail.precondition(`You already dropped ${section.label}.`);
        if (status === "CANCELLED") throw fail.precondition(`${section.label} was cancelled; there is nothing to drop.`);
        if (status === "ENROLLED" && Date.now() >= section.addDropDeadline.getTime()) {
          throw fail.precondition(`The add/drop deadline for ${section.termName} passed on ${formatInstant(section.addDropDeadline)}: ${section.label} can no longer be dropped.`);
        }
        await tx`update enrollments set status = 'DROPPED', waitlist_seq = null, updated_at = now() where id = ${enrollmentId}`;
        let promoted: string[] = [];
        if (status === "ENROLLED") {
          promoted = section.cancelled ? [] : await this.promote(tx, section, 1);
          // The freed seat went to the head of the waitlist (who leaves it), or is free now.
          if (promoted.length === 0) await tx`update section_seats set enrolled = enrolled - 1 where section_id = ${section.id}`;
          else await tx`update section_seats set waitlisted = waitlisted - ${promoted.length} where section_id = ${section.id}`;
        } else {
          await tx`update section_seats set waitlisted = waitlisted - 1 where section_id = ${section.id}`;
        }
        return { createdAt: current.created_at, promoted };
      }),
    );
    return {
      enrollment: {
        id: enrollmentId,
        student_id: caller.claims.sub,
        section_id: section.id,
        status: "DROPPED" as const,
        position: 0,
        created_at: new Date(result.createdAt).toISOString(),
        section: sectionSummary(section),
      },
      promoted_student_id: result.promoted[0] ?? "",
    };
  }

  /**
   * Moves up to `seats` waitlisted students into the section, in waitlist order, skipping those
   * no longer eligible (a time conflict or the credit limit with what they now hold). The caller
   * holds the section's lock and adjusts the seat and waitlist counters. Returns the promoted student ids.
   */
  private async promote(tx: Tx, section: SectionFacts, seats: number): Promise<string[]> {
    const promoted: string[] = [];
    let after = 0;
    while (promoted.length < seats) {
      const candidates = await tx<Array<{ id: string; student_id: string; waitlist_seq: string }>>`
        select id, student_id, waitlist_seq from enrollments
        where section_id = ${section.id} and status = 'WAITLISTED' and waitlist_seq > ${after}
        order by waitlist_seq limit 20`;
      if (candidates.length === 0) break;
      for (const candidate of candidates) {
        after = Number(candidate.waitlist_seq);
        const [, held] = await Promise.all([
          lockStudent(tx, candidate.student_id),
          tx<Array<{ section_id: string }>>`
            select section_id from enrollments where student_id = ${candidate.student_id} and term_id = ${section.termId} and status = 'ENROLLED'`,
        ]);
        const facts = await this.facts.many(held.map((h) => h.section_id));
        if (scheduleProblem(section, [...facts.values()], this.creditLimit)) continue;
        await tx`update enrollments set status = 'ENROLLED', waitlist_seq = null, updated_at = now() where id = ${candidate.id}`;
        promoted.push(candidate.student_id);
        if (promoted.length === seats) break;
      }
    }
    return promoted;
  }

  /** Changes a section's capacity (admin): refused below the enrolled count; a raise promotes the waitlist at once. */
  async resizeSection(caller: Caller, input: { sectionId: string; capacity: number }) {
    requireAdmin(caller.claims, "change a section's capacity");
    if (!Number.isInteger(input.capacity) || input.capacity < 0 || input.capacity > MAX_CAPACITY) {
      throw fail.invalid("capacity", fieldMessage("capacity", `must be a whole number from 0 to ${MAX_CAPACITY}.`));
    }
    const section = await this.sectionFacts(input.sectionId);
    return this.retryOnDeadlock(() =>
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
        const promoted = free > 0 && !section.cancelled ? await this.promote(tx, section, free) : [];
        const [after] = await tx<Array<{ capacity: number; enrolled: number; waitlisted: number }>>`
          update section_seats set capacity = ${input.capacity}, enrolled = enrolled + ${promoted.length}, waitlisted = waitlisted - ${promoted.length}
          where section_id = ${section.id}
          returning capacity, enrolled, waitlisted`;
        return { size: { section_id: section.id, ...after! }, promoted_student_ids: promoted };
      }),
    );
  }

  /** Cancels every enrollment and waitlist entry of a (cancelled) section (admin). */
  async cancelSectionEnrollments(caller: Caller, sectionId: string) {
    requireAdmin(caller.claims, "cancel a section's enrollments");
    const section = await this.sectionFacts(sectionId);
    const affected = await this.sql.begin(async (tx) => {
      await lockSection(tx, section.id);
      const rows = await tx`
        update enrollments set status = 'CANCELLED', waitlist_seq = null, updated_at = now()
        where section_id = ${section.id} and status in ('ENROLLED', 'WAITLISTED') returning id`;
      await tx`update section_seats set enrolled = 0, waitlisted = 0 where section_id = ${section.id}`;
      return rows.length;
    });
    return { affected };
  }

  /** The caller's enrollments and waitlist entries in a term (the current term by default). */
  async listMyEnrollments(caller: Caller, input: { termId: string; includeDropped: boolean }) {
    const termId = input.termId ? await this.termIdOf(input.termId) : await currentTermId(this.db);
    if (!termId) return { enrollments: [], enrolled_credits: 0, term_id: "" };
    const rows = await this.sql<Array<{ id: string; section_id: string; status: Status; created_at: Date; position: number }>>`
      select e.id, e.section_id, e.status, e.created_at,
             case when e.status = 'WAITLISTED'
                  then (select count(*)::int + 1 from enrollments w where w.section_id = e.section_id and w.status = 'WAITLISTED' and w.waitlist_seq < e.waitlist_seq)
                  else 0 end as position
      from enrollments e
      where e.student_id = ${caller.claims.sub} and e.term_id = ${termId}
        ${input.includeDropped ? this.sql`` : this.sql`and e.status in ('ENROLLED', 'WAITLISTED')`}
      order by e.created_at, e.id`;
    const facts = await this.facts.many(rows.map((r) => r.section_id));
    const list = rows.flatMap((r) => {
      const section = facts.get(r.section_id);
      if (!section) return [];
      return [{ id: r.id, student_id: caller.claims.sub, section_id: r.section_id, status: r.status, position: r.position, created_at: new Date(r.created_at).toISOString(), section: sectionSummary(section) }];
    });
    const credits = creditTotal(list.filter((e) => e.status === "ENROLLED").map((e) => ({ credits: e.section.credits })));
    return { enrollments: list, enrolled_credits: credits, term_id: termId };
  }

  /** A term's id from its id or its code (e.g. 2026FA). */
  private async termIdOf(idOrCode: string): Promise<string> {
    const [row] = isUuid(idOrCode)
      ? await this.sql<Array<{ id: string }>>`select id from terms where id = ${idOrCode}`
      : await this.sql<Array<{ id: string }>>`select id from terms where code = ${idOrCode.trim().toUpperCase()}`;
    if (!row) throw fail.notFound("The term");
    return row.id;
  }

  /** A section's enrolled students (by name) and its waitlist in order: for its instructor and admins. */
  async getRoster(caller: Caller, sectionId: string) {
    requireStaff(caller.claims);
    const section = await this.sectionFacts(sectionId);
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

function requireStaff(caller: Claims) {
  if (caller.role !== "FACULTY" && caller.role !== "ADMIN") throw fail.forbidden("Only the section's instructor and admins see rosters.");
}

function requireAdmin(caller: Claims, what: string) {
  if (caller.role !== "ADMIN") throw fail.forbidden(`Only admins may ${what}.`);
}
