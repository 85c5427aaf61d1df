// Live seat counts against the real stack: the section page and the search results carry a
// poller; a poll naming the current tag (HX-PTag) is a 304 without a body; a seat taken by another
// student comes back as an out-of-band morph of the seat count alone, with a new tag; only the
// section page's count is a live region; anonymous visitors poll too; bad ids are 4xx.
import { setDefaultTimeout, beforeAll, describe, expect, test } from "bun:test";
import { getStack, type Stack } from "../support/stack";
import { ViewClient } from "../support/view-client";
import { enroll, newSection, newStudent, newTerm } from "./enrollment-fixtures";

setDefaultTimeout(30_000); // see tests/support/preload.ts

let stack: Stack;
beforeAll(async () => {
  stack = await getStack();
}, 60_000);

/** A poll as htmx sends it (with the ptag it holds, if any). */
async function poll(path: string, ptag?: string, cookie = "") {
  const response = await fetch(stack.viewUrl + path, { headers: { "hx-request": "true", cookie, ...(ptag ? { "hx-ptag": ptag } : {}) } });
  return { status: response.status, body: await response.text(), ptag: response.headers.get("hx-ptag") ?? "", cache: response.headers.get("cache-control") };
}

describe("live seats", () => {
  test("a section page polls its seat count: 304 while unchanged, the count alone (a polite live region) after another student takes a seat", async () => {
    const term = await newTerm(stack);
    const section = await newSection(stack, { termId: term.id, capacity: 30 });
    const page = await (await ViewClient.signIn(stack.viewUrl, "student1", stack.config.demoPassword)).request(`/sections/${section.id}`);
    expect(page.html).toContain(`hx-get="/sections/${section.id}/seats"`);
    expect(page.html).toContain('data-live-seats="10"');
    expect(page.html).toMatch(new RegExp(`<dd id="seats-${section.id}"[^>]*aria-live="polite"[^>]*>30 of 30 seats left</dd>`));

    const first = await poll(`/sections/${section.id}/seats`);
    expect(first.status).toBe(200);
    expect(first.cache).toBe("no-store");
    expect(first.ptag).toMatch(/^"[^"]+"$/);
    expect(first.body).toBe(`<dd id="seats-${section.id}" class="text-green-800" aria-live="polite" hx-swap-oob="outerMorph">30 of 30 seats left</dd>`);

    const unchanged = await poll(`/sections/${section.id}/seats`, first.ptag);
    expect(unchanged.status).toBe(304);
    expect(unchanged.body).toBe("");

    expect((await enroll(stack, await newStudent(stack), section.id)).status).toBe(201);
    const changed = await poll(`/sections/${section.id}/seats`, first.ptag);
    expect(changed.status).toBe(200);
    expect(changed.body).toContain(">29 of 30 seats left</dd>");
    expect(changed.ptag).not.toBe(first.ptag);
    expect((await poll(`/sections/${section.id}/seats`, changed.ptag)).status).toBe(304);
  }, 60_000);

  test("search results poll every listed section's count (no live region); anonymous visitors too; bad input is 4xx", async () => {
    const term = await newTerm(stack);
    const section = await newSection(stack, { termId: term.id, capacity: 2 });
    const search = `/catalog?q=${encodeURIComponent(section.course_code)}&term=${term.id}`;
    const page = await new ViewClient(stack.viewUrl).request(search);
    const url = page.html.match(/hx-get="(\/catalog\/seats\?[^"]+)"/)?.[1]?.replace(/&amp;/g, "&");
    expect(url).toBe(`/catalog/seats?q=${encodeURIComponent(section.course_code)}&term=${term.id}`);
    const first = await poll(url!);
    expect(first.status).toBe(200);
    expect(first.body).toContain(`<dd id="seats-${section.id}" class="font-medium text-amber-800" hx-swap-oob="outerMorph">2 of 2 seats left</dd>`);
    expect(first.body).not.toContain("aria-live");
    expect((await poll(url!, first.ptag)).status).toBe(304);
    await enroll(stack, await newStudent(stack), section.id);
    await enroll(stack, await newStudent(stack), section.id);
    const full = await poll(url!, first.ptag);
    expect(full.body).toContain('class="font-medium text-red-800" hx-swap-oob="outerMorph">Full (2 seats) · waitlist empty</dd>');

    // A forged tag is not passed on; an unknown section is a 404, a bad query a 400: never a 5xx.
    expect((await poll(`/sections/${section.id}/seats`, '"x", *')).status).toBe(200);
    expect((await poll("/sections/00000000-0000-4000-8000-000000000000/seats")).status).toBe(404);
    expect((await poll("/sections/not-an-id/seats")).status).toBeLessThan(500);
    expect((await poll(`/catalog/seats?term=${"x".repeat(80)}`)).status).toBeLessThan(500);
  }, 60_000);
});
