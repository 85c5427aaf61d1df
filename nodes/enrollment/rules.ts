import { describeMeetings, firstOverlap } from "../shared/schedule";
import type { SectionFacts } from "./section-facts";
import { plural } from "../shared/plural";

/** Why a student may not hold a seat in `section` next to the sections they hold, or undefined when they may. */
export function scheduleProblem(section: SectionFacts, enrolledSections: readonly SectionFacts[], creditLimit: number): string | undefined {
  for (const other of enrolledSections) {
    if (other.id === section.id) continue;
    const overlap = firstOverlap(section.meetings, other.meetings);
    if (overlap) return timeConflict(section, other);
  }
  const credits = creditTotal(enrolledSections.filter((s) => s.id !== section.id)) + section.credits;
  if (credits > creditLimit) {
    return `Credit limit: adding ${section.label} (${plural(section.credits, "credit")}) would bring you to ${plural(credits, "credit")} this term; the limit is ${creditLimit}.`;
  }
  return undefined;
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
