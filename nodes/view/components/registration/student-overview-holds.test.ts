import { setDefaultTimeout, describe, expect, test } from "bun:test";
import type { MySchedule, Term } from "./model";
import { AppointmentNotice, appointmentStatus, HoldsCard } from "./student-overview-holds";

setDefaultTimeout(30_000); // a bound on a hang on a busy machine, not a speed claim (tests/support/preload.ts)

const now = Date.parse("2026-08-01T12:00:00Z");
const term = { name: "Fall 2026", registration_closes_at: "2026-09-12T00:00:00Z" } as Term;
const hold = (over: Partial<MySchedule["holds"][number]> = {}) =>
  ({ id: "h", student_id: "s", kind: "FINANCIAL", blocks_registration: true, reason: "Unpaid <b>balance</b>", contact: "Bursar's Office", placed_by: "a", placed_by_name: "Avery", placed_at: "2026-07-30T10:00:00Z", lifted_by: "", lifted_by_name: "", lifted_at: "", ...over }) as MySchedule["holds"][number];

describe("the dashboard's holds and appointment", () => {
  test("the appointment counts down while ahead, then says it began; none when the term has no appointments", () => {
    expect(appointmentStatus("2026-08-03T08:00:00Z", term, "UTC", now)).toBe(
      "Your registration appointment is Mon, 3 Aug 2026, 08:00 UTC, in 44 hours: you can add sections and join waitlists from then until registration closes on Sat, 12 Sept 2026, 00:00 UTC.",
    );
    expect(appointmentStatus("2026-08-01T12:30:00Z", term, "UTC", now)).toContain("in 30 minutes");
    expect(appointmentStatus("2026-07-31T08:00:00Z", term, "UTC", now)).toStartWith("Your registration appointment began on Fri, 31 Jul 2026");
    expect(appointmentStatus("", term, "UTC", now)).toBe("");
  });

  test("the countdown refreshes itself every minute only while the appointment is ahead", () => {
    const schedule = (at: string) => ({ appointment_at: at }) as MySchedule;
    expect(String(AppointmentNotice({ schedule: schedule("2026-08-03T08:00:00Z"), term, timeZone: "UTC", now }))).toContain('hx-trigger="every 60s"');
    expect(String(AppointmentNotice({ schedule: schedule("2026-07-31T08:00:00Z"), term, timeZone: "UTC", now }))).not.toContain("hx-trigger");
  });

  test("holds are listed with whom to contact, escaped; a card only when there are any", () => {
    expect(String(HoldsCard({ holds: [], timeZone: "UTC" }))).toBe("");
    const html = String(HoldsCard({ holds: [hold(), hold({ kind: "TRANSCRIPT", blocks_registration: false, reason: "Library fine" })], timeZone: "UTC" }));
    expect(html).toContain("2 holds on your record");
    expect(html).toContain("Financial hold: Unpaid &lt;b&gt;balance&lt;/b&gt;. Contact Bursar&#x27;s Office.");
    expect(html).toContain("Blocks registration");
    expect(html).toContain("Transcript hold: Library fine.");
  });
});
