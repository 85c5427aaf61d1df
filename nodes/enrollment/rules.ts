import { describeMeetings, firstOverlap } from "../shared/schedule";
import type { SectionFacts } from "./section-facts";
import { plural } from "../shared/plural";
import { endOfLocalDay, formatDate, formatDateTime } from "../shared/university-time";

/** Why a student may not hold a seat, and what they can do about it. */
export interface ScheduleProblem {
  kind: "time_conflict" | "credit_limit";
  reason: string;
  remedy: string;
}

/** Why a student may not hold a seat in `section` next to the sections they hold (and how to fix it), or undefined when they may. */
export function scheduleProblem(section: SectionFacts, enrolledSections: readonly SectionFacts[], creditLimit: number): ScheduleProblem | undefined {
  for (const other of enrolledSections) {
    if (other.id === section.id) continue;
    const overlap = firstOverlap(section.meetings, other.meetings);
    if (overlap) {
      return {
        kind: "time_conflict",
        reason: timeConflict(section, other),
        remedy: `Drop ${other.label} to be eligible: a seat that is open then is yours at once. Or leave this waitlist.`,
      };
    }
  }
  const credits = creditTotal(enrolledSections.filter((s) => s.id !== section.id)) + section.credits;
  if (credits > creditLimit) {
    return {
      kind: "credit_limit",
      reason: `Credit limit: adding ${section.label} (${plural(section.credits, "credit")}) would bring you to ${plural(credits, "credit")} this term; the limit is ${creditLimit}.`,
      remedy: `Drop sections worth at least ${plural(credits - creditLimit, "credit")} to be eligible: a seat that is open then is yours at once. Or leave this waitlist.`,
    };
  }
  return undefined;
}

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

/** "Time conflict: CS 101-001 meets Mon, Wed 09:00–09:50, when you have MATH 101-002 (Mon, Wed, Fri 09:30–10:20)." */
export function timeConflict(section: Pick<SectionFacts, "label" | "meetings">, other: Pick<SectionFacts, "label" | "meetings"> | undefined): string {
  const theirs = other ? `${other.label} (${describeMeetings(other.meetings)})` : "another section at that time";
  return `Time conflict: ${section.label} meets ${describeMeetings(section.meetings)}, when you have ${theirs}.`;
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
