import { setDefaultTimeout, describe, expect, test } from "bun:test";
import { describeMeetings, firstOverlap, meetingsOverlap, parseClock, parseMeeting } from "./schedule";

setDefaultTimeout(30_000); // a bound on a hang on a busy machine, not a speed claim (tests/support/preload.ts)

describe("weekly meeting times", () => {
  test("overlapping times on the same day clash; touching ends and other days do not", () => {
    const monNine = { day: 1, startMinute: 540, endMinute: 590 };
    expect(meetingsOverlap(monNine, { day: 1, startMinute: 570, endMinute: 620 })).toBe(true);
    expect(meetingsOverlap(monNine, { day: 1, startMinute: 590, endMinute: 640 })).toBe(false);
    expect(meetingsOverlap(monNine, { day: 2, startMinute: 540, endMinute: 590 })).toBe(false);
    expect(meetingsOverlap(monNine, { day: 1, startMinute: 500, endMinute: 700 })).toBe(true);
  });

  test("the first clashing pair of two schedules is found", () => {
    const mwf = [1, 3, 5].map((day) => ({ day, startMinute: 600, endMinute: 650 }));
    const wed = [{ day: 3, startMinute: 630, endMinute: 700 }];
    expect(firstOverlap(mwf, wed)?.[0].day).toBe(3);
    expect(firstOverlap(mwf, [{ day: 2, startMinute: 600, endMinute: 650 }])).toBeUndefined();
  });

  test("clock times and meetings are parsed strictly", () => {
    expect(parseClock("09:30")).toBe(570);
    expect(parseClock("24:00")).toBe(1440);
    expect(parseClock("9:30")).toBeUndefined();
    expect(parseClock("10:60")).toBeUndefined();
    expect(parseMeeting({ day: "tue", start_time: "13:00", end_time: "14:15" })).toEqual({ day: 2, startMinute: 780, endMinute: 855 });
    expect(parseMeeting({ day: "XYZ", start_time: "13:00", end_time: "14:15" })).toContain("Day");
    expect(parseMeeting({ day: "MON", start_time: "14:00", end_time: "13:00" })).toContain("end after");
  });

  test("one formatter writes meetings as people read them, stored or as the API sends them", () => {
    const stored = [5, 1, 3].map((day) => ({ day, startMinute: 540, endMinute: 590 })).concat([{ day: 2, startMinute: 840, endMinute: 915 }]);
    expect(describeMeetings(stored)).toBe("Mon, Wed, Fri 09:00–09:50; Tue 14:00–15:15");
    expect(describeMeetings([{ day: "THU", start_time: "13:00", end_time: "14:15" }, { day: "TUE", start_time: "13:00", end_time: "14:15" }])).toBe("Tue, Thu 13:00–14:15");
    expect(describeMeetings([])).toBe("Times to be announced");
  });
});
