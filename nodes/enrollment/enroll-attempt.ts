// One enroll as one statement: the database function `enroll_attempt` (db/courses/registration.sql)
// asked with what the node decided before it (admission.ts), and its answer turned into the
// enrollment or the refusal (worded by wording.ts). Enroll, a plan's Register and check, and a
// swap all take this path, so each rule is decided once whatever the door.
import type postgres from "postgres";
import { AppError, fail } from "../shared/errors";
import { meetingText } from "../shared/schedule";
import type { Admission } from "./admission";
import type { EnrollAttemptRow } from "./registration-sql";
import type { SectionFacts, SectionFactsCache } from "./section-facts";
import { enrollRefusal } from "./wording";
import { studentBlockRefusal } from "./student-problems";

export type EnrollmentStatus = "ENROLLED" | "WAITLISTED" | "DROPPED" | "WITHDRAWN" | "CANCELLED";

/** The answer to an enroll, as stored for idempotent replays. */
export interface EnrollOutcome {
  id: string;
  student_id: string;
  section_id: string;
  status: EnrollmentStatus;
  position: number;
  created_at: string;
}

/** A statement that must answer a row answered none: the connection was cut while it ran (retryable). */
export function databaseCutOff(): AppError {
  return new AppError("UNAVAILABLE", "The database is not reachable right now. Please try again in a moment.");
}

/** The section shown with an enrollment on a schedule. */
export function sectionSummary(facts: SectionFacts) {
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

/**
 * Runs `enroll_attempt` on `via` (the pool: its own transaction; or a caller's transaction, whose
 * fate it then shares). It takes the section's then the student's lock, replays a used key, asks
 * every rule over what the student holds and takes the seat or a waitlist place.
 */
export async function enrollAttempt(
  via: postgres.Sql | postgres.TransactionSql,
  input: { studentId: string; section: SectionFacts; creditLimit: number; key: string; allowWaitlist: boolean; admission: Admission },
): Promise<EnrollAttemptRow> {
  const { studentId, section, creditLimit, key, allowWaitlist, admission } = input;
  const [row] = await via<EnrollAttemptRow[]>`
    select * from enroll_attempt(${studentId}::uuid, ${section.id}::uuid, ${creditLimit}, ${key}, ${allowWaitlist}, ${!!admission.blocked}, ${admission.prerequisites.ok})`;
  // The function always answers one row; none means the connection was cut while it ran (its
  // transaction did not commit, or committed and a retry with the same key replays it).
  if (!row) throw databaseCutOff();
  return row;
}

/** The enrollment `enroll_attempt` answered (a replay too), or its refusal thrown, in words. */
export async function enrollAnswer(
  row: EnrollAttemptRow,
  context: { sql: postgres.Sql; timeZone: string; studentId: string; section: SectionFacts; admission: Admission; facts: SectionFactsCache; creditLimit: number },
) {
  const { section, admission, facts, creditLimit } = context;
  switch (row.outcome) {
    case "REPLAY": {
      const replay = row.replay as EnrollOutcome;
      if (replay.section_id !== section.id) throw fail.invalid("idempotency_key", "This idempotency key was already used for a different section: use a new key for a new request.");
      return { enrollment: { ...replay, section: sectionSummary(section) }, replayed: true };
    }
    case "ENROLLED":
    case "WAITLISTED":
      return {
        enrollment: { id: row.id!, student_id: context.studentId, section_id: section.id, status: row.status as EnrollmentStatus, position: row.position!, created_at: row.created_at!, section: sectionSummary(section) },
        replayed: false,
      };
    case "PREREQUISITES":
      throw (admission.prerequisites as { error: unknown }).error;
    case "BLOCKED":
      throw enrollRefusal(section, { outcome: "BLOCKED", reason: admission.blocked! }, creditLimit);
    case "HOLD":
    case "APPOINTMENT":
      throw await studentBlockRefusal(context.sql, section, context.studentId, context.timeZone);
    case "SAME_SECTION":
      throw enrollRefusal(section, { outcome: "SAME_SECTION", status: row.status! }, creditLimit);
    case "SAME_COURSE":
      throw enrollRefusal(section, { outcome: "SAME_COURSE", status: row.status!, other: await facts.one(row.other!) }, creditLimit);
    case "TIME_CONFLICT":
      throw enrollRefusal(section, { outcome: "TIME_CONFLICT", other: await facts.current(row.other!) }, creditLimit);
    case "CREDIT_LIMIT":
      throw enrollRefusal(section, { outcome: "CREDIT_LIMIT", credits: row.credits ?? 0 }, creditLimit);
    case "CANCELLED":
      throw enrollRefusal(section, { outcome: "CANCELLED" }, creditLimit);
    case "FULL":
      throw enrollRefusal(section, { outcome: "FULL", capacity: row.capacity ?? 0, waitlisted: row.waitlisted ?? 0 }, creditLimit);
    default:
      throw new Error(`enroll_attempt answered ${row.outcome satisfies never}`);
  }
}
