// The registration pages over HTTP against the real stack, as a browser uses them (cookie jar,
// CSRF token, htmx headers): catalog search and filters, Add / Join waitlist / Drop in place
// with the service's outcome, the schedule, and the instructor's roster.
import { setDefaultTimeout, beforeAll, describe, expect, test } from "bun:test";
import { getStack, type Stack } from "../support/stack";
import { textOf, ViewClient } from "../support/view-client";
import { newCourse, newFaculty, newSection, newStudent, newTerm, type Person } from "./enrollment-fixtures";

setDefaultTimeout(30_000); // see tests/support/preload.ts

const FIXTURE_PASSWORD = "Correct-Horse-Battery-9";

/** The `<li>` of one section, as rendered in a list or returned after an action. */
const sectionItem = (html: string, sectionId: string) => html.match(new RegExp(`<li id="section-${sectionId}"[\\s\\S]*?</li>`))?.[0] ?? "";
/** The hidden fields of the first form in some HTML. */
const hiddenFields = (html: string) => Object.fromEntries([...html.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!.replace(/&amp;/g, "&")]));
/** Course headings of a catalog page ("CS 101 · Title"). */
const courseHeadings = (html: string) => [...html.matchAll(/<h3 class="text-lg font-semibold"><a href="\/courses\/[^"]+" class="link">([^<]+)<\/a>/g)].map((m) => m[1]!);

describe("registration pages", () => {
  let stack: Stack;
  let term: Awaited<ReturnType<typeof newTerm>>;
  let instructor: Person;
  let otherFaculty: Person;
  let first: Person;
  let second: Person;
  let intro: Awaited<ReturnType<typeof newCourse>>;
  let advanced: Awaited<ReturnType<typeof newCourse>>;
  let introSection: Awaited<ReturnType<typeof newSection>>;
  let advancedSection: Awaited<ReturnType<typeof newSection>>;
  let firstBrowser: ViewClient;
  let secondBrowser: ViewClient;
  const title = `Orchard Botany ${Date.now().toString(36)}`;

  beforeAll(async () => {
    stack = await getStack();
    term = await newTerm(stack);
    [instructor, otherFaculty, first, second] = await Promise.all([newFaculty(stack), newFaculty(stack), newStudent(stack), newStudent(stack)]);
    intro = await newCourse(stack, { title, credits: 4 });
    advanced = await newCourse(stack, { title: `${title} II`, prerequisiteIds: [intro.id] });
    introSection = await newSection(stack, { termId: term.id, courseId: intro.id, capacity: 1, instructorId: instructor.id, meetings: [{ day: "MON", start_time: "09:00", end_time: "09:50" }, { day: "WED", start_time: "09:00", end_time: "09:50" }] });
    advancedSection = await newSection(stack, { termId: term.id, courseId: advanced.id, instructorId: instructor.id, meetings: [{ day: "TUE", start_time: "13:00", end_time: "14:15" }] });
    [firstBrowser, secondBrowser] = await Promise.all([ViewClient.signIn(stack.viewUrl, first.username, FIXTURE_PASSWORD), ViewClient.signIn(stack.viewUrl, second.username, FIXTURE_PASSWORD)]);
   }, 60_000);

  test("the catalog searches by text and department, signed out, as a page or a fragment", async () => {
    const visitor = new ViewClient(stack.viewUrl);
    const calculus = await visitor.request("/catalog?q=calculus");
    expect(calculus.status).toBe(200);
    expect(calculus.html).toContain('type="search"');
    const headings = courseHeadings(calculus.html);
    expect(headings.length).toBeGreaterThan(0);
    expect(headings.every((h) => /calculus/i.test(h) || calculus.text.includes(h))).toBe(true);
    expect(headings.some((h) => /calculus/i.test(h))).toBe(true);
    expect(calculus.text).toContain("Sign in to add");

    const history = await visitor.request("/catalog?department=HIST");
    const historyHeadings = courseHeadings(history.html);
    expect(historyHeadings.length).toBeGreaterThan(0);
    expect(historyHeadings.every((h) => h.startsWith("HIST "))).toBe(true);

    const fragment = await visitor.request("/catalog?q=calculus&department=MATH", { htmx: true });
    expect(fragment.html).not.toContain("<html");
    expect(fragment.headers.get("hx-replace-url")).toBe("/catalog?q=calculus&department=MATH");
    expect(courseHeadings(fragment.html).every((h) => h.startsWith("MATH "))).toBe(true);

    const nothing = await visitor.request("/catalog?q=zzqqxxnothing");
    expect(nothing.text).toContain("No courses match “zzqqxxnothing”");

    const pageOne = await visitor.request("/catalog");
    const next = pageOne.html.match(/id="catalog-next" href="([^"]+)"/)?.[1]?.replace(/&amp;/g, "&");
    expect(next).toBeDefined();
    const pageTwo = await visitor.request(next!);
    expect(pageTwo.text).toMatch(/page 2 of \d+/);
    expect(courseHeadings(pageTwo.html)[0]).not.toBe(courseHeadings(pageOne.html)[0]);
    expect(pageTwo.html).toContain('id="catalog-previous"');
  });

  test("a student adds a section in place; a repeated click reuses its key; a full section offers the waitlist", async () => {
    const page = await firstBrowser.request(`/catalog?term=${term.id}&q=${encodeURIComponent(title)}`);
    const item = sectionItem(page.html, introSection.id);
    expect(textOf(item)).toContain("1 of 1 seat left");
    const fields = hiddenFields(item);
    expect(fields.idempotency_key).toMatch(/^[0-9a-f-]{36}$/);
    expect(fields.waitlist).toBe("false");

    const added = await firstBrowser.request(`/sections/${introSection.id}/enroll`, { form: fields, htmx: true });
    expect(added.status).toBe(200);
    expect(added.html).toContain(`data-announce="You are enrolled in ${intro.code}-001."`);
    expect(added.text).toContain("Drop");
    expect(added.text).toContain("Full (1 seat)");

    const again = await firstBrowser.request(`/sections/${introSection.id}/enroll`, { form: fields, htmx: true });
    expect(again.text).toContain(`You are enrolled in ${intro.code}-001.`);
    const seats = await stack.api(`/api/v1/sections/${introSection.id}`);
    expect(seats.body.section.enrolled).toBe(1);

    const full = sectionItem((await secondBrowser.request(`/courses/${intro.id}?term=${term.id}`)).html, introSection.id);
    expect(textOf(full)).toContain("Join waitlist");
    const waitlisted = await secondBrowser.request(`/sections/${introSection.id}/enroll`, { form: hiddenFields(full), htmx: true });
    expect(waitlisted.text).toContain("you are number 1 on its waitlist");
    expect(waitlisted.text).toContain("Waitlist #1");
  });

  test("a refusal shows the service's reason in place", async () => {
    const page = await firstBrowser.request(`/sections/${advancedSection.id}`);
    const refused = await firstBrowser.request(`/sections/${advancedSection.id}/enroll`, { form: hiddenFields(sectionItem(page.html, advancedSection.id)), htmx: true });
    expect(refused.status).toBe(200);
    expect(refused.html).toContain("border-red-300");
    expect(refused.text).toContain(intro.code);
    expect(refused.text).toContain("Add");

    // Without JavaScript the same form posts, redirects back and shows the reason there.
    const plain = await firstBrowser.request(`/sections/${advancedSection.id}/enroll`, { form: hiddenFields(sectionItem(page.html, advancedSection.id)) });
    expect(plain.status).toBe(303);
    expect(plain.headers.get("location")).toBe(`/sections/${advancedSection.id}`);
    expect((await firstBrowser.request(plain.headers.get("location")!)).text).toContain(intro.code);
  });

  test("the schedule lists the section with credits, timetable and status", async () => {
    const schedule = await firstBrowser.request(`/schedule?term=${term.id}`);
    expect(schedule.status).toBe(200);
    expect(schedule.text).toContain("4 credits in 1 section");
    expect(schedule.text).toContain(`${intro.code}-001 · ${title}`);
    expect(schedule.text).toContain("Enrolled");
    expect(schedule.html).toContain("Weekly timetable");
    expect(schedule.text).toContain("Monday");
    const waiting = await secondBrowser.request(`/schedule?term=${term.id}`);
    expect(waiting.text).toContain("Waitlist #1");
    expect(waiting.text).toContain("0 credits in 0 sections · on 1 waitlist");
  });

  test("the instructor sees the roster and the waitlist; another faculty member is refused", async () => {
    const faculty = await ViewClient.signIn(stack.viewUrl, instructor.username, FIXTURE_PASSWORD);
    const roster = await faculty.request(`/sections/${introSection.id}/roster`);
    expect(roster.status).toBe(200);
    expect(roster.text).toContain("1 of 1 seat taken");
    expect(roster.text).toContain(`Enrolled (1)`);
    expect(roster.text).toContain(first.username);
    expect(roster.text).toContain(`Waitlist (1)`);
    expect(roster.text).toContain(second.username);

    const stranger = await ViewClient.signIn(stack.viewUrl, otherFaculty.username, FIXTURE_PASSWORD);
    const refused = await stranger.request(`/sections/${introSection.id}/roster`);
    expect(refused.status).toBe(403);
    expect(refused.text).not.toContain(first.username);
  });

  test("dropping asks first, then frees the seat for the waitlist", async () => {
    const confirm = await firstBrowser.request(`/sections/${introSection.id}/drop?return_to=/schedule`, { htmx: true });
    expect(confirm.text).toContain("Yes, drop it");
    expect(confirm.text).toContain("Keep it");
    const dropped = await firstBrowser.request(`/sections/${introSection.id}/drop`, { form: hiddenFields(confirm.html), htmx: true });
    expect(dropped.text).toContain(`You dropped ${intro.code}-001.`);
    const promoted = await secondBrowser.request(`/schedule?term=${term.id}`);
    expect(promoted.text).toContain("4 credits in 1 section");
  });
});
