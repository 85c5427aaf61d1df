// The registration rules about the student rather than the section (holds, the registration
// appointment), as enrolling and plan checks read them. They are decided in one place,
// db/courses/registration.sql (`student_registration_problems`, asked by `enroll_attempt` under
// the locks and by `registration_problems` for a check without enrolling), and worded in
// wording.ts; this module only reads them.
import type postgres from "postgres";
import type { AppError } from "../shared/errors";
import { holdMessage, type HoldRow } from "./holds";
import type { RegistrationProblemRow } from "./registration-sql";
import type { SectionFacts } from "./section-facts";
import { appointmentRefusal, holdRefusal, registrationChanged } from "./wording";

/** Every reason the student may not add in the term now: blocking holds (oldest first), then the appointment ahead. */
export function studentRegistrationProblems(sql: postgres.Sql, studentId: string, termId: string): Promise<RegistrationProblemRow[]> {
  return sql<RegistrationProblemRow[]>`select * from student_registration_problems(${studentId}::uuid, ${termId}::uuid, now())`;
}

/** Every reason the student may not add this section now (for checking a plan without enrolling). */
export function registrationProblems(sql: postgres.Sql, studentId: string, sectionId: string): Promise<RegistrationProblemRow[]> {
  return sql<RegistrationProblemRow[]>`select * from registration_problems(${studentId}::uuid, ${sectionId}::uuid)`;
}

/** The refusal of each problem kind, worded: all blocking holds in one, else the appointment. */
export function problemRefusal(section: Pick<SectionFacts, "termName" | "registrationClosesAt">, problems: readonly RegistrationProblemRow[], timeZone: string): AppError | undefined {
  const holds = problems.filter((p) => p.problem === "HOLD");
  if (holds.length) return holdRefusal(holds.map((h) => ({ kind: h.kind ?? "", reason: h.reason ?? "", contact: h.contact ?? "" })));
  const appointment = problems.find((p) => p.problem === "APPOINTMENT");
  return appointment ? appointmentRefusal(section, new Date(appointment.at), timeZone) : undefined;
}

/** The refusal of an enroll that `enroll_attempt` answered HOLD or APPOINTMENT (read again for the words). */
export async function studentBlockRefusal(sql: postgres.Sql, section: SectionFacts, studentId: string, timeZone: string): Promise<AppError> {
  const refusal = problemRefusal(section, await studentRegistrationProblems(sql, studentId, section.termId), timeZone);
  // Lifted or moved between the two reads: nothing was taken, so trying again is safe.
  return refusal ?? registrationChanged();
}

/** What the student's dashboard shows beside the schedule: their holds in force (every kind) and their appointment in the term. */
export async function studentRegistrationStatus(sql: postgres.Sql, studentId: string, termId: string) {
  const [holds, [appointment]] = await Promise.all([
    sql<HoldRow[]>`select * from student_holds where student_id = ${studentId} and lifted_at is null order by placed_at, id`,
    sql<Array<{ at: Date | null }>>`select registration_appointment_at(${studentId}::uuid, ${termId}::uuid) as at`,
  ]);
  return { holds: holds.map(holdMessage), appointment_at: appointment?.at ? new Date(appointment.at).toISOString() : "" };
}
