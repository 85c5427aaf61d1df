// The student's pages against the real stack, for the registrar's rules: the dashboard shows
// what matters now (registration window, credits against the limit, waitlist places and skips,
// the next deadline, the account's password link); the schedule offers Withdraw (with its
// consequence) after the add/drop deadline, and the transcript then shows W.
import { setDefaultTimeout, describe, expect, test } from "bun:test";
import { getStack, type Stack } from "../support/stack";
import { ViewClient } from "../support/view-client";
import { admin, enroll, newSection, newStudent, newTerm, type Person } from "./enrollment-fixtures";

setDefaultTimeout(30_000); // see tests/support/preload.ts

const PASSWORD = "Correct-Horse-Battery-9";
const SAT_9 = [{ day: "SAT", start_time: "09:00", end_time: "10:00" }];

/** The term students see first (the demo's current term, open for registration). */
async function currentTerm(stack: Stack): Promise<{ id: string; name: string }> {
  const { body } = await stack.api("/api/v1/courses?page_size=1");
  return body.term;
}

const browserOf = (stack: Stack, student: Person) => ViewClient.signIn(stack.viewUrl, student.username, PASSWORD);

describe("student dashboard", () => {
  test("shows the registration window, credits against the limit, the next deadline, waitlist places with the reason of a skip, and links the password page", async () => {
    const stack = await getStack();
    const term = await currentTerm(stack);
    const [student, filler] = await Promise.all([newStudent(stack), newStudent(stack)]);
    const full = await newSection(stack, { termId: term.id, capacity: 1, meetings: SAT_9, credits: 4 });
    const clash = await newSection(stack, { termId: term.id, capacity: 10, meetings: SAT_9, credits: 4 });
    await enroll(stack, filler, full.id);
    expect((await enroll(stack, student, full.id)).body.enrollment.position).toBe(1);
    await enroll(stack, student, clash.id);
    const raised = await stack.api(`/api/v1/sections/${full.id}`, { method: "PATCH", token: (await admin(stack)).token, body: { capacity: 2 } });
    expect(raised.body.skipped).toHaveLength(1);

    const page = await (await browserOf(stack, student)).request("/dashboard");
    expect(page.status).toBe(200);
    expect(page.text).toContain(`Registration for ${term.name} is open: it closes in`);
    expect(page.text).toContain("4 of 18 credits in 1 section.");
    expect(page.text).toMatch(/Next deadline: Add\/drop deadline, .* \(in \d+ (days|hours)\)\./);
    expect(page.text).toContain(`${full.course_code}-001 · ${full.course_title}: place #1`);
    expect(page.text).toContain(`${full.course_code}-001: passed over for an open seat on`);
    expect(page.text).toContain(`Time conflict: ${full.course_code}-001 meets`);
    expect(page.text).toContain(`You keep your place (#1). Drop ${clash.course_code}-001 to be eligible`);
    expect(page.html).toContain('href="/account/password"');
  }, 60_000);
});

describe("schedule and transcript after the add/drop deadline", () => {
  test("the schedule offers Withdraw with its consequence; confirming records W on the transcript", async () => {
    const stack = await getStack();
    const term = await newTerm(stack, { opensIn: -24 * 60, dropDeadlineIn: -1, startsIn: -2, endsIn: 100 });
    const section = await newSection(stack, { termId: term.id });
    const student = await newStudent(stack);
    const row = await enroll(stack, student, section.id);
    const label = `${section.course_code}-001`;
    const browser = await browserOf(stack, student);

    const schedule = await browser.request(`/schedule?term=${term.id}`);
    expect(schedule.text).toContain("leaving a section now is a withdrawal, recorded as W on your transcript");
    expect(schedule.html).toContain(`aria-label="Withdraw from ${label}"`);
    const confirm = await browser.request(`/schedule/drop/${row.body.enrollment.id}?term=${term.id}`, { htmx: true });
    expect(confirm.text).toContain(`Withdraw from ${label}? The add/drop deadline has passed: this is recorded as W on your transcript`);
    expect(confirm.html).toContain('<input type="hidden" name="withdraw" value="true"/>');

    const done = await browser.request(`/schedule/drop/${row.body.enrollment.id}`, { htmx: true, form: { term: term.id, withdraw: "true" } });
    expect(done.text).toContain(`You withdrew from ${label}: it shows as W on your transcript`);
    const transcript = await browser.request("/transcript");
    const transcriptRow = transcript.html.match(new RegExp(`<tr>\\s*<th scope="row"[^>]*>${section.course_code}</th>[\\s\\S]*?</tr>`))?.[0] ?? "";
    expect(transcriptRow).toContain('<td class="font-semibold">W</td>');
  }, 60_000);
});
