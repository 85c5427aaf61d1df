// The admin lists against the real stack: saving a section comes back to the same filtered page
// of the list; a clash names every clashing section; accounts sort in natural order (student2
// before student10) on the server, so every page of the list is right.
import { setDefaultTimeout, beforeAll, describe, expect, test } from "bun:test";
import { getStack, type Stack } from "../support/stack";
import { ViewClient } from "../support/view-client";
import { newCourse, newFaculty, newSection, newTerm } from "./enrollment-fixtures";
import { encodePageToken } from "../../nodes/shared/paging";

setDefaultTimeout(30_000); // see tests/support/preload.ts

let stack: Stack;
let admin: string;
let browser: ViewClient;

beforeAll(async () => {
  stack = await getStack();
  admin = (await stack.login("admin")).access_token;
  browser = await ViewClient.signIn(stack.viewUrl, "admin", stack.config.demoPassword);
}, 60_000);

const decode = (href: string) => href.replace(/&amp;/g, "&");

describe("admin lists", () => {
  test("saving a section from page 2 of a filtered list lands on that page of that list", async () => {
    const term = await newTerm(stack);
    const teacher = await newFaculty(stack);
    const title = `Moss Ecology ${Date.now().toString(36)}`;
    for (let i = 0; i < 3; i++) {
      const course = await newCourse(stack, { title: `${title} ${i}` });
      await newSection(stack, { termId: term.id, courseId: course.id, instructorId: teacher.id, meetings: [{ day: "SAT", start_time: `0${i + 7}:00`, end_time: `0${i + 7}:50` }] });
    }
    const list = `/admin/sections?term=${term.id}&q=${encodeURIComponent(title)}`;
    const first = await browser.request(list);
    expect(first.text).toContain("3 sections found.");
    // Each Edit link of the list carries the list's own address (term and search) to come back to.
    const edit = decode(first.html.match(/href="(\/admin\/sections\/[0-9a-f-]+\/edit\?return=[^"]+)"/)?.[1] ?? "");
    const carried = new URL(edit, "http://x").searchParams.get("return") ?? "";
    expect(new URL(carried, "http://x").searchParams.get("term")).toBe(term.id);
    expect(new URL(carried, "http://x").searchParams.get("q")).toBe(title);

    // Opened from a later page, the form keeps that page (its token and the tokens before it).
    const laterPage = `/admin/sections?term=${term.id}&q=${encodeURIComponent(title)}&page_token=${encodePageToken(25)}&back=-`;
    const editPath = edit.replace(/\?.*/, "");
    const form = await browser.request(`${editPath}?return=${encodeURIComponent(laterPage)}`);
    const returnTo = decode(form.html.match(/<input type="hidden" name="return" value="([^"]+)"/)?.[1] ?? "");
    expect(returnTo).toBe(laterPage);
    expect(form.html).toContain(`href="${returnTo}" class="btn-secondary">Back to sections`);

    const fields = Object.fromEntries([...form.html.matchAll(/<input id="field-(code|room|capacity)" name="\1"[^>]*value="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
    const instructor = form.html.match(/<option value="([0-9a-f-]+)" selected/)?.[1] ?? teacher.id;
    const meeting = { meeting_rows: "1", m0_days: ["SAT"], m0_start: form.html.match(/name="m0_start" value="([^"]+)"/)?.[1] ?? "", m0_end: form.html.match(/name="m0_end" value="([^"]+)"/)?.[1] ?? "" };
    const saved = await browser.request(editPath, {
      form: { return: returnTo, code: fields.code!, room: fields.room!, capacity: "31", instructor_id: instructor, ...meeting },
    });
    expect(saved.status).toBe(303);
    expect(saved.location).toBe(returnTo);

    // A return address elsewhere is not followed.
    const elsewhere = await browser.request(editPath, {
      form: { return: "https://evil.example/admin/sections", code: fields.code!, room: fields.room!, capacity: "31", instructor_id: instructor, ...meeting },
    });
    expect(elsewhere.location).toBe(`/admin/sections?term=${term.id}`);
  }, 60_000);

  test("a clash names every clashing section, with the times as the pages write them", async () => {
    const term = await newTerm(stack);
    const teacher = await newFaculty(stack);
    const room = `HALL ${Date.now().toString(36).toUpperCase()}`;
    const monday = await newSection(stack, { termId: term.id, instructorId: teacher.id, room, meetings: [{ day: "MON", start_time: "09:00", end_time: "09:50" }, { day: "WED", start_time: "09:00", end_time: "09:50" }] });
    const tuesday = await newSection(stack, { termId: term.id, instructorId: teacher.id, room, meetings: [{ day: "TUE", start_time: "10:00", end_time: "11:15" }] });
    const course = await newCourse(stack);
    const clash = await stack.api("/api/v1/sections", {
      token: admin,
      body: {
        course_id: course.id,
        term_id: term.id,
        code: "001",
        instructor_id: teacher.id,
        room,
        capacity: 10,
        meetings: [
          { day: "MON", start_time: "09:30", end_time: "10:30" },
          { day: "WED", start_time: "09:30", end_time: "10:30" },
          { day: "TUE", start_time: "11:00", end_time: "12:00" },
        ],
      },
    });
    expect(clash.status).toBe(400);
    const mondayLabel = `${monday.course_code}-001`;
    const tuesdayLabel = `${tuesday.course_code}-001`;
    const [a, b] = [mondayLabel, tuesdayLabel].sort((x, y) => x.localeCompare(y));
    const times: Record<string, string> = { [mondayLabel]: "Mon, Wed 09:00–09:50", [tuesdayLabel]: "Tue 10:00–11:15" };
    const both = `${a} on ${times[a!]} and ${b} on ${times[b!]}`;
    expect(clash.body.error.message).toBe(`Room ${room} is already used by ${both}. Professor ${teacher.username} already teaches ${both}.`);
    expect(clash.body.error.details).toEqual([
      { field: "room", message: `Clashes with ${both}.` },
      { field: "instructor_id", message: `Clashes with ${both}.` },
    ]);
  }, 60_000);

  test("accounts sort in natural order on the server, and paging keeps that order", async () => {
    const demo = /^student\d+$/;
    const all = await stack.api("/api/v1/users?role=STUDENT&order_by=username&page_size=200", { token: admin });
    const usernames = (all.body.users as Array<{ username: string }>).map((u) => u.username);
    const students = usernames.filter((u) => demo.test(u));
    expect(students.slice(0, 12)).toEqual(["student1", "student2", "student3", "student4", "student5", "student6", "student7", "student8", "student9", "student10", "student11", "student12"]);
    expect(students).toEqual([...students].sort((x, y) => Number(x.slice(7)) - Number(y.slice(7))));

    const paged: string[] = [];
    let token = "";
    do {
      const page = await stack.api(`/api/v1/users?role=STUDENT&order_by=username&page_size=7${token ? `&page_token=${token}` : ""}`, { token: admin });
      paged.push(...(page.body.users as Array<{ username: string }>).map((u) => u.username));
      token = page.body.next_page_token;
    } while (token);
    expect(paged).toEqual(usernames);

    const descending = await stack.api("/api/v1/users?role=STUDENT&order_by=username%20desc&page_size=200", { token: admin });
    const down = (descending.body.users as Array<{ username: string }>).map((u) => u.username).filter((u) => demo.test(u));
    expect(down.slice(0, 3)).toEqual(["student40", "student39", "student38"]);

    // The page lists the server's order (other test files add students, so the first page is whatever sorts first).
    const page = await browser.request("/admin/users?role=STUDENT&order_by=username", { htmx: true });
    const shown = [...page.html.matchAll(/<td[^>]*><a [^>]*href="\/admin\/users\/[0-9a-f-]+"[^>]*>([^<]+)</g)].map((m) => m[1]!);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown).toEqual(usernames.slice(0, shown.length));
  }, 60_000);
});
