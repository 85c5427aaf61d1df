// The registration pages' calls to the REST gateway: reads (terms, sections, the student's
// schedule) and the student's actions, whose answers (or refusals) become Outcomes shown in place.
import { randomUUID } from "node:crypto";
import { GatewayError } from "../../gateway";
import type { Session } from "../../session";
import type { MyEnrollment, MySchedule, Outcome, Section, Term } from "./model";

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

/**
 * Enrolls the student (or puts them on the waitlist when `waitlist` allows it). The answer
 * becomes a message once the caller knows the section's name.
 */
export async function enrollInSection(session: Session, input: { sectionId: string; waitlist: boolean; idempotencyKey: unknown }): Promise<(label: string) => Outcome> {
  try {
    const result = await session.api<{ enrollment: { id: string; status: string; position?: number } }>("/api/v1/enrollments", {
      method: "POST",
      body: { section_id: input.sectionId, waitlist: input.waitlist },
      headers: { "idempotency-key": cleanKey(input.idempotencyKey) },
    });
    if (result.enrollment.status === "WAITLISTED") {
      const position = result.enrollment.position ?? 0;
      return (label) => ({ kind: "info", text: `${label} is full: you are number ${position} on its waitlist. If a seat frees up, you get it automatically.` });
    }
    return (label) => ({ kind: "success", text: `You are enrolled in ${label}.` });
  } catch (error) {
    const outcome = refusal(error, "The section was not added.");
    return () => outcome;
  }
}

/** Drops the enrollment, withdraws from it (after the add/drop deadline, when `withdraw` confirms it), or leaves the waitlist. */
export async function dropEnrollment(session: Session, input: { enrollmentId: string; waitlisted: boolean; withdraw?: boolean }): Promise<(label: string) => Outcome> {
  try {
    const query = input.withdraw ? "?withdraw=true" : "";
    const { enrollment } = await session.api<{ enrollment: { status: string } }>(`/api/v1/enrollments/${encodeURIComponent(input.enrollmentId)}${query}`, { method: "DELETE" });
    if (enrollment.status === "WITHDRAWN") return (label) => ({ kind: "success", text: `You withdrew from ${label}: it shows as W on your transcript and does not count in your GPA.` });
    return (label) => ({ kind: "success", text: input.waitlisted ? `You left the waitlist of ${label}.` : `You dropped ${label}.` });
  } catch (error) {
    const outcome = refusal(error, "Nothing was dropped.");
    return () => outcome;
  }
}

/** The student's enrollments and waitlist places in a term. */
export function loadMySchedule(session: Session, termId?: string): Promise<MySchedule> {
  return session.api<MySchedule>(`/api/v1/me/enrollments${termId ? `?term=${encodeURIComponent(termId)}` : ""}`);
}

/** For students: their enrollment per section id in the term; for everyone else, none. */
export async function myEnrollmentsBySection(session: Session, termId: string | undefined): Promise<Map<string, MyEnrollment>> {
  if (session.claims?.role !== "STUDENT" || !termId) return new Map();
  const schedule = await loadMySchedule(session, termId);
  return new Map(schedule.enrollments.filter((e) => e.status === "ENROLLED" || e.status === "WAITLISTED").map((e) => [e.section_id, e]));
}

/** All terms, newest first. */
export async function loadTerms(session: Session): Promise<Term[]> {
  return (await session.api<{ terms: Term[] }>("/api/v1/terms")).terms;
}

/** One section with its term and the signed-in student's place in it. */
export async function loadSectionContext(session: Session, sectionId: string): Promise<{ section: Section; term?: Term; enrollment?: MyEnrollment }> {
  const { section } = await session.api<{ section: Section }>(`/api/v1/sections/${encodeURIComponent(sectionId)}`);
  const [terms, mine] = await Promise.all([loadTerms(session), myEnrollmentsBySection(session, section.term_id)]);
  return { section, term: terms.find((t) => t.id === section.term_id), enrollment: mine.get(section.id) };
}
