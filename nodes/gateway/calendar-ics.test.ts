import { setDefaultTimeout, describe, expect, test } from "bun:test";
import ICAL from "ical.js";
import { scheduleCalendar } from "./calendar-ics";
import type { CalendarTerm } from "../generated/proto/edustream/enrollment/v1/CalendarTerm";

setDefaultTimeout(30_000); // see tests/support/preload.ts

const section = (meetings: Array<{ day: string; start_time: string; end_time: string }>) => ({
  id: "sec-1", code: "002", course_id: "c", course_code: "MATH 201", course_title: "Linear Algebra", credits: 4, term_id: "t", room: "", instructor_name: "", meetings, cancelled: false,
});
const term = (starts_on: string, ends_on: string, meetings: Parameters<typeof section>[0]): CalendarTerm => ({ id: "t", code: "2027SP", name: "Spring 2027", starts_on, ends_on, sections: [section(meetings)] });

/** The first start (ISO, UTC) of each event, by UID. */
function firstStarts(text: string): Record<string, string> {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(zone);
  return Object.fromEntries(calendar.getAllSubcomponents("vevent").map((c) => { const e = new ICAL.Event(c); return [e.uid, e.startDate.toJSDate().toISOString()]; }));
}

describe("scheduleCalendar", () => {
  test("a term that starts on the meeting's weekday starts with it; a weekday the term never reaches gives no event", () => {
    // 4 January 2027 is a Monday; the term ends on Wednesday 6 January: no Friday in it.
    const { body } = scheduleCalendar([term("2027-01-04", "2027-01-06", [{ day: "MON", start_time: "08:00", end_time: "09:15" }, { day: "FRI", start_time: "08:00", end_time: "09:15" }])], { timeZone: "Europe/Berlin", name: "Classes" });
    expect(firstStarts(body)).toEqual({ "sec-1-MON-0800@edustream": "2027-01-04T07:00:00.000Z" });
    expect(body).toContain("BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin");
    expect(body).toContain("RRULE:FREQ=WEEKLY;UNTIL=20270106T225959Z"); // the last second of 6 January in Berlin
    expect(new ICAL.Event(new ICAL.Component(ICAL.parse(body)).getFirstSubcomponent("vevent")!).description).toContain("Instructor: to be announced");
    expect(body).not.toMatch(/^LOCATION/m); // no room yet
  });

  test("the same schedule keeps its entity tag whenever it is written; a change gives another", () => {
    const one = term("2027-01-04", "2027-04-30", [{ day: "TUE", start_time: "10:00", end_time: "11:00" }]);
    const a = scheduleCalendar([one], { timeZone: "UTC", name: "Classes" });
    const b = scheduleCalendar([one], { timeZone: "UTC", name: "Classes" });
    expect(a.etag).toBe(b.etag);
    expect(scheduleCalendar([{ ...one, ends_on: "2027-05-07" }], { timeZone: "UTC", name: "Classes" }).etag).not.toBe(a.etag);
    expect(scheduleCalendar([], { timeZone: "UTC", name: "Classes" }).body).not.toContain("VEVENT");
  });
});
