// The registration pages' calls to the REST gateway: reads (terms, sections, the student's
// schedule) and the student's actions, whose answers (or refusals) become Outcomes shown in place.
import { randomUUID } from "node:crypto";
import { GatewayError, ok } from "../../gateway";
import type { Session } from "../../session";
import type { EnrollmentSection, MyEnrollment, MySchedule, Outcome, RegistrationSummary, ScheduleLoad, Section, Term } from "./model";

/** A fresh key for one rendered Add button: a double submit of that button reuses it. */
export function newIdempotencyKey(): string {
  return randomUUID();
}

/** Only keys the view itself could have made are forwarded. */
function cleanKey(value: unknown): string {
  return typeof value === "string" && /^[A-Za-z0-9-]{8,64}$/.test(value) ? value : randomUUID();
}

/** Failures the student can do something about are shown in place; sign-in and bugs propagate. */
function refusal(error: unknown, fallback: string): Outcome {
  if (!(error instanceof GatewayError) || error.status === 401) throw error;
  if (error.status === 503 || error.status === 504) return { kind: "error", text: `${fallback} EduStream is busy or briefly unavailable: nothing was changed. Try again in a moment.` };
  if (error.status >= 500) throw error;
  return { kind: "error", text: error.message };
}

/** The section as it stands after the student's change, from the action's own answer (no second read). */
export interface SectionAfter {
  section: Section;
  term: Term;
  /** The student's place in the section now (none after a drop). */
  enrollment?: Pick<MyEnrollment, "id" | "status" | "position">;
  load: ScheduleLoad;
}

/** What a click did: the message (once the caller knows the section's name) and, when it succeeded, the section after it. */
export interface ActionResult {
  outcomeFor: (label: string) => Outcome;
  after?: SectionAfter;
}

type ActionAnswer = { enrollment: { id: string; status: MyEnrollment["status"]; position?: number; section: EnrollmentSection | null }; summary: RegistrationSummary };

/** A section card's data from the enrollment node's answer: the section, its summary and the student's place (undefined when a part is missing). */
function cardOf(part: EnrollmentSection | null, summary: RegistrationSummary | null, place?: SectionAfter["enrollment"]): SectionAfter | undefined {
  if (!part || !summary?.seats || !summary.window || !summary.schedule) return undefined;
  const { seats, window, schedule } = summary;
  const section: Section = {
    ...part,
    term_code: window.code,
    term_name: window.name,
    instructor_id: "",
    capacity: seats.capacity,
    enrolled: seats.enrolled,
    waitlisted: seats.waitlisted,
    status: seats.cancelled ? "CANCELLED" : "ACTIVE",
  };
  return { section, term: window, enrollment: place, load: { ...schedule, term_name: window.name } };
}

/** The card's data from an Enroll or Drop answer: its section, and the summary read in the same request. */
function sectionAfter(answer: ActionAnswer, holds: boolean): SectionAfter | undefined {
  const { enrollment } = answer;
  return cardOf(enrollment.section, answer.summary, holds ? { id: enrollment.id, status: enrollment.status, position: enrollment.position ?? 0 } : undefined);
}

/** Enrolls the student (or puts them on the waitlist when `waitlist` allows it): one gateway request. */
export async function enrollInSection(session: Session, input: { sectionId: string; waitlist: boolean; idempotencyKey: unknown }): Promise<ActionResult> {
  try {
    const result = await ok(session.gateway.enrollments.post({ section_id: input.sectionId, waitlist: input.waitlist }, { headers: { "idempotency-key": cleanKey(input.idempotencyKey) } }));
    const after = sectionAfter(result, true);
    if (result.enrollment.status === "WAITLISTED") {
      const position = "position" in result.enrollment ? result.enrollment.position : 0;
      return { after, outcomeFor: (label) => ({ kind: "info", text: `${label} is full: you are number ${position} on its waitlist. If a seat frees up, you get it automatically.` }) };
    }
    return { after, outcomeFor: (label) => ({ kind: "success", text: `You are enrolled in ${label}.` }) };
  } catch (error) {
    const outcome = refusal(error, "The section was not added.");
    return { outcomeFor: () => outcome };
  }
}

/** Drops the enrollment, withdraws from it (after the add/drop deadline, when `withdraw` confirms it), or leaves the waitlist: one gateway request. */
export async function dropEnrollment(session: Session, input: { enrollmentId: string; waitlisted: boolean; withdraw?: boolean }): Promise<ActionResult> {
  try {
    const result = await ok(session.gateway.enrollments({ id: input.enrollmentId }).delete(undefined, { query: input.withdraw ? { withdraw: true } : {} }));
    const after = result.enrollment && result.summary ? sectionAfter({ enrollment: result.enrollment, summary: result.summary }, false) : undefined;
    if (result.enrollment?.status === "WITHDRAWN") return { after, outcomeFor: (label) => ({ kind: "success", text: `You withdrew from ${label}: it shows as W on your transcript and does not count in your GPA.` }) };
    return { after, outcomeFor: (label) => ({ kind: "success", text: input.waitlisted ? `You left the waitlist of ${label}.` : `You dropped ${label}.` }) };
  } catch (error) {
    const outcome = refusal(error, "Nothing was dropped.");
    return { outcomeFor: () => outcome };
  }
}

/** The student's enrollments and waitlist places in a term (each with its section). */
export async function loadMySchedule(session: Session, termId?: string): Promise<MySchedule> {
  const schedule = await ok(session.gateway.me.enrollments.get({ query: termId ? { term: termId } : {} }));
  return { ...schedule, enrollments: schedule.enrollments.flatMap((e) => (e.section ? [{ ...e, section: e.section }] : [])) };
}

/** For students: their enrollment per section id in the term; for everyone else, none. */
export async function myEnrollmentsBySection(session: Session, termId: string | undefined): Promise<Map<string, MyEnrollment>> {
  if (session.claims?.role !== "STUDENT" || !termId) return new Map();
  const schedule = await loadMySchedule(session, termId);
  return new Map(schedule.enrollments.filter((e) => e.status === "ENROLLED" || e.status === "WAITLISTED").map((e) => [e.section_id, e]));
}

/** All terms, newest first. */
export async function loadTerms(session: Session): Promise<Term[]> {
  return (await ok(session.gateway.terms.get())).terms;
}

/** One section (NOT_FOUND when the gateway answers none). */
export async function loadSection(session: Session, sectionId: string): Promise<Section> {
  const { section } = await ok(session.gateway.sections({ id: sectionId }).get());
  if (!section) throw new GatewayError(404, "NOT_FOUND", "The section was not found.");
  return section;
}

/**
 * One section with its term and the signed-in student's place in it. A student's comes in one
 * gateway request (their registration summary of the section); anyone else's in three.
 */
export async function loadSectionContext(session: Session, sectionId: string): Promise<{ section: Section; term?: Term; enrollment?: SectionAfter["enrollment"] }> {
  if (session.claims?.role === "STUDENT") {
    const answer = await ok(session.gateway.sections({ id: sectionId }).registration.get());
    const place = answer.enrollment ? { id: answer.enrollment.id, status: answer.enrollment.status, position: answer.enrollment.position } : undefined;
    const card = cardOf(answer.section, answer.summary, place);
    if (card) return { section: card.section, term: card.term, enrollment: card.enrollment };
  }
  const section = await loadSection(session, sectionId);
  const [terms, mine] = await Promise.all([loadTerms(session), myEnrollmentsBySection(session, section.term_id)]);
  return { section, term: terms.find((t) => t.id === section.term_id), enrollment: mine.get(section.id) };
}
