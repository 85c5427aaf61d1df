// The admin area of the view over HTTP, as a browser without JavaScript (and htmx) would use it:
// a cookie jar, the CSRF token of the sign-in page, forms posted as application/x-www-form-urlencoded.
import { setDefaultTimeout, beforeAll, describe, expect, test } from "bun:test";
import { getStack, type Stack } from "../support/stack";
import { ViewClient } from "../support/view-client";
import { plural } from "../../nodes/shared/plural";

setDefaultTimeout(30_000); // see tests/support/preload.ts

const unique = (prefix: string) => `${prefix}${Date.now().toString(36).slice(-5)}${Math.floor(Math.random() * 1e4).toString(36)}`.toUpperCase();

let stack: Stack;
let admin: ViewClient;

beforeAll(async () => {
  stack = await getStack();
  admin = await ViewClient.signIn(stack.viewUrl, "admin", stack.config.demoPassword, "/dashboard");
});

describe("admin area", () => {
  test("every admin page opens for an admin, and a student is sent away", async () => {
    for (const path of ["/admin", "/admin/terms", "/admin/terms/new", "/admin/courses", "/admin/courses/new", "/admin/sections", "/admin/sections/new", "/admin/users", "/admin/users/new", "/admin/audit"]) {
      const page = await admin.request(path);
      expect(page.status, path).toBe(200);
      expect(page.html).toContain('aria-label="Administration"');
    }
    const overview = await admin.request("/admin");
    expect(overview.html).toContain("Registration now");
    expect(overview.html).toContain("Recent admin actions");

    const student = await ViewClient.signIn(stack.viewUrl, "student3", stack.config.demoPassword, "/dashboard");
    const refused = await student.request("/admin/users");
    expect(refused.status).toBe(303);
    expect(refused.location).toBe("/dashboard");
  });

  test("creating a term through the form, then seeing it in the list with a message", async () => {
    const code = unique("V");
    const created = await admin.request("/admin/terms/new", {
      form: {
        code,
        name: "View test term",
        starts_on: "2031-01-10",
        ends_on: "2031-05-01",
        registration_opens_at: "2030-11-01T08:00",
        registration_closes_at: "2031-01-20T23:59",
        add_drop_deadline: "2031-01-24T23:59",
      },
    });
    expect(created.status).toBe(303);
    expect(created.location).toBe("/admin/terms");
    const list = await admin.request("/admin/terms");
    expect(list.html).toContain(`Term ${code} (View test term) was created.`);
    expect(list.html).toContain("Fri, 1 Nov 2030, 08:00 UTC");
    const terms = (await stack.api("/api/v1/terms")).body.terms as Array<{ code: string; registration_opens_at: string }>;
    expect(terms.find((t) => t.code === code)?.registration_opens_at).toBe("2030-11-01T08:00:00.000Z");
  });

  test("a refused form comes back with the error beside the field and the values kept", async () => {
    const code = unique("V");
    const refused = await admin.request("/admin/terms/new", {
      htmx: true,
      form: {
        code,
        name: "Backwards term",
        starts_on: "2031-05-01",
        ends_on: "2031-01-10",
        registration_opens_at: "2030-11-01T08:00",
        registration_closes_at: "2031-01-20T23:59",
        add_drop_deadline: "2031-01-24T23:59",
      },
    });
    expect(refused.status).toBe(400);
    expect(refused.html).not.toContain("<html");
    expect(refused.html).toMatch(/<input id="field-ends_on" name="ends_on" type="date" value="2031-01-10"[^>]*aria-invalid="true" aria-describedby="field-ends_on-error"/);
    expect(refused.html).toContain('<p id="field-ends_on-error" class="mt-1 text-sm text-red-700">The last day of classes must not be before the first.</p>');
    expect(refused.html).toContain(`value="${code}"`);
  });

  test("account search, filter and sort run on the server; htmx gets the results fragment", async () => {
    const full = await admin.request("/admin/users?q=faculty&role=FACULTY&order_by=name%20desc");
    expect(full.html).toContain('aria-sort="descending"');
    expect(full.html).toContain("faculty1");
    expect(full.html).not.toContain(">student1<");
    const fragment = await admin.request("/admin/users?q=student1&order_by=username", { htmx: true });
    expect(fragment.status).toBe(200);
    expect(fragment.html.startsWith('<div id="users-results">')).toBe(true);
    expect(fragment.html).toContain(">student1<");
    expect(fragment.html).toContain("accounts found.");
  });

  test("a section form with meeting rows; a room clash is shown beside the room", async () => {
    const term = (await stack.api("/api/v1/terms")).body.terms[0] as { id: string };
    const adminToken = (await stack.login("admin")).access_token;
    const course = await stack.api("/api/v1/courses", { token: adminToken, body: { code: `CS ${9000 + Math.floor(Math.random() * 1000)}V`, title: "View sections", credits: 3, department: "CS" } });
    // Two faculty accounts of this test's own, so no other test's sections clash with theirs.
    const faculty: Array<{ id: string }> = [];
    for (const name of ["View Instructor One", "View Instructor Two"]) {
      const created = await stack.api("/api/v1/users", { token: adminToken, body: { username: unique("vf").toLowerCase(), password: "correct horse battery", name, role: "FACULTY" } });
      expect(created.status).toBe(201);
      faculty.push(created.body.user);
    }
    const room = unique("VR");
    const base = { course_id: course.body.course.id, term_id: term.id, room, capacity: "12", meeting_rows: "2", m0_days: ["TUE", "THU"], m0_start: "13:00", m0_end: "14:15", m1_start: "", m1_end: "" };
    const first = await admin.request("/admin/sections/new", { form: { ...base, code: "001", instructor_id: faculty[0]!.id } });
    expect(first.status).toBe(303);
    const list = await admin.request(first.location!);
    expect(list.html).toContain("Tue, Thu 13:00–14:15");

    const clash = await admin.request("/admin/sections/new", { htmx: true, form: { ...base, code: "002", instructor_id: faculty[1]!.id, m0_days: ["THU"], m0_start: "14:00", m0_end: "15:00" } });
    expect(clash.status).toBe(400);
    expect(clash.html).toContain(`Room ${room} is already used by`);
    expect(clash.html).toMatch(/<p id="field-room-error" class="mt-1 text-sm text-red-700">Clashes with CS \d+V-001 on Thu 13:00–14:15\.<\/p>/);

    const times = await admin.request("/admin/sections/new", { htmx: true, form: { ...base, code: "003", instructor_id: faculty[1]!.id, room: unique("VR"), m0_days: [], m0_start: "10:00", m0_end: "11:00" } });
    expect(times.status).toBe(400);
    expect(times.html).toContain('<p id="m0-error" class="mt-1 text-sm text-red-700">Choose at least one day for these times, or clear the times.</p>');

    const added = await admin.request("/admin/sections/new", { form: { ...base, code: "004", instructor_id: faculty[1]!.id, intent: "add_row" } });
    expect(added.html).toContain('name="meeting_rows" value="3"');
    expect(added.html).toContain('name="m2_start"');
  });

  test("cancelling a section with students asks for confirmation and says how many", async () => {
    const adminToken = (await stack.login("admin")).access_token;
    // Other test files add open terms of their own: look through every open term for a section with students.
    const openTerms = ((await stack.api("/api/v1/terms")).body.terms as Array<{ id: string; registration_open: boolean }>).filter((t) => t.registration_open);
    type Row = { id: string; enrolled: number; waitlisted: number; course_code: string; code: string; status: string };
    let busy: Row | undefined;
    for (const term of openTerms) {
      const sections = (await stack.api(`/api/v1/sections?term=${term.id}&page_size=200`, { token: adminToken })).body.sections as Row[];
      busy = sections.find((s) => s.enrolled > 0 && s.status === "ACTIVE");
      if (busy) break;
    }
    if (!busy) throw new Error("no open term has a section with students");
    const page = await admin.request(`/admin/sections/${busy.id}/cancel`);
    expect(page.html).toContain(`${busy.course_code}-${busy.code} has ${plural(busy.enrolled, "enrolled student")} and ${plural(busy.waitlisted, "waitlisted student")}.`);
    expect(page.html).toContain('name="confirm"');
    const unconfirmed = await admin.request(`/admin/sections/${busy.id}/cancel`, { form: {} });
    expect(unconfirmed.status).toBe(303);
    const again = await admin.request(unconfirmed.location!);
    expect(again.html).toContain("The section was not cancelled");
    expect((await stack.api(`/api/v1/sections/${busy.id}`)).body.section.status).toBe("ACTIVE");
  });
});
