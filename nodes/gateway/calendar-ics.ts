// A student's classes as iCalendar, written by ical-generator (never by hand): one weekly event
// per meeting from its first day in the term to the term's last day, in the university's zone
// (DTSTART with TZID and the zone's VTIMEZONE, so summer time moves nothing on the wall clock).
import ical, { ICalCalendarMethod, ICalEventRepeatingFreq } from "ical-generator";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { createHash } from "node:crypto";
import type { CalendarTerm } from "../generated/proto/edustream/enrollment/v1/CalendarTerm";
import { endOfLocalDay } from "../shared/university-time";

// Temporal is built into Bun; TypeScript 5 has no types for it yet: the little this file uses.
interface PlainDate {
  readonly dayOfWeek: number;
  add(duration: { days: number }): PlainDate;
  toPlainDateTime(time: string): PlainDateTime;
  toString(): string;
}
interface PlainDateTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  toPlainDate(): PlainDate;
  toZonedDateTime(timeZone: string): never;
  toJSON(): string;
  toString(): string;
}
declare const Temporal: { PlainDate: { from(text: string): PlainDate } };

/** ISO weekday numbers (Monday 1) of the meeting days the catalog stores. */
const WEEKDAY: Record<string, number> = { MON: 1, TUE: 2, WED: 3, THU: 4, FRI: 5, SAT: 6, SUN: 7 };

export interface ScheduleCalendar {
  /** The iCalendar text. */
  body: string;
  /** A strong entity tag of the text (what If-None-Match names). */
  etag: string;
}

export interface CalendarOptions {
  /** The university's time zone (EDUSTREAM_TIMEZONE). */
  timeZone: string;
  /** The calendar's name in calendar apps. */
  name: string;
  /** How often a subscribing app should fetch it again (REFRESH-INTERVAL), seconds. */
  refreshSeconds?: number;
}

/** The first day on or after the term's first day that falls on the meeting's weekday. */
function firstMeetingDay(startsOn: string, day: string): PlainDate {
  const start = Temporal.PlainDate.from(startsOn);
  return start.add({ days: (WEEKDAY[day]! - start.dayOfWeek + 7) % 7 });
}

/** The enrolled sections of the terms as an iCalendar document. */
export function scheduleCalendar(terms: CalendarTerm[], options: CalendarOptions): ScheduleCalendar {
  const calendar = ical({ name: options.name, prodId: { company: "EduStream", product: "Schedule", language: "EN" }, method: ICalCalendarMethod.PUBLISH });
  // No calendar-wide zone (DTSTAMP and UNTIL stay in UTC, as RFC 5545 asks); each event names
  // the zone and the generator writes its VTIMEZONE once.
  calendar.timezone({ name: null, generator: getVtimezoneComponent });
  if (options.refreshSeconds) calendar.ttl(options.refreshSeconds);
  // The last second of the term's last day there (UNTIL is inclusive and, with TZID, in UTC).
  const until = (term: CalendarTerm) => new Date(endOfLocalDay(term.ends_on, options.timeZone)!.getTime() - 1000);
  for (const term of terms) {
    const lastDay = Temporal.PlainDate.from(term.ends_on).toString();
    for (const section of term.sections) {
      const label = `${section.course_code}-${section.code}`;
      for (const meeting of section.meetings) {
        if (!(meeting.day in WEEKDAY)) continue;
        const first = firstMeetingDay(term.starts_on, meeting.day);
        if (first.toString() > lastDay) continue;
        calendar.createEvent({
          id: `${section.id}-${meeting.day}-${meeting.start_time.replace(":", "")}@edustream`,
          start: first.toPlainDateTime(meeting.start_time),
          end: first.toPlainDateTime(meeting.end_time),
          timezone: options.timeZone,
          repeating: { freq: ICalEventRepeatingFreq.WEEKLY, until: until(term) },
          summary: `${label} ${section.course_title}`,
          location: section.room || null,
          description: [`${section.course_code} ${section.course_title}, section ${section.code}`, `Instructor: ${section.instructor_name || "to be announced"}`, `Room: ${section.room || "to be announced"}`, term.name].join("\n"),
        });
      }
    }
  }
  const body = calendar.toString();
  // The tag ignores DTSTAMP (the time of writing): the same schedule keeps the same tag.
  const content = body.replace(/^DTSTAMP:.*$/gm, "");
  return { body, etag: `"${createHash("sha256").update(content).digest("base64url").slice(0, 27)}"` };
}
