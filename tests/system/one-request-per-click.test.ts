// One click, one gateway request: a view of its own talks to the shared gateway through a
// counting proxy, and a student's htmx Add, Join waitlist, Drop and Leave waitlist each reach the
// gateway once; the card drawn from that one answer shows the section's seats and the student's
// credits as the gateway has them.
import { afterAll, beforeAll, describe, expect, setDefaultTimeout, test } from "bun:test";
import type { Server } from "bun";
import { getStack, type Stack } from "../support/stack";
import { textOf, ViewClient } from "../support/view-client";
import { startView } from "../../nodes/view/main";
import { newCourse, newSection, newStudent, newTerm, type Person } from "./enrollment-fixtures";

setDefaultTimeout(30_000); // see tests/support/preload.ts

const FIXTURE_PASSWORD = "Correct-Horse-Battery-9";
const sectionItem = (html: string, sectionId: string) => html.match(new RegExp(`<li id="section-${sectionId}"[\\s\\S]*?</li>`))?.[0] ?? "";
const hiddenFields = (html: string) => Object.fromEntries([...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!.replace(/&amp;/g, "&")]));

describe("one gateway request per click", () => {
  let stack: Stack;
  let proxy: Server<unknown>;
  let view: ReturnType<typeof startView>;
  /** Method and path of every request the gateway received from the view since the last reset. */
  const seen: string[] = [];
  let first: Person;
  let second: Person;
  let firstBrowser: ViewClient;
  let secondBrowser: ViewClient;
  let section: Awaited<ReturnType<typeof newSection>>;
  let course: Awaited<ReturnType<typeof newCourse>>;

  beforeAll(async () => {
    stack = await getStack();
    const gateway = new URL(stack.gatewayUrl);
    proxy = Bun.serve({
      port: 0,
      hostname: "127.0.0.1",
      async fetch(request) {
        const url = new URL(request.url);
        seen.push(`${request.method} ${url.pathname}`);
        url.host = gateway.host;
        const answer = await fetch(url, { method: request.method, headers: request.headers, body: request.body, redirect: "manual" });
        // fetch decoded a gzipped body: pass it on as it now is.
        const headers = new Headers(answer.headers);
        headers.delete("content-encoding");
        headers.delete("content-length");
        return new Response(answer.body, { status: answer.status, headers });
      },
    });
    view = startView({ ...stack.config, addresses: { ...stack.config.addresses, gateway: `http://127.0.0.1:${proxy.port}` } }, 0);
    const viewUrl = `http://127.0.0.1:${view.port}`;
    const term = await newTerm(stack);
    course = await newCourse(stack, { credits: 3 });
    section = await newSection(stack, { termId: term.id, courseId: course.id, capacity: 1, meetings: [{ day: "THU", start_time: "15:00", end_time: "16:15" }] });
    [first, second] = await Promise.all([newStudent(stack), newStudent(stack)]);
    [firstBrowser, secondBrowser] = await Promise.all([ViewClient.signIn(viewUrl, first.username, FIXTURE_PASSWORD), ViewClient.signIn(viewUrl, second.username, FIXTURE_PASSWORD)]);
  }, 60_000);

  afterAll(async () => {
    await view?.shutdown();
    proxy?.stop(true);
  });

  /** Runs one click (a form post, or a GET without one) and returns its answer and the gateway requests it cost. */
  async function click(browser: ViewClient, path: string, form?: Record<string, string>) {
    seen.length = 0;
    const answer = await browser.request(path, { form, htmx: true });
    return { answer, requests: [...seen] };
  }

  test("Add and Join waitlist: one POST /enrollments each, and the card shows the seats and credits it answered", async () => {
    const label = `${course.code}-001`;
    const page = await firstBrowser.request(`/sections/${section.id}`);
    const added = await click(firstBrowser, `/sections/${section.id}/enroll`, hiddenFields(sectionItem(page.html, section.id)));
    expect(added.requests).toEqual(["POST /api/v1/enrollments"]);
    expect(added.answer.status).toBe(200);
    expect(added.answer.text).toContain(`You are enrolled in ${label}.`);
    expect(added.answer.text).toContain("Full (1 seat) · waitlist empty");
    expect(added.answer.text).toMatch(/schedule: 1 section, 3 of \d+ credits\./);
    expect(added.answer.text).toContain("Drop");

    // A refused click changes nothing; the card is read again (one more request) to show the section as it is.
    const again = await click(firstBrowser, `/sections/${section.id}/enroll`, { ...hiddenFields(sectionItem(page.html, section.id)), idempotency_key: crypto.randomUUID() });
    expect(again.requests).toEqual(["POST /api/v1/enrollments", `GET /api/v1/sections/${section.id}/registration`]);
    expect(again.answer.text).toContain(`You are already enrolled in ${label}.`);
    expect(again.answer.text).toContain("Full (1 seat) · waitlist empty");

    const full = await secondBrowser.request(`/sections/${section.id}`);
    const waitlisted = await click(secondBrowser, `/sections/${section.id}/enroll`, hiddenFields(sectionItem(full.html, section.id)));
    expect(waitlisted.requests).toEqual(["POST /api/v1/enrollments"]);
    expect(waitlisted.answer.text).toContain("you are number 1 on its waitlist");
    expect(waitlisted.answer.text).toContain("Waitlist #1");
    expect(waitlisted.answer.text).toContain("Full (1 seat) · 1 on the waitlist");
    expect(waitlisted.answer.text).toMatch(/schedule: 0 sections, 0 of \d+ credits · on 1 waitlist\./);
  });

  test("Drop and Leave waitlist: one DELETE /enrollments/:id each; the freed seat shows as taken by the waitlist", async () => {
    const label = `${course.code}-001`;
    // The "are you sure?" step: one request (the student's view of the section).
    const { answer: confirm, requests: asked } = await click(firstBrowser, `/sections/${section.id}/drop?return_to=/catalog`);
    expect(asked).toEqual([`GET /api/v1/sections/${section.id}/registration`]);
    expect(confirm.text).toContain("Yes, drop it");
    const dropped = await click(firstBrowser, `/sections/${section.id}/drop`, hiddenFields(confirm.html));
    expect(dropped.requests).toEqual([`DELETE /api/v1/enrollments/${hiddenFields(confirm.html).enrollment_id}`]);
    expect(dropped.answer.text).toContain(`You dropped ${label}.`);
    // The seat went to the waitlisted student at once: still full, nobody waiting.
    expect(dropped.answer.text).toContain("Full (1 seat) · waitlist empty");
    expect(dropped.answer.text).toMatch(/schedule: 0 sections, 0 of \d+ credits\./);
    expect(textOf(dropped.answer.html)).toContain("Join waitlist");

    const rejoin = await click(firstBrowser, `/sections/${section.id}/enroll`, hiddenFields(dropped.answer.html));
    expect(rejoin.requests).toEqual(["POST /api/v1/enrollments"]);
    expect(rejoin.answer.text).toContain("Waitlist #1");
    const leaveConfirm = await firstBrowser.request(`/sections/${section.id}/drop?return_to=/catalog`, { htmx: true });
    const left = await click(firstBrowser, `/sections/${section.id}/drop`, hiddenFields(leaveConfirm.html));
    expect(left.requests).toHaveLength(1);
    expect(left.requests[0]).toStartWith("DELETE /api/v1/enrollments/");
    expect(left.answer.text).toContain(`You left the waitlist of ${label}.`);
    expect(left.answer.text).toContain("Full (1 seat) · waitlist empty");

    const seats = await stack.api(`/api/v1/sections/${section.id}`);
    expect({ enrolled: seats.body.section.enrolled, waitlisted: seats.body.section.waitlisted }).toEqual({ enrolled: 1, waitlisted: 0 });
  });
});
