// Registration rules decided in TypeScript: those that need no lock and no rows (the window, the
// prerequisites against the grades service's answer, what leaving a section means now). The rules
// over what a student holds are decided in db/courses/registration.sql.
import type { SectionFacts } from "./section-facts";
import { endOfLocalDay, formatDate, formatDateTime } from "../shared/university-time";

/** What leaving an enrolled section means at `now`: a drop, a withdrawal (W), or refused with the reason (times in `timeZone`). */
export function leavingEnrolled(
  section: Pick<SectionFacts, "label" | "termName" | "addDropDeadline" | "termEndsOn">,
  state: { now: number; gradesReleasedAt: Date | null; withdrawConfirmed: boolean },
  timeZone: string,
): { kind: "DROPPED" | "WITHDRAWN" } | { kind: "REFUSED"; field?: string; message: string } {
  if (state.gradesReleasedAt) {
    return { kind: "REFUSED", message: `Grades for ${section.label} were released on ${formatDateTime(state.gradesReleasedAt, timeZone)}: its roster is final and it can no longer be dropped or withdrawn from.` };
  }
  if (state.now < section.addDropDeadline.getTime()) return { kind: "DROPPED" };
  const termOver = endOfLocalDay(section.termEndsOn, timeZone);
  if (termOver && state.now >= termOver.getTime()) {
    return { kind: "REFUSED", message: `${section.termName} ended on ${formatDate(`${section.termEndsOn}T12:00:00Z`, "UTC")}: ${section.label} can no longer be withdrawn from. Ask the registrar.` };
  }
  if (!state.withdrawConfirmed) {
    return {
      kind: "REFUSED",
      field: "withdraw",
      message: `The add/drop deadline for ${section.termName} passed on ${formatDateTime(section.addDropDeadline, timeZone)}: leaving ${section.label} now is a withdrawal, recorded as W on your transcript (no grade points, no credits). Confirm it with withdraw=true.`,
    };
  }
  return { kind: "WITHDRAWN" };
}

/** Sum of the credits of some sections. */
export function creditTotal(sections: readonly Pick<SectionFacts, "credits">[]): number {
  return sections.reduce((sum, s) => sum + s.credits, 0);
}

/** The prerequisites of a section's course that the student has not passed. */
export function missingPrerequisites(section: Pick<SectionFacts, "prerequisites">, passedCourseIds: ReadonlySet<string>) {
  return section.prerequisites.filter((p) => !passedCourseIds.has(p.id));
}

/** Where `now` falls in a term's registration window. */
export function registrationWindow(section: Pick<SectionFacts, "registrationOpensAt" | "registrationClosesAt">, now: number): "before" | "open" | "closed" {
  if (now < section.registrationOpensAt.getTime()) return "before";
  return now < section.registrationClosesAt.getTime() ? "open" : "closed";
}
