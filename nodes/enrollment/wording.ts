// Every sentence registration says about a refused enroll or a passed-over waitlist place. The
// rules are decided elsewhere (db/courses/registration.sql answers codes and data; rules.ts the
// window and prerequisites): this module only turns their answers into words, once.
import { AppError, fail } from "../shared/errors";
import { plural } from "../shared/plural";
import { describeMeetings } from "../shared/schedule";
import { holdKindLabel } from "../shared/registration-holds";
import { formatDateTime } from "../shared/university-time";
import { registrationWindow } from "./rules";
import type { SectionFacts } from "./section-facts";

type Section = Pick<SectionFacts, "label" | "meetings">;

/** Why a student may not hold a seat, and what they can do about it (a waitlist skip note). */
export interface SeatProblemWords {
  reason: string;
  remedy: string;
}

/** A problem answered by `seat_problem` (registration.sql). */
export type SeatProblem = { problem: "TIME_CONFLICT"; other: Section | undefined } | { problem: "CREDIT_LIMIT"; credits: number };

/** "Time conflict: CS 101-001 meets Mon, Wed 09:00–09:50, when you have MATH 101-002 (Mon, Wed, Fri 09:30–10:20)." */
export function timeConflict(section: Section, other: Section | undefined): string {
  const theirs = other ? `${other.label} (${describeMeetings(other.meetings)})` : "another section at that time";
  return `Time conflict: ${section.label} meets ${describeMeetings(section.meetings)}, when you have ${theirs}.`;
}

/** "Credit limit: adding CS 101-001 (4 credits) would bring you to 20 credits this term; the limit is 18." */
export function creditLimit(section: Pick<SectionFacts, "label" | "credits">, credits: number, limit: number): string {
  return `Credit limit: adding ${section.label} (${plural(section.credits, "credit")}) would bring you to ${plural(credits, "credit")} this term; the limit is ${limit}.`;
}

/** Why a waitlisted student is passed over for a seat now, and how to become eligible. */
export function seatProblemWords(section: Pick<SectionFacts, "label" | "meetings" | "credits">, answer: SeatProblem, limit: number): SeatProblemWords {
  if (answer.problem === "TIME_CONFLICT") {
    return {
      reason: timeConflict(section, answer.other),
      remedy: `Drop ${answer.other?.label ?? "the clashing section"} to be eligible: a seat that is open then is yours at once. Or leave this waitlist.`,
    };
  }
  return {
    reason: creditLimit(section, answer.credits, limit),
    remedy: `Drop sections worth at least ${plural(answer.credits - limit, "credit")} to be eligible: a seat that is open then is yours at once. Or leave this waitlist.`,
  };
}

/** Why nobody may enroll in the section now whatever they hold (cancelled, window shut), or undefined. */
export function blockedReason(section: SectionFacts, now: number, timeZone: string): string | undefined {
  if (section.cancelled) return cancelled(section);
  const window = registrationWindow(section, now);
  if (window === "before") return `Registration for ${section.termName} opens on ${formatDateTime(section.registrationOpensAt, timeZone)}.`;
  if (window === "closed") return `Registration for ${section.termName} closed on ${formatDateTime(section.registrationClosesAt, timeZone)}.`;
  return undefined;
}

/** The prerequisites a student has not passed. */
export function prerequisitesMissing(section: Pick<SectionFacts, "courseCode">, missing: ReadonlyArray<{ code: string }>): AppError {
  return fail.precondition(`${section.courseCode} requires ${missing.map((m) => m.code).join(" and ")}, passed with a passing grade: you have not passed ${missing.length === 1 ? "it" : "them"} yet.`);
}

const cancelled = (section: Pick<SectionFacts, "label">) => `${section.label} was cancelled.`;

/** What `enroll_attempt` answers when it refuses (registration.sql), with what the wording needs. */
export type EnrollRefusal =
  | { outcome: "BLOCKED"; reason: string }
  | { outcome: "SAME_SECTION"; status: string }
  | { outcome: "SAME_COURSE"; status: string; other: Pick<SectionFacts, "label"> | undefined }
  | { outcome: "TIME_CONFLICT"; other: Section | undefined }
  | { outcome: "CREDIT_LIMIT"; credits: number }
  | { outcome: "CANCELLED" }
  | { outcome: "FULL"; capacity: number; waitlisted: number };

/** The error a refused enroll answers (prerequisites are worded by `prerequisitesMissing`). */
export function enrollRefusal(section: SectionFacts, refusal: EnrollRefusal, limit: number): AppError {
  switch (refusal.outcome) {
    case "BLOCKED":
      return fail.precondition(refusal.reason);
    case "SAME_SECTION":
      if (refusal.status === "WITHDRAWN") return fail.precondition(`You withdrew from ${section.label} this term (a W on your transcript): a withdrawal is final for the term.`);
      return fail.exists(refusal.status === "ENROLLED" ? `You are already enrolled in ${section.label}.` : `You are already on the waitlist of ${section.label}.`, "section_id");
    case "SAME_COURSE": {
      const where = refusal.status === "ENROLLED" ? "enrolled in" : "on the waitlist of";
      return fail.exists(`You are already ${where} ${refusal.other?.label ?? "a section"}, another section of ${section.courseCode}: drop it first to switch sections.`, "section_id");
    }
    case "TIME_CONFLICT":
      return fail.precondition(timeConflict(section, refusal.other));
    case "CREDIT_LIMIT":
      return fail.precondition(creditLimit(section, refusal.credits, limit));
    case "CANCELLED":
      return fail.precondition(cancelled(section));
    case "FULL":
      return fail.precondition(`${section.label} is full (${refusal.capacity} of ${plural(refusal.capacity, "seat")} taken, ${refusal.waitlisted} on the waitlist).`);
  }
}

/** Calendar subscriptions: who may manage them, and the answers a calendar app may get. */
export const calendarWords = {
  studentsOnly: "Only students have a calendar of their sections.",
  feed: "The calendar subscription",
  throttled: (limit: number) => `This calendar subscription was fetched more than ${limit} times in the last hour. Calendar apps need it a few times a day: try again later.`,
};

/** A blocking hold as the refusal names it. */
export interface HoldWords {
  kind: string;
  reason: string;
  contact: string;
}

/**
 * "You have a Financial hold on your record (Unpaid balance): you cannot add sections or join
 * waitlists until it is lifted. Contact Bursar's Office, bursar@example.edu." Several holds are
 * each named with their contact. Dropping is never held.
 */
export function holdRefusal(holds: readonly HoldWords[]): AppError {
  const named = holds.map((h) => `${holdKindLabel(h.kind)} (${h.reason}): contact ${h.contact}`);
  const message =
    holds.length === 1
      ? `You have a ${holdKindLabel(holds[0]!.kind).toLowerCase()} on your record (${holds[0]!.reason}): you cannot add sections or join waitlists until it is lifted. Contact ${holds[0]!.contact}. You can still drop sections.`
      : `You have ${holds.length} holds on your record that stop you from adding sections or joining waitlists until they are lifted: ${named.join("; ")}. You can still drop sections.`;
  return fail.precondition(message);
}

/** "Your registration appointment for Fall 2026 starts on Mon, 3 Aug 2026, 08:00 (in 2 days): …" */
export function appointmentRefusal(section: Pick<SectionFacts, "termName" | "registrationClosesAt">, startsAt: Date, timeZone: string): AppError {
  return fail.precondition(
    `Your registration appointment for ${section.termName} starts on ${formatDateTime(startsAt, timeZone)}: you can add sections and join waitlists from then until registration closes on ${formatDateTime(section.registrationClosesAt, timeZone)}.`,
  );
}

/** A hold lifted or an appointment moved while the refused enroll was being worded: nothing was taken. */
export function registrationChanged(): AppError {
  return new AppError("ABORTED", "Your holds or registration appointment changed while you were adding this section: please try again.");
}
// ---- Swaps ("drop A only if B") and plans ----

/** A waitlisted student who asked to drop `fromLabel` when promoted into `section`, when it can no longer be dropped. */
export function swapCannotDrop(section: Pick<SectionFacts, "label">, fromLabel: string, why: string): SeatProblemWords {
  return {
    reason: `You asked to drop ${fromLabel} when you get a seat in ${section.label}, but ${fromLabel} can no longer be dropped${why ? `: ${why}` : "."}`,
    remedy: `Leave this waitlist, or ask the registrar.`,
  };
}

/** A swap refused: why, and that nothing changed. */
export function swapRefused(from: Pick<SectionFacts, "label">, why: string): string {
  return `${why} Nothing changed: you keep ${from.label}.`;
}

/** The refusals of a swap before any rule is asked. */
export const swapWords = {
  notEnrolled: (from: Pick<SectionFacts, "label">) => `You are not enrolled in ${from.label}: only a section you hold can be swapped.`,
  sameSection: (from: Pick<SectionFacts, "label">) => `${from.label} is the section you would leave: choose another section to swap into.`,
  otherTerm: (from: Pick<SectionFacts, "label" | "termName">) => `A swap stays within one term: choose a section of ${from.termName} to swap ${from.label} for.`,
  afterDeadline: (from: Pick<SectionFacts, "label" | "termName">) =>
    `The add/drop deadline of ${from.termName} has passed: leaving ${from.label} now is a withdrawal (W), so it cannot be swapped. Withdraw from it on your schedule first if you mean to.`,
};

/** The words of a plan's check and Register. */
export const planWords = {
  full: (section: Pick<SectionFacts, "label">, position: number) => `${section.label} is full: you would join its waitlist as number ${position}.`,
  passedOver: (reason: string) => `If a seat opens you would be passed over as things stand. ${reason}`,
  prerequisitesUnknown: "Your prerequisites could not be checked just now (the grades service did not answer): they are checked again when you register.",
  empty: (termName: string) => `Your plan for ${termName} is empty: add sections from the catalog first.`,
  planFull: (limit: number) => `A plan holds at most ${limit} sections: remove one first.`,
  alreadyPlanned: (section: Pick<SectionFacts, "label">) => `${section.label} is already in your plan.`,
  cancelled: (section: Pick<SectionFacts, "label">) => `${section.label} was cancelled: it cannot be planned.`,
};
