// What a student's registration page shows after a change (Enroll, Drop): the section's seats,
// the student's load in the term and the term's registration window, read in the same gRPC
// request once the change committed, so a page re-renders without asking again.
import type postgres from "postgres";
import { AppError } from "../shared/errors";
import type { RegistrationSummary } from "../generated/proto/edustream/enrollment/v1/RegistrationSummary";
import { registrationWindow } from "./rules";
import type { SectionFacts } from "./section-facts";

/** One statement: the section's seat counters and the student's enrolled credits and held sections in its term. */
interface SummaryRow {
  capacity: number;
  enrolled: number;
  waitlisted: number;
  enrolled_credits: number;
  enrolled_sections: number;
  waitlisted_sections: number;
}

/** The summary of `section` for `studentId` now (after their change committed). */
export async function registrationSummary(sql: postgres.Sql, section: SectionFacts, studentId: string, creditLimit: number, now = Date.now()): Promise<RegistrationSummary> {
  const [row] = await sql<SummaryRow[]>`
    select s.capacity, s.enrolled, s.waitlisted, held.enrolled_credits, held.enrolled_sections, held.waitlisted_sections
    from section_seats s,
         lateral (select coalesce(sum(e.credits) filter (where e.status = 'ENROLLED'), 0)::int as enrolled_credits,
                         (count(*) filter (where e.status = 'ENROLLED'))::int as enrolled_sections,
                         (count(*) filter (where e.status = 'WAITLISTED'))::int as waitlisted_sections
                  from enrollments e
                  where e.student_id = ${studentId} and e.term_id = ${section.termId} and e.status in ('ENROLLED', 'WAITLISTED')) held
    where s.section_id = ${section.id}`;
  // Every section has its seat row: none means the connection was cut while the statement ran.
  if (!row) throw new AppError("UNAVAILABLE", "The database is not reachable right now. Please try again in a moment.");
  const seats = row;
  return {
    seats: {
      section_id: section.id,
      capacity: seats.capacity,
      enrolled: seats.enrolled,
      available: Math.max(0, seats.capacity - seats.enrolled),
      waitlisted: seats.waitlisted,
      cancelled: section.cancelled,
    },
    schedule: {
      term_id: section.termId,
      enrolled_credits: seats.enrolled_credits,
      credit_limit: creditLimit,
      enrolled_sections: seats.enrolled_sections,
      waitlisted_sections: seats.waitlisted_sections,
    },
    window: {
      id: section.termId,
      code: section.termCode,
      name: section.termName,
      starts_on: section.termStartsOn,
      ends_on: section.termEndsOn,
      registration_opens_at: section.registrationOpensAt.toISOString(),
      registration_closes_at: section.registrationClosesAt.toISOString(),
      add_drop_deadline: section.addDropDeadline.toISOString(),
      registration_open: registrationWindow(section, now) === "open",
    },
  };
}

/** The student's place in a section (enrolled, or waitlisted with its position), if they hold one. */
async function placeIn(sql: postgres.Sql, sectionId: string, studentId: string) {
  const [row] = await sql<Array<{ id: string; status: "ENROLLED" | "WAITLISTED"; created_at: Date; position: number }>>`
    select e.id, e.status, e.created_at,
           case when e.status = 'WAITLISTED'
                then (select count(*)::int + 1 from enrollments w where w.section_id = e.section_id and w.status = 'WAITLISTED' and w.waitlist_seq < e.waitlist_seq)
                else 0 end as position
    from enrollments e
    where e.section_id = ${sectionId} and e.student_id = ${studentId} and e.status in ('ENROLLED', 'WAITLISTED')`;
  return row ? { id: row.id, student_id: studentId, section_id: sectionId, status: row.status, position: row.position, created_at: new Date(row.created_at).toISOString() } : undefined;
}

/** The student's place in `section` and its summary, read together: what their page shows of it before a click. */
export async function studentPlaceAndSummary(sql: postgres.Sql, section: SectionFacts, studentId: string, creditLimit: number) {
  const [enrollment, summary] = await Promise.all([placeIn(sql, section.id, studentId), registrationSummary(sql, section, studentId, creditLimit)]);
  return { enrollment, summary };
}
