// The grading pages over HTTP against the real stack, as a browser would use them (cookie jar,
// CSRF token, htmx headers): a faculty member grades, previews a CSV, imports and releases; the
// student then sees the grade; student1 sees their seeded grades, GPA and transcript.
import { setDefaultTimeout, beforeAll, describe, expect, test } from "bun:test";
import { getStack, type Stack } from "../support/stack";
import { textOf, ViewClient } from "../support/view-client";

setDefaultTimeout(30_000); // see tests/support/preload.ts

/** The `<tr>` of one student on a grade sheet. */
const rowOf = (html: string, studentId: string) => html.match(new RegExp(`<tr id="grade-row-${studentId}">[\\s\\S]*?</tr>`))?.[0] ?? "";

describe("faculty grading pages", () => {
  let stack: Stack;
  let faculty: ViewClient;
  let sectionId: string;
  let studentId: string;

  beforeAll(async () => {
    stack = await getStack();
    const token = (await stack.login("faculty1")).access_token;
    const { body } = await stack.api("/api/v1/me/sections", { token });
    // CS 201-001 of the current term: only student25 is enrolled (db/seed/demo-catalog.ts).
    const section = body.sections.find((s: { course_code: string; code: string; roster_size: number }) => s.course_code === "CS 201" && s.code === "001" && s.roster_size > 0);
    sectionId = section.id;
    studentId = (await stack.login("student25")).user.id;
    faculty = await ViewClient.signIn(stack.viewUrl, "faculty1", stack.config.demoPassword);
  }, 120_000);

  test("My sections lists current and past terms with roster size, grades entered, state and links", async () => {
    const page = await faculty.request("/teaching");
    expect(page.status).toBe(200);
    const text = textOf(page.html);
    expect(text).toContain("My sections");
    expect(text).toContain("Current term");
    expect(page.html).toContain(`href="/teaching/sections/${sectionId}"`);
    expect(page.html).toContain(`href="/sections/${sectionId}/roster"`);
    const row = page.html.match(new RegExp(`<tr>(?:(?!</tr>)[\\s\\S])*?/teaching/sections/${sectionId}"[\\s\\S]*?</tr>`))?.[0] ?? "";
    expect(textOf(row)).toMatch(/CS 201-001 .*Data Structures.* 1 .*0 of 1 .*Not started/);
    // The past term's sections are released.
    expect((page.html.match(/<h2 id="term-/g) ?? []).length).toBeGreaterThanOrEqual(2);
    expect(text).toContain("Released");
  });

  test("the grade sheet lists the enrolled student; a grade saves inline, a bad one shows its error in place", async () => {
    const sheet = await faculty.request(`/teaching/sections/${sectionId}`);
    expect(sheet.status).toBe(200);
    const row = rowOf(sheet.html, studentId);
    expect(textOf(row)).toContain("student25");
    expect(textOf(row)).toContain("Not graded");
    expect(row).toContain(`<label for="grade-${studentId}" class="sr-only">Grade for `);

    const saved = await faculty.request(`/teaching/sections/${sectionId}/grades/${studentId}`, { form: { grade: "B+" }, htmx: true });
    expect(saved.status).toBe(200);
    expect(saved.html.startsWith(`<tr id="grade-row-${studentId}">`)).toBe(true);
    expect(saved.html).toContain('<option value="B+" selected');
    expect(textOf(saved.html)).toContain("Saved B+ for");
    expect(textOf(saved.html)).toContain("Draft");
    expect(saved.html).toContain("data-announce");
    expect(saved.headers.get("hx-trigger")).toContain("grades-changed");

    const refused = await faculty.request(`/teaching/sections/${sectionId}/grades/${studentId}`, { form: { grade: "E" }, htmx: true });
    expect(refused.status).toBe(400);
    expect(refused.html).toContain('aria-invalid="true"');
    expect(textOf(refused.html)).toContain('"E" is not a grade');
    expect(textOf(refused.html)).toContain("Draft");

    const overview = await faculty.request(`/teaching/sections/${sectionId}/overview`, { htmx: true });
    expect(textOf(overview.html)).toContain("Grades entered 1 of 1");
    expect(overview.html).toContain('role="img"');
    expect(overview.html).toMatch(/<title id="distribution-title">Grade distribution of CS 201-001<\/title>/);
    expect(textOf(overview.html)).toMatch(/Grade Students .*B\+ 1/);
  });

  test("without JavaScript the same forms post normally and the outcome shows on the sheet", async () => {
    const saved = await faculty.request(`/teaching/sections/${sectionId}/grades/${studentId}`, { form: { grade: "B+" } });
    expect(saved.status).toBe(303);
    expect(saved.headers.get("location")).toBe(`/teaching/sections/${sectionId}#grade-row-${studentId}`);
    const sheet = await faculty.request(`/teaching/sections/${sectionId}`);
    expect(textOf(sheet.html)).toContain("Saved B+ for");
    const confirm = await faculty.request(`/teaching/sections/${sectionId}/release`);
    expect(confirm.status).toBe(200);
    expect(confirm.html).toContain("<!doctype html>");
    expect(textOf(confirm.html)).toContain("Release grades of 1 student? Students will see them immediately.");
    expect(confirm.html).toContain(`<form method="post" action="/teaching/sections/${sectionId}/release"`);
    const preview = await faculty.request(`/teaching/sections/${sectionId}/import`, { form: { csv: "student25,Q" } });
    expect(preview.html).toContain("<!doctype html>");
    expect(textOf(preview.html)).toContain("1 row: 0 OK, 1 row with problems.");
  });

  test("a CSV preview shows each row's outcome and offers Apply only when every row is OK; applying imports all", async () => {
    const bad = new FormData();
    bad.set("file", new File(["student,grade\nstudent25,A-\nnobody-here,B\nstudent25,C\nstudent1,A\nstudent25\n"], "grades.csv", { type: "text/csv" }));
    bad.set("csv", "");
    const preview = await faculty.request(`/teaching/sections/${sectionId}/import`, { multipart: bad, htmx: true });
    expect(preview.status).toBe(200);
    const text = textOf(preview.html);
    expect(text).toContain("5 rows: 1 OK, 4 rows with problems.");
    for (const outcome of ["OK", "Unknown student", "Duplicate row", "Not enrolled", "Malformed"]) expect(text).toContain(outcome);
    expect(text).toContain("Fix the rows marked below in your file and upload it again.");
    expect(preview.html).not.toContain("Apply ");
    expect(preview.html).toContain('type="file"');

    const empty = await faculty.request(`/teaching/sections/${sectionId}/import`, { form: { csv: "  " }, htmx: true });
    expect(empty.html).toContain('aria-invalid="true"');
    expect(textOf(empty.html)).toContain("Choose a CSV file or paste its rows");

    const good = await faculty.request(`/teaching/sections/${sectionId}/import`, { form: { csv: "student25;A-" }, htmx: true });
    expect(textOf(good.html)).toContain("1 row, all OK. Nothing has been saved yet.");
    expect(good.html).toContain("Apply 1 grade");
    expect(good.html).toContain('<input type="hidden" name="csv" value="student25;A-"/>');

    const applied = await faculty.request(`/teaching/sections/${sectionId}/import/apply`, { form: { csv: "student25;A-", reason: "" }, htmx: true });
    expect(applied.status).toBe(200);
    expect(applied.html.startsWith('<div id="sheet-body">')).toBe(true);
    expect(textOf(applied.html)).toContain("Imported 1 grade from the file.");
    expect(rowOf(applied.html, studentId)).toContain('<option value="A-" selected');

    const refusedApply = await faculty.request(`/teaching/sections/${sectionId}/import/apply`, { form: { csv: "student25,A\nghost,B", reason: "" }, htmx: true });
    expect(textOf(refusedApply.html)).toContain("Nothing was imported");
    expect(textOf(refusedApply.html)).toContain('Line 2: There is no student "ghost".');
    expect(rowOf(refusedApply.html, studentId)).toContain('<option value="A-" selected');
  });

  test("release asks for confirmation in place; then the student sees the grade and changes need a reason", async () => {
    const student = await ViewClient.signIn(stack.viewUrl, "student25", stack.config.demoPassword);
    expect(textOf((await student.request("/grades")).html)).not.toContain("CS 201");

    const confirm = await faculty.request(`/teaching/sections/${sectionId}/release`, { htmx: true });
    expect(textOf(confirm.html)).toContain("Release grades of 1 student? Students will see them immediately.");
    expect(confirm.html).toContain("Yes, release grades");

    const released = await faculty.request(`/teaching/sections/${sectionId}/release`, { form: {}, htmx: true });
    expect(released.status).toBe(200);
    expect(textOf(released.html)).toContain("Released 1 grade. Students can see them now.");
    expect(textOf(rowOf(released.html, studentId))).toContain("Released");
    expect(rowOf(released.html, studentId)).toContain(`<label for="reason-${studentId}"`);

    const grades = textOf((await student.request("/grades")).html);
    expect(grades).toMatch(/CS 201 Data Structures 4 A-/);

    const noReason = await faculty.request(`/teaching/sections/${sectionId}/grades/${studentId}`, { form: { grade: "A", reason: "" }, htmx: true });
    expect(noReason.status).toBe(400);
    expect(noReason.html).toMatch(new RegExp(`id="reason-${studentId}"[^>]*aria-invalid="true"`));
    expect(textOf(noReason.html)).toContain("give a reason");

    const withReason = await faculty.request(`/teaching/sections/${sectionId}/grades/${studentId}`, { form: { grade: "A", reason: "Regraded <the> final" }, htmx: true });
    expect(withReason.status).toBe(200);
    expect(textOf(withReason.html)).toContain("Saved A for");

    const history = await faculty.request(`/teaching/sections/${sectionId}/students/${studentId}/history`);
    expect(history.status).toBe(200);
    const text = textOf(history.html);
    expect(text).toMatch(/Entered – B\+/);
    expect(text).toMatch(/Imported \(CSV\) B\+ A-/);
    expect(text).toMatch(/Released A- A-/);
    expect(text).toMatch(/Changed after release A- A Regraded <the> final/);
    expect(history.html).toContain("Regraded &lt;the&gt; final");
    expect(textOf((await student.request("/grades")).html)).toMatch(/CS 201 Data Structures 4 A /);
  });

  test("another instructor may not open the sheet; students may not open faculty pages", async () => {
    const other = await ViewClient.signIn(stack.viewUrl, "faculty2", stack.config.demoPassword);
    const refused = await other.request(`/teaching/sections/${sectionId}`);
    expect(refused.status).toBe(403);
    expect(textOf(refused.html)).toContain("Not allowed");
    const student = await ViewClient.signIn(stack.viewUrl, "student3", stack.config.demoPassword);
    const redirected = await student.request("/teaching");
    expect(redirected.status).toBe(303);
    expect(redirected.headers.get("location")).toBe("/dashboard");
  });
});

describe("student grading pages", () => {
  test("student1 sees seeded past grades, term and cumulative GPA, and the GPA rules", async () => {
    const stack = await getStack();
    const student = await ViewClient.signIn(stack.viewUrl, "student1", stack.config.demoPassword);
    const page = await student.request("/grades");
    expect(page.status).toBe(200);
    const text = textOf(page.html);
    expect(text).toContain("Cumulative GPA 2.88");
    expect(text).toContain("Credits earned 11");
    expect(text).toMatch(/CS 101 Introduction to Programming 4 A /);
    expect(text).toMatch(/PSYC 101 .* 3 F /);
    expect(text).toContain("Term GPA: 2.88");
    expect(text).toContain("How your GPA is calculated");
    expect(page.html).toMatch(/<div [^>]*class="[^"]*overflow-x-auto[^"]*"[^>]*><table/);
  });

  test("student1's unofficial transcript has name, id, date, terms, totals and a print button", async () => {
    const stack = await getStack();
    const login = await stack.login("student1");
    const student = await ViewClient.signIn(stack.viewUrl, "student1", stack.config.demoPassword);
    const page = await student.request("/transcript");
    expect(page.status).toBe(200);
    const text = textOf(page.html);
    expect(text).toContain("Unofficial transcript");
    // The student ID a person can read and quote: the username, never the internal UUID.
    expect(text).toContain(`Student ID ${login.user.username}`);
    expect(text).not.toContain(login.user.id);
    expect(text).toMatch(/Issued \d{1,2} \w+ \d{4}/);
    expect(text).toMatch(/Credits attempted 14 Credits earned 11 Quality points 40\.30 Cumulative GPA 2\.88/);
    expect(text).toMatch(/ENG 101 .* 3 A- 11\.10/);
    expect(page.html).toContain("data-print");
    expect(page.html).toMatch(/href="\/assets\/[0-9a-z]+\/print\.css" media="print"/);
  });

  test("a new student sees the empty state; faculty and anonymous visitors are turned away", async () => {
    const stack = await getStack();
    const username = `nograde${Date.now().toString(36)}`;
    expect((await stack.api("/api/v1/auth/register", { body: { username, password: "a-long-passphrase-42", name: "New Student" } })).status).toBe(201);
    const fresh = await ViewClient.signIn(stack.viewUrl, username, "a-long-passphrase-42");
    const empty = textOf((await fresh.request("/grades")).html);
    expect(empty).toContain("No grades released yet");
    const faculty = await ViewClient.signIn(stack.viewUrl, "faculty3", stack.config.demoPassword);
    expect((await faculty.request("/transcript")).headers.get("location")).toBe("/dashboard");
    const anonymous = new ViewClient(stack.viewUrl);
    const redirect = await anonymous.request("/grades");
    expect(redirect.status).toBe(303);
    expect(redirect.headers.get("location")).toBe("/login?next=%2Fgrades");
  });
});
