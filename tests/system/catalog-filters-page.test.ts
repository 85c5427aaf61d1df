// The catalog page's filters as a person uses them: days, time of day, instructor and credits in
// the search form, kept in the page's address (a shared link shows the same results and the form
// as it was), results updated by htmx, and a bad value shown beside its field, not as a failure.
import { beforeAll, describe, expect, setDefaultTimeout, test } from "bun:test";
import { getStack, type Stack } from "../support/stack";
import { ViewClient } from "../support/view-client";
import { admin, newCourse, newFaculty, newSection, newTerm } from "./enrollment-fixtures";

setDefaultTimeout(30_000); // see tests/support/preload.ts

let stack: Stack;
let termId = "";
let teacherName = "";
const codes: Record<string, string> = {};

beforeAll(async () => {
  stack = await getStack();
  const term = await newTerm(stack);
  termId = term.id;
  const teacher = await newFaculty(stack);
  const boss = await admin(stack);
  teacherName = (await stack.client("auth").GetUser({ id: teacher.id }, { token: boss.token })).user!.name;
  const offer = async (key: string, credits: number, meetings: Array<[string, string, string]>, instructorId?: string) => {
    const course = await newCourse(stack, { credits });
    await newSection(stack, { termId, courseId: course.id, instructorId, meetings: meetings.map(([day, start_time, end_time]) => ({ day, start_time, end_time })) });
    codes[key] = course.code;
  };
  await offer("mondayMorning", 3, [["MON", "09:00", "09:50"], ["WED", "09:00", "09:50"]], teacher.id);
  await offer("tuesdayAfternoon", 4, [["TUE", "14:00", "15:15"], ["THU", "14:00", "15:15"]]);
  await offer("fridayNoon", 1, [["FRI", "12:00", "13:00"]]);
});

/** The course codes the page lists (in the order shown). */
const listed = (html: string) => Object.entries(codes).filter(([, code]) => html.includes(`${code} · `)).map(([key]) => key);

describe("catalog page filters", () => {
  test("the form offers every filter with a label, and a shared address shows the filtered results and the form as it was", async () => {
    const browser = new ViewClient(stack.viewUrl);
    const page = await browser.request(`/catalog?term=${termId}&days=MON,WED&starts_after=08:00&ends_before=12:00&min_credits=2&max_credits=3`);
    expect(page.status).toBe(200);
    expect(listed(page.html)).toEqual(["mondayMorning"]);
    for (const label of ["Days", "Starting at or after", "Ending by", "Instructor", "Credits from", "Credits up to"]) expect(page.html).toContain(`>${label}</`);
    // The form shows what the address asked for, so the student can change one filter of a shared search.
    expect(page.html).toMatch(/name="days" value="MON" checked/);
    expect(page.html).toMatch(/name="days" value="WED" checked/);
    expect(page.html).not.toMatch(/name="days" value="TUE" checked/);
    expect(page.html).toContain('name="starts_after" type="time" value="08:00"');
    expect(page.html).toContain('name="max_credits" type="number" value="3"');
    expect(page.text).toContain("matches with sections on Mon, Wed only, between 08:00 and 12:00 of 2-3 credits");
    // The filters sit open when one is set.
    expect(page.html).toMatch(/<details[^>]* open/);
  });

  test("htmx: the form's fields (checkboxes repeat `days`) give the results and a shareable address", async () => {
    const browser = new ViewClient(stack.viewUrl);
    const answer = await browser.request(`/catalog?term=${termId}&q=&department=&days=TUE&days=THU&days=FRI&starts_after=&ends_before=&instructor=&min_credits=&max_credits=`, { htmx: true });
    expect(answer.status).toBe(200);
    expect(listed(answer.html).sort()).toEqual(["fridayNoon", "tuesdayAfternoon"]);
    expect(answer.headers.get("hx-replace-url")).toBe(`/catalog?term=${termId}&days=TUE%2CTHU%2CFRI`);
    // Every error slot is sent out of band, empty: a fixed field loses its message.
    expect(answer.html).toMatch(/id="catalog-min_credits-error"[^>]*hx-swap-oob="true"/);
    const byTeacher = await browser.request(`/catalog?term=${termId}&instructor=${encodeURIComponent(teacherName.slice(-5).toLowerCase())}`, { htmx: true });
    expect(listed(byTeacher.html)).toEqual(["mondayMorning"]);
    const afternoon = await browser.request(`/catalog?term=${termId}&starts_after=12:00`, { htmx: true });
    expect(listed(afternoon.html).sort()).toEqual(["fridayNoon", "tuesdayAfternoon"]);
    const lateEnd = await browser.request(`/catalog?term=${termId}&ends_before=13:00&min_credits=1&max_credits=1`, { htmx: true });
    expect(listed(lateEnd.html)).toEqual(["fridayNoon"]);
  });

  test("a bad value is shown beside its field (page and htmx), never as a server error", async () => {
    const browser = new ViewClient(stack.viewUrl);
    const page = await browser.request(`/catalog?term=${termId}&min_credits=4&max_credits=2`);
    expect(page.status).toBe(200);
    expect(page.html).toMatch(/aria-invalid="true" aria-describedby="catalog-max_credits-error"/);
    expect(page.html).toMatch(/<p id="catalog-max_credits-error"[^>]*>Credits up to must not be below Credits from\.<\/p>/);
    expect(page.text).toContain("Some filters need a change");
    expect(page.html).toContain('name="min_credits" type="number" value="4"');
    const typed = await browser.request(`/catalog?term=${termId}&starts_after=9am&days=MON,FUNDAY&min_credits=lots`, { htmx: true });
    expect(typed.status).toBe(200);
    expect(typed.html).toMatch(/<p id="catalog-starts_after-error"[^>]*hx-swap-oob="true"[^>]*>Starting at or after must be a 24-hour time/);
    expect(typed.html).toMatch(/<p id="catalog-days-error"[^>]*hx-swap-oob="true"[^>]*>Days /);
    expect(typed.html).toMatch(/<p id="catalog-min_credits-error"[^>]*hx-swap-oob="true"[^>]*>Credits from /);
    const window = await browser.request(`/catalog?term=${termId}&starts_after=15:00&ends_before=09:00`);
    expect(window.html).toMatch(/<p id="catalog-ends_before-error"[^>]*>Ending by must be later than Starting at or after\.<\/p>/);
  });
});
