import { setDefaultTimeout, describe, expect, test } from "bun:test";
import type { Term } from "./model";
import { registrationStatus, relativeTime, upcomingDeadlines } from "./student-overview";

setDefaultTimeout(30_000); // a bound on a hang on a busy machine, not a speed claim (tests/support/preload.ts)

const DAY = 86_400_000;
const now = Date.parse("2026-09-01T12:00:00Z");
const term: Term = {
  id: "t",
  code: "2026FA",
  name: "Fall 2026",
  starts_on: "2026-08-28",
  ends_on: "2026-12-15",
  registration_opens_at: "2026-08-01T00:00:00Z",
  registration_closes_at: "2026-09-12T00:00:00Z",
  add_drop_deadline: "2026-09-11T00:00:00Z",
  registration_open: true,
};

describe("student dashboard overview", () => {
  test("relative times in days, hours or minutes, ahead or past", () => {
    expect(relativeTime(now + 10 * DAY, now)).toBe("in 10 days");
    expect(relativeTime(now + 5 * 3_600_000, now)).toBe("in 5 hours");
    expect(relativeTime(now + 60_000, now)).toBe("in 1 minute");
    expect(relativeTime(now - 3 * DAY, now)).toBe("3 days ago");
  });

  test("the next deadline is the soonest date still ahead: add/drop, then registration closing, then the last day to withdraw", () => {
    expect(upcomingDeadlines(term, "UTC", now).map((d) => d.title)).toEqual(["Add/drop deadline", "Registration closes", "Last day to withdraw"]);
    expect(upcomingDeadlines(term, "UTC", Date.parse("2026-09-11T06:00:00Z"))[0]!.title).toBe("Registration closes");
    const withdrawEnd = upcomingDeadlines(term, "America/New_York", Date.parse("2026-12-01T00:00:00Z")).at(-1)!;
    expect(new Date(withdrawEnd.at).toISOString()).toBe("2026-12-16T05:00:00.000Z"); // midnight after the last day, in the university's zone
    expect(upcomingDeadlines(term, "UTC", Date.parse("2027-01-01T00:00:00Z"))).toEqual([]);
  });

  test("the registration window in words: opens in, closes in, closed", () => {
    expect(registrationStatus(term, "UTC", Date.parse("2026-07-30T00:00:00Z"))).toStartWith("Registration for Fall 2026 opens in 2 days");
    expect(registrationStatus(term, "UTC", now)).toStartWith("Registration for Fall 2026 is open: it closes in 11 days");
    expect(registrationStatus(term, "UTC", Date.parse("2026-09-20T00:00:00Z"))).toStartWith("Registration for Fall 2026 closed on");
  });
});
