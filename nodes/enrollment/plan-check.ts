// "Check my plan": every problem at once, decided by the rules Register will apply. The plan is
// registered for real inside a transaction that is then rolled back (a dry run): enroll_attempt
// for each section in the plan's order, so conflicts inside the plan and with the schedule, the
// credit limit over the plan, another section of the same course, cancelled and full sections
// (with the waitlist place it would be) come from the one place that decides them when the
// student registers. What needs no lock (the window, student-wide blocks, prerequisites) comes
// from admission.ts, reported beside the rest instead of stopping it.
import type postgres from "postgres";
import { AppError } from "../shared/errors";
import type { Admission, AdmissionChecker } from "./admission";
import { enrollAnswer, enrollAttempt } from "./enroll-attempt";
import { lockSection, lockStudent } from "./locks";
import type { EnrollAttemptRow } from "./registration-sql";
import type { SectionFacts, SectionFactsCache } from "./section-facts";
import type { Caller } from "./service";
import type { Waitlist } from "./waitlist";
import { planWords } from "./wording";
import { problemRefusal, studentRegistrationProblems } from "./student-problems";
import { registerOutcome } from "./plan";

/** Thrown to roll the dry run back, carrying what it found. */
class DryRun extends Error {
  constructor(readonly rows: Array<{ row: EnrollAttemptRow; passedOver?: string }>) {
    super("dry run");
  }
}

/** The verdict on one section of the plan. */
interface SectionCheck {
  section_id: string;
  /** What Register would do now: ENROLLED, WAITLISTED or REFUSED. */
  would: ReturnType<typeof registerOutcome>;
  position: number;
  /** The student already holds this section (enrolled, or on its waitlist). */
  held: boolean;
  problems: string[];
}

/**
 * Checks a plan's sections for the calling student: per section what Register would do and every
 * problem with it; problems of the whole plan (the window, student-wide blocks) once.
 */
export async function checkPlan(
  sql: postgres.Sql,
  input: { caller: Caller; sections: SectionFacts[]; admit: AdmissionChecker; waitlist: Waitlist; facts: SectionFactsCache; timeZone: string },
): Promise<{ sections: SectionCheck[]; problems: string[]; ready: boolean }> {
  const { caller, sections, admit, waitlist, facts, timeZone } = input;
  const studentId = caller.claims.sub;
  const admissions = await Promise.all(sections.map((section) => admit(section, { ignoreBlocked: true })));
  const planProblems = new Set<string>();
  // Holds and the registration appointment: the student's, said once (student-problems.ts words them).
  if (sections.length) {
    const block = problemRefusal(sections[0]!, await studentRegistrationProblems(sql, studentId, sections[0]!.termId), timeZone);
    if (block) planProblems.add(block.message);
  }
  const dry = sections.length ? await dryRun(sql, studentId, sections, admissions, waitlist) : [];
  const checks: SectionCheck[] = [];
  for (const [i, section] of sections.entries()) {
    const { row, passedOver } = dry[i]!;
    const admission = admissions[i]!;
    // Blocked for everyone (the window, a hold) is the plan's problem, said once; cancelled is the section's.
    if (admission.blocked && !section.cancelled) planProblems.add(admission.blocked);
    const problems: string[] = [];
    const held = row.outcome === "SAME_SECTION" && (row.status === "ENROLLED" || row.status === "WAITLISTED");
    let would: "ENROLLED" | "WAITLISTED" | "REFUSED" = row.outcome === "ENROLLED" ? "ENROLLED" : row.outcome === "WAITLISTED" ? "WAITLISTED" : "REFUSED";
    if (held) would = row.status as "ENROLLED" | "WAITLISTED";
    else if (would === "REFUSED" && row.outcome !== "PREREQUISITES") problems.push(await refusalWords(row, { sql, timeZone, studentId, section, facts, creditLimit: waitlist.creditLimit }));
    if (row.outcome === "WAITLISTED") problems.push(planWords.full(section, row.position ?? 0));
    if (passedOver) problems.push(planWords.passedOver(passedOver));
    if (!held && !admission.prerequisites.ok) {
      const error = admission.prerequisites.error;
      problems.push(error instanceof AppError && error.status === "FAILED_PRECONDITION" ? error.message : planWords.prerequisitesUnknown);
      if (would !== "REFUSED") would = "REFUSED";
    }
    checks.push({ section_id: section.id, would: registerOutcome(would), position: would === "WAITLISTED" ? (row.position ?? 0) : 0, held, problems });
  }
  const problems = [...planProblems];
  return { sections: checks, problems, ready: problems.length === 0 && checks.every((c) => c.problems.length === 0) };
}

/** The refusal's words, as Enroll would say them. */
async function refusalWords(row: EnrollAttemptRow, context: { sql: postgres.Sql; timeZone: string; studentId: string; section: SectionFacts; facts: SectionFactsCache; creditLimit: number }): Promise<string> {
  try {
    await enrollAnswer(row, { ...context, admission: { prerequisites: { ok: true } } });
  } catch (error) {
    if (error instanceof AppError) return error.message;
    throw error;
  }
  return "";
}

/**
 * Registers the plan inside a transaction and rolls it back. Every section's lock is taken first
 * (in id order, like every transaction over several sections), then the student's, so the run
 * waits for nobody once it starts and deadlocks with nobody. The window and the student's holds
 * and appointment are reported by the caller, once: inside the run they are set aside (a blocking
 * hold made not blocking, the appointment moved to the past: rolled back with the rest) so every
 * other rule is asked. A waitlisted result is asked the waitlist rule too.
 */
async function dryRun(sql: postgres.Sql, studentId: string, sections: SectionFacts[], admissions: Admission[], waitlist: Waitlist) {
  try {
    await sql.begin(async (tx) => {
      for (const id of sections.map((s) => s.id).sort()) await lockSection(tx, id);
      await lockStudent(tx, studentId);
      await tx`update student_holds set blocks_registration = false where student_id = ${studentId} and lifted_at is null and blocks_registration`;
      await tx`
        insert into registration_appointments (student_id, term_id, group_id, starts_at)
        select ${studentId}, g.term_id, g.id, '-infinity' from appointment_groups g where g.term_id = ${sections[0]!.termId} limit 1
        on conflict (student_id, term_id) do update set starts_at = '-infinity'`;
      const rows: Array<{ row: EnrollAttemptRow; passedOver?: string }> = [];
      for (const [i, section] of sections.entries()) {
        const admission = { prerequisites: admissions[i]!.prerequisites };
        const row = await enrollAttempt(tx, { studentId, section, creditLimit: waitlist.creditLimit, key: "", allowWaitlist: true, admission });
        rows.push({ row });
      }
      // A waitlist place with the whole plan held: would the student be passed over for a seat?
      for (const [i, entry] of rows.entries()) {
        if (entry.row.outcome === "WAITLISTED") entry.passedOver = (await waitlist.seatProblem(tx, sections[i]!, entry.row.id!))?.reason;
      }
      throw new DryRun(rows);
    });
  } catch (error) {
    if (error instanceof DryRun) return error.rows;
    throw error;
  }
  throw new Error("the dry run ended without its answer");
}
