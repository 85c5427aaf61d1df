// Shapes of the REST gateway's registration answers as the pages read them, and the small
// formatting rules every registration page shares (meeting times, seats, local return paths).

import { parseClock, type MeetingText } from "../../../shared/schedule";
import { plural } from "../../../shared/plural";
import { endOfLocalDay } from "../../../shared/university-time";
import type { Answer, GatewayApi } from "../../gateway";

export type Meeting = MeetingText;

/** A term with its registration window and add/drop deadline (GET /terms). */
export type Term = Answer<GatewayApi["terms"]["get"]>["terms"][number];

/** A course with its prerequisites and its sections in a term (GET /courses). */
export type Course = Answer<GatewayApi["courses"]["get"]>["courses"][number];

/** A class section with its course, term, instructor, weekly meetings, seats and waitlist length. */
export type Section = Course["sections"][number];

export type CourseRef = Course["prerequisites"][number];

export type Department = Answer<GatewayApi["departments"]["get"]>["departments"][number];

/** A page of catalog search results, in the term searched (GET /courses). */
export type SearchResult = Answer<GatewayApi["courses"]["get"]>;

/** The student's schedule in a term (GET /me/enrollments), enrollments with their sections. */
export type MySchedule = Omit<Answer<GatewayApi["me"]["enrollments"]["get"]>, "enrollments"> & { enrollments: MyEnrollment[] };

type ScheduleEntry = Answer<GatewayApi["me"]["enrollments"]["get"]>["enrollments"][number];

/** The section an enrollment names (on schedules and in Enroll and Drop answers). */
export type EnrollmentSection = NonNullable<ScheduleEntry["section"]>;

/** One of the student's enrollments or waitlist places, with its section. */
export type MyEnrollment = ScheduleEntry & { section: EnrollmentSection };

export type EnrollmentStatus = MyEnrollment["status"];

/** What Enroll and Drop answer beside the enrollment, read after the change: seats, the student's load, the term's window. */
export type RegistrationSummary = Answer<GatewayApi["enrollments"]["post"]>["summary"];

/** The student's sections and credits in a term, as a section card sums them up after a click. */
export type ScheduleLoad = NonNullable<RegistrationSummary["schedule"]> & { term_name: string };

/** What happened after a click, shown in place and announced to screen readers. */
export interface Outcome {
  kind: "success" | "info" | "error";
  text: string;
}

/** "HH:MM" (as the APIs write it) → minutes after midnight (0 when malformed). */
export function minutesOf(clock: string): number {
  return parseClock(clock) ?? 0;
}

/** Seats and waitlist in words: "3 of 30 seats left", "Full · 4 on the waitlist". */
export function describeSeats(section: Pick<Section, "capacity" | "enrolled" | "waitlisted" | "status">): string {
  if (section.status === "CANCELLED") return "Cancelled";
  const left = Math.max(0, section.capacity - section.enrolled);
  const waitlist = section.waitlisted > 0 ? ` · ${section.waitlisted} on the waitlist` : "";
  return left > 0 ? `${left} of ${plural(section.capacity, "seat")} left${waitlist}` : `Full (${plural(section.capacity, "seat")})${waitlist || " · waitlist empty"}`;
}

/** "CS 101-001": how a section is named to people. */
export function sectionLabel(section: { course_code: string; code: string }): string {
  return `${section.course_code}-${section.code}`;
}

/** A same-site path to come back to after a plain (non-htmx) form post; anything else → fallback. */
export function localPath(value: unknown, fallback: string): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\") || value.length > 1000) return fallback;
  try {
    const url = new URL(value, "http://view.invalid");
    return url.origin === "http://view.invalid" ? url.pathname + url.search : fallback;
  } catch {
    return fallback;
  }
}

/** The path and query of the current request (for "return here" links). */
export function requestPath(request: Request): string {
  const url = new URL(request.url);
  return url.pathname + url.search;
}

/** Builds a query string from non-empty values. */
export function queryString(values: Record<string, string | undefined>): string {
  const pairs = Object.entries(values).flatMap(([key, value]) => (value ? [`${encodeURIComponent(key)}=${encodeURIComponent(value)}`] : []));
  return pairs.length ? `?${pairs.join("&")}` : "";
}

/**
 * What leaving an enrolled section of the term means now (the service has the last word):
 * a drop before the add/drop deadline, a withdrawal (W) until the term's last day, then nothing.
 */
export function leavingRule(term: Term | undefined, timeZone: string, now = Date.now()): "drop" | "withdraw" | "closed" {
  if (!term) return "closed";
  if (dropOpen(term, now)) return "drop";
  const after = endOfLocalDay(term.ends_on, timeZone);
  return !after || now < after.getTime() ? "withdraw" : "closed";
}

/** Whether dropping is still possible in the term (the service has the last word). */
export function dropOpen(term: Term | undefined, now = Date.now()): boolean {
  if (!term) return false;
  const deadline = new Date(term.add_drop_deadline).getTime();
  return Number.isNaN(deadline) ? term.registration_open : now < deadline;
}

/** A waitlisted student passed over for an open seat, as the admin's answer names them (PATCH /sections/{id}). */
export type SkippedStudent = NonNullable<Answer<ReturnType<GatewayApi["sections"]>["patch"]>["skipped"]>[number];

/** What a capacity change did to the waitlist, in words for the admin: who moved in, who was skipped and why. */
export function describeSeatOffer(result: { promoted: number; skipped?: SkippedStudent[] }): string {
  const moved = result.promoted ? ` ${plural(result.promoted, "waitlisted student")} ${result.promoted === 1 ? "was" : "were"} moved into the section.` : "";
  const skipped = result.skipped ?? [];
  if (!skipped.length) return moved;
  // The flash lives in a cookie: name a few, count the rest (the section's roster lists them all).
  const named = skipped.slice(0, 5).map((s) => `${s.name} (${s.username}, #${s.position}): ${s.reason}`);
  if (skipped.length > named.length) named.push(`and ${skipped.length - named.length} more (see the waitlist on the roster).`);
  return `${moved} Passed over for the new seats, keeping their place: ${named.join(" ")} They are told why on their schedule.`;
}
