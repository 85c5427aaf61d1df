// Words that must agree with the state they describe, over HTTP against the real stack: the grade
// sheet and chart of a released section, the catalog of a term with nothing scheduled, and counted
// nouns ("1 course matches", "1 account found", "1 seat left").
import { setDefaultTimeout, beforeAll, describe, expect, test } from "bun:test";
import { getStack, type Stack } from "../support/stack";
import { textOf, ViewClient } from "../support/view-client";
import { newCourse, newFaculty, newSection, newTerm } from "./enrollment-fixtures";

setDefaultTimeout(30_000); // see tests/support/preload.ts

let stack: Stack;

beforeAll(async () => {
  stack = await getStack();
}, 60_000);

describe("wording that matches the state", () => {
  test("a released section's grade sheet and chart do not speak of drafts", async () => {
    const token = (await stack.login("faculty1")).access_token;
    const { body } = await stack.api("/api/v1/me/sections", { token });
    type Taught = { id: string; state: string; roster_size: number; graded_count: number };
    // The past term's sections: every grade released by the demo data.
    const released = (body.sections as Taught[]).find((s) => s.state === "RELEASED" && s.graded_count > 0);
    if (!released) throw new Error("faculty1 has no released section in the demo data");
    const faculty = await ViewClient.signIn(stack.viewUrl, "faculty1", stack.config.demoPassword);
    const sheet = await faculty.request(`/teaching/sections/${released.id}`);
    expect(sheet.status).toBe(200);
    expect(sheet.text).not.toContain("Grades stay drafts, invisible to students, until you release them");
    expect(sheet.text).not.toContain("drafts included");
    expect(sheet.text).toMatch(/graded of \d+ enrolled, every grade released\./);
  }, 60_000);

  test("a term with no sections says nothing is offered, not that a search found nothing", async () => {
    const empty = await newTerm(stack);
    const visitor = new ViewClient(stack.viewUrl);
    const page = await visitor.request(`/catalog?term=${empty.id}`);
    expect(page.status).toBe(200);
    expect(page.text).toContain(`No courses are offered in ${empty.name} yet.`);
    expect(page.text).not.toContain("No courses match");
    expect(page.text).not.toContain("fewer or different words");
  }, 60_000);

  test("one course matches, one account is found, one seat is left: singular nouns", async () => {
    const term = await newTerm(stack);
    const title = `Lichen Survey ${Date.now().toString(36)}`;
    const course = await newCourse(stack, { title });
    await newSection(stack, { termId: term.id, courseId: course.id, capacity: 1, instructorId: (await newFaculty(stack)).id });
    const visitor = new ViewClient(stack.viewUrl);
    const search = await visitor.request(`/catalog?term=${term.id}&q=${encodeURIComponent(title)}`);
    expect(search.text).toContain(`1 course matches “${title}” in ${term.name}.`);
    expect(search.text).toContain("1 of 1 seat left");

    const admin = await ViewClient.signIn(stack.viewUrl, "admin", stack.config.demoPassword);
    const faculty = await newFaculty(stack);
    const accounts = await admin.request(`/admin/users?q=${faculty.username}`, { htmx: true });
    expect(accounts.html).toContain("1 account found.");
    expect(accounts.html).not.toContain("1 accounts");
  }, 60_000);
});
