// Shapes of the REST gateway's registration answers as the pages read them, and the small
// formatting rules every registration page shares (meeting times, seats, local return paths).

import { parseClock, type MeetingText } from "../../../shared/schedule";
import type { SectionView } from "../../../shared/section-view";
import { plural } from "../../../shared/plural";

export type Meeting = MeetingText;

export interface Term {
  id: string;
  code: string;
  name: string;
  registration_opens_at: string;
  registration_closes_at: string;
  add_drop_deadline: string;
  registration_open: boolean;
}

export type Section = SectionView;

export interface CourseRef {
  id: string;
  code: string;
  title: string;
}

export interface Course {
  id: string;
  code: string;
  title: string;
  description: string;
  credits: number;
  department: string;
  prerequisites: CourseRef[];
  sections: Section[];
}

export interface Department {
  code: string;
  name: string;
}

export interface SearchResult {
  courses: Course[];
  next_page_token: string;
  total_size: number;
  term?: Term;
}

export type EnrollmentStatus = "ENROLLED" | "WAITLISTED" | "DROPPED" | "CANCELLED";

export interface MyEnrollment {
  id: string;
  section_id: string;
  status: EnrollmentStatus;
  position: number;
  section: {
    id: string;
    code: string;
    course_id: string;
    course_code: string;
    course_title: string;
    credits: number;
    term_id: string;
    room: string;
    instructor_name: string;
    meetings: Meeting[];
    cancelled: boolean;
  };
}

export interface MySchedule {
  enrollments: MyEnrollment[];
  enrolled_credits: number;
  term_id: string;
}

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

/** Date and time in words for deadlines: "Fri, 12 Sep 2026, 17:00". */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString("en-GB", { weekday: "short", day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" }) + " UTC";
}

/** Whether dropping is still possible in the term (the service has the last word). */
export function dropOpen(term: Term | undefined, now = Date.now()): boolean {
  if (!term) return false;
  const deadline = new Date(term.add_drop_deadline).getTime();
  return Number.isNaN(deadline) ? term.registration_open : now < deadline;
}
