import { setDefaultTimeout, describe, expect, test } from "bun:test";
import { endOfLocalDay, formatDate, formatDateTime, fromLocalInput, isTimeZone, localDate, startOfLocalDay, toLocalInput } from "./university-time";

setDefaultTimeout(30_000); // a bound on a hang on a busy machine, not a speed claim (tests/support/preload.ts)

const iso = (date: Date | undefined) => date?.toISOString();

describe("times in the university's zone", () => {
  test("an instant reads as the zone's wall clock, with the zone's name", () => {
    expect(formatDateTime("2026-09-12T15:00:00Z", "Europe/Berlin")).toBe("Sat, 12 Sept 2026, 17:00 CEST");
    expect(formatDateTime("2026-12-12T15:00:00Z", "Europe/Berlin")).toBe("Sat, 12 Dec 2026, 16:00 CET");
    expect(formatDateTime("2026-09-12T15:00:00Z", "UTC")).toBe("Sat, 12 Sept 2026, 15:00 UTC");
    expect(formatDateTime("not a time", "UTC")).toBe("");
    expect(formatDate("2026-03-12T23:30:00Z", "Asia/Tokyo")).toBe("13 March 2026");
  });

  test("a typed wall-clock time is that moment in the zone, summer or winter", () => {
    expect(iso(fromLocalInput("2026-07-01T09:00", "Europe/Berlin"))).toBe("2026-07-01T07:00:00.000Z");
    expect(iso(fromLocalInput("2026-01-15T09:00", "Europe/Berlin"))).toBe("2026-01-15T08:00:00.000Z");
    expect(iso(fromLocalInput("2026-07-01T09:00", "America/New_York"))).toBe("2026-07-01T13:00:00.000Z");
    expect(iso(fromLocalInput("2026-07-01T09:00", "UTC"))).toBe("2026-07-01T09:00:00.000Z");
    expect(fromLocalInput("2026-02-30T09:00", "UTC")).toBeUndefined();
    expect(fromLocalInput("tomorrow", "UTC")).toBeUndefined();
  });

  test("across the summer-time changes: a skipped time moves forward, a repeated time is the first", () => {
    // Berlin: 29 March 2026 02:00 → 03:00; 25 October 2026 03:00 → 02:00.
    expect(iso(fromLocalInput("2026-03-29T01:59", "Europe/Berlin"))).toBe("2026-03-29T00:59:00.000Z");
    expect(iso(fromLocalInput("2026-03-29T02:30", "Europe/Berlin"))).toBe("2026-03-29T01:30:00.000Z");
    expect(iso(fromLocalInput("2026-03-29T03:00", "Europe/Berlin"))).toBe("2026-03-29T01:00:00.000Z");
    expect(iso(fromLocalInput("2026-10-25T02:30", "Europe/Berlin"))).toBe("2026-10-25T00:30:00.000Z");
    expect(iso(fromLocalInput("2026-10-25T03:30", "Europe/Berlin"))).toBe("2026-10-25T02:30:00.000Z");
    // New York: 8 March 2026 02:00 → 03:00.
    expect(iso(fromLocalInput("2026-03-08T02:30", "America/New_York"))).toBe("2026-03-08T07:30:00.000Z");
  });

  test("the form input shows the instant back as typed", () => {
    for (const zone of ["Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe", "UTC"]) {
      for (const typed of ["2026-01-15T09:00", "2026-07-01T23:45", "2026-10-25T03:30"]) {
        expect(toLocalInput(fromLocalInput(typed, zone)!.toISOString(), zone)).toBe(typed);
      }
    }
  });

  test("days begin and end at the zone's midnight", () => {
    expect(iso(startOfLocalDay("2026-07-01", "Europe/Berlin"))).toBe("2026-06-30T22:00:00.000Z");
    expect(iso(endOfLocalDay("2026-07-01", "Europe/Berlin"))).toBe("2026-07-01T22:00:00.000Z");
    expect(iso(endOfLocalDay("2026-03-28", "Europe/Berlin"))).toBe("2026-03-28T23:00:00.000Z");
    expect(localDate("2026-06-30T22:30:00Z", "Europe/Berlin")).toBe("2026-07-01");
    expect(startOfLocalDay("July", "UTC")).toBeUndefined();
  });

  test("zones are IANA names Intl knows", () => {
    expect(isTimeZone("Europe/Berlin")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Mars/Olympus_Mons")).toBe(false);
    expect(isTimeZone("")).toBe(false);
  });
});
