// Times in the university's zone (EDUSTREAM_TIMEZONE) against the real stack: a second view,
// configured for New York, on the shared gateway. The admin types term times as New York wall
// clock (across both summer-time changes), the API stores instants, and the pages (terms, roster)
// show them back in New York time; the roster names the term, not its code. Service messages use
// the same format in the stack's own zone.
import { setDefaultTimeout, afterAll, beforeAll, describe, expect, test } from "bun:test";
import { formatDateTime } from "../../nodes/shared/university-time";
import { startView } from "../../nodes/view/main";
import { getStack, type Stack } from "../support/stack";
import { ViewClient } from "../support/view-client";
import { admin, enroll, newSection, newStudent, newTerm } from "./enrollment-fixtures";

setDefaultTimeout(30_000); // see tests/support/preload.ts

const ZONE = "America/New_York";
let stack: Stack;
let view: ReturnType<typeof startView>;
let newYork: string;

beforeAll(async () => {
  stack = await getStack();
  view = startView({ ...stack.config, timeZone: ZONE }, 0);
  newYork = `http://127.0.0.1:${view.port}`;
}, 60_000);

afterAll(async () => {
  await view.shutdown();
});

describe("the university's time zone", () => {
  test("term times are typed and shown in the zone, stored as instants, summer time included", async () => {
    const browser = await ViewClient.signIn(newYork, "admin", stack.config.demoPassword);
    const code = `NY${Date.now().toString(36).slice(-6)}`.toUpperCase();
    // 10 March 2030 02:30 does not exist in New York (clocks go 02:00 → 03:00); 3 November 2030 01:30 happens twice.
    const created = await browser.request("/admin/terms/new", {
      form: { code, name: "Zone term", starts_on: "2031-01-10", ends_on: "2031-05-01", registration_opens_at: "2030-03-10T02:30", registration_closes_at: "2030-11-03T01:30", add_drop_deadline: "2030-12-01T09:00" },
    });
    expect(created.status).toBe(303);
    const terms = (await stack.api("/api/v1/terms")).body.terms as Array<{ id: string; code: string; registration_opens_at: string; registration_closes_at: string; add_drop_deadline: string }>;
    const term = terms.find((t) => t.code === code)!;
    expect(term.registration_opens_at).toBe("2030-03-10T07:30:00.000Z"); // 03:30 EDT
    expect(term.registration_closes_at).toBe("2030-11-03T05:30:00.000Z"); // the first 01:30, still EDT
    expect(term.add_drop_deadline).toBe("2030-12-01T14:00:00.000Z"); // 09:00 EST

    const list = await browser.request("/admin/terms");
    expect(list.text).toContain("Sun, 10 Mar 2030, 03:30 GMT-4");
    expect(list.text).toContain("Sun, 1 Dec 2030, 09:00 GMT-5");
    expect(list.text).toContain(`Times are in the university's time zone, ${ZONE}.`);
    const form = await browser.request(`/admin/terms/${term.id}/edit`);
    expect(form.html).toContain('value="2030-03-10T03:30"');
    expect(form.html).toContain('value="2030-12-01T09:00"');
    expect(form.text).toContain(`University time (${ZONE}).`);

    // The shared view of the stack runs in UTC and shows the same instant in UTC.
    const utc = await ViewClient.signIn(stack.viewUrl, "admin", stack.config.demoPassword);
    expect((await utc.request("/admin/terms")).text).toContain("Sun, 1 Dec 2030, 14:00 UTC");
  }, 60_000);

  test("a roster names the term and shows when each student joined in the zone", async () => {
    const term = await newTerm(stack);
    const section = await newSection(stack, { termId: term.id });
    const student = await newStudent(stack);
    const enrolled = await enroll(stack, student, section.id);
    expect(enrolled.status).toBe(201);
    const joined = enrolled.body.enrollment.created_at as string;
    const browser = await ViewClient.signIn(newYork, "admin", stack.config.demoPassword);
    const roster = await browser.request(`/sections/${section.id}/roster`);
    expect(roster.status).toBe(200);
    expect(roster.text).toContain(`${term.name} · Sat 09:00–10:00`);
    expect(roster.text).toContain(formatDateTime(joined, ZONE));
    expect(roster.text).not.toMatch(/\d{2}:\d{2} UTC/);
  }, 60_000);

  test("service messages give times in the same words as the pages", async () => {
    const later = await newTerm(stack, { opensIn: 600, closesIn: 1200, dropDeadlineIn: 1100 });
    const section = await newSection(stack, { termId: later.id });
    const student = await newStudent(stack);
    const early = await enroll(stack, student, section.id);
    expect(early.status).toBe(400);
    expect(early.body.error.message).toBe(`Registration for ${later.name} opens on ${formatDateTime(later.registration_opens_at, stack.config.timeZone)}.`);
    expect((await admin(stack)).username).toBe("admin");
  }, 60_000);
});
