// Administration through the REST API, against the real stack: terms, courses, sections and
// accounts, each refusal rule, waitlist promotion on a capacity raise, ended sessions of a
// disabled account, password reset and the audit trail. Every test makes its own term, courses,
// rooms and accounts so that it never disturbs the demo data other files rely on.
import { setDefaultTimeout, beforeAll, describe, expect, test } from "bun:test";
import { getStack, type Stack } from "../support/stack";

setDefaultTimeout(30_000); // see tests/support/preload.ts

const unique = (prefix: string) => `${prefix}${Date.now().toString(36).slice(-5)}${Math.floor(Math.random() * 1e4).toString(36)}`.toUpperCase();
const day = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
const date = (ms: number) => new Date(ms).toISOString().slice(0, 10);

let stack: Stack;
let admin: string;

beforeAll(async () => {
  stack = await getStack();
  admin = (await stack.login("admin")).access_token;
});

const as = (token: string) => ({
  get: (path: string) => stack.api(`/api/v1${path}`, { token }),
  post: (path: string, body: unknown = {}) => stack.api(`/api/v1${path}`, { method: "POST", token, body }),
  patch: (path: string, body: unknown) => stack.api(`/api/v1${path}`, { method: "PATCH", token, body }),
  delete: (path: string) => stack.api(`/api/v1${path}`, { method: "DELETE", token }),
});

/**
 * A term open for registration now, unique to the caller. It starts years ahead, so the demo
 * term (starting sooner) stays the catalog's default for the other test files.
 */
async function openTerm() {
  const now = Date.now();
  const created = await as(admin).post("/terms", {
    code: unique("T"),
    name: "Admin test term",
    starts_on: date(now + 1500 * day),
    ends_on: date(now + 1600 * day),
    registration_opens_at: iso(now - day),
    registration_closes_at: iso(now + 20 * day),
    add_drop_deadline: iso(now + 40 * day),
  });
  expect(created.status).toBe(201);
  return created.body.term as { id: string; code: string; registration_open: boolean };
}

async function newCourse(prerequisite_ids: string[] = []) {
  const code = `CS ${9000 + Math.floor(Math.random() * 1000)}${String.fromCharCode(65 + Math.floor(Math.random() * 26))}`;
  const created = await as(admin).post("/courses", { code, title: `Admin test ${code}`, credits: 3, department: "CS", prerequisite_ids });
  expect(created.status).toBe(201);
  return created.body.course as { id: string; code: string; retired: boolean; prerequisites: Array<{ id: string }> };
}

async function newUser(role: "STUDENT" | "FACULTY" | "ADMIN", name = `Test ${role.toLowerCase()}`) {
  const username = unique(role.slice(0, 3)).toLowerCase();
  const created = await as(admin).post("/users", { username, password: "correct horse battery", name, role });
  expect(created.status).toBe(201);
  return { ...(created.body.user as { id: string; username: string; name: string; role: string }), password: "correct horse battery" };
}

async function newSection(input: { termId: string; courseId: string; instructorId: string; room?: string; capacity?: number; meetings?: unknown[]; code?: string }) {
  const created = await as(admin).post("/sections", {
    course_id: input.courseId,
    term_id: input.termId,
    code: input.code ?? "001",
    instructor_id: input.instructorId,
    room: input.room ?? unique("RM"),
    capacity: input.capacity ?? 10,
    meetings: input.meetings ?? [
      { day: "MON", start_time: "09:00", end_time: "10:15" },
      { day: "WED", start_time: "09:00", end_time: "10:15" },
    ],
  });
  expect(created.status).toBe(201);
  return created.body.section as { id: string; course_code: string; code: string; room: string; capacity: number; enrolled: number; waitlisted: number; status: string };
}

async function enrollStudents(sectionId: string, count: number) {
  const students = [];
  for (let i = 0; i < count; i++) {
    const student = await newUser("STUDENT");
    const { access_token } = await stack.login(student.username, student.password);
    const enrolled = await as(access_token).post("/enrollments", { section_id: sectionId });
    expect(enrolled.status).toBe(201);
    students.push({ ...student, token: access_token, enrollment: enrolled.body.enrollment as { id: string; status: string } });
  }
  return students;
}

describe("who may administer", () => {
  test("students and faculty get 403, anonymous callers 401, before the body is even checked", async () => {
    const student = (await stack.login("student1")).access_token;
    const faculty = (await stack.login("faculty1")).access_token;
    for (const token of [student, faculty]) {
      expect((await as(token).post("/terms", { code: "X" })).status).toBe(403);
      expect((await as(token).get("/users")).status).toBe(403);
      expect((await as(token).patch("/sections/00000000-0000-4000-8000-000000000000", { capacity: 5 })).status).toBe(403);
      expect((await as(token).delete("/courses/00000000-0000-4000-8000-000000000000")).status).toBe(403);
      expect((await as(token).get("/audit")).status).toBe(403);
    }
    const anonymous = await stack.api("/api/v1/users");
    expect(anonymous.status).toBe(401);
  });

  test("input validation names the field, and unknown fields are refused", async () => {
    const badDate = await as(admin).post("/terms", { code: "2099XX", name: "Bad", starts_on: "next monday", ends_on: "2099-12-01", registration_opens_at: "2099-01-01T00:00:00Z", registration_closes_at: "2099-02-01T00:00:00Z", add_drop_deadline: "2099-02-10T00:00:00Z" });
    expect(badDate.status).toBe(400);
    expect(badDate.body.error.details).toContainEqual({ field: "starts_on", message: "First day of classes must be a date like 2026-09-01." });
    const extra = await as(admin).post("/users", { username: "someone", password: "correct horse battery", name: "X", role: "FACULTY", is_root: true });
    expect(extra.status).toBe(400);
    expect(extra.body.error.details[0].field).toBe("is_root");
    const credits = await as(admin).post("/courses", { code: "CS 9999", title: "X", credits: 40, department: "CS" });
    expect(credits.status).toBe(400);
    expect(credits.body.error.details[0]).toMatchObject({ field: "credits", message: "Credits must be a whole number from 0 to 12." });
    const ordered = await as(admin).get("/users?order_by=password");
    expect(ordered.status).toBe(400);
    expect(ordered.body.error.details[0].field).toBe("order_by");
  });

  test("the admin operations are in the OpenAPI document", async () => {
    const spec = await stack.api("/api/docs/json");
    expect(spec.status).toBe(200);
    for (const path of ["/api/v1/terms/{id}", "/api/v1/courses/{id}", "/api/v1/sections/{id}", "/api/v1/users", "/api/v1/users/{id}", "/api/v1/users/{id}/password-reset", "/api/v1/audit"]) {
      expect(Object.keys(spec.body.paths)).toContain(path);
    }
    expect(spec.body.paths["/api/v1/sections/{id}"].patch.summary).toContain("Capacity below the number enrolled");
  });
});

describe("terms", () => {
  test("create, change and delete a term; a term with sections is not deleted", async () => {
    const term = await openTerm();
    expect(term.registration_open).toBe(true);
    const renamed = await as(admin).patch(`/terms/${term.id}`, { name: "Renamed term" });
    expect(renamed.status).toBe(200);
    expect(renamed.body.term).toMatchObject({ id: term.id, name: "Renamed term", code: term.code });
    const backwards = await as(admin).patch(`/terms/${term.id}`, { registration_closes_at: "2000-01-01T00:00:00Z" });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.details[0].field).toBe("registration_closes_at");
    const duplicate = await as(admin).post("/terms", { code: term.code, name: "Copy", starts_on: "2099-09-01", ends_on: "2099-12-01", registration_opens_at: "2099-01-01T00:00:00Z", registration_closes_at: "2099-02-01T00:00:00Z", add_drop_deadline: "2099-02-10T00:00:00Z" });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.details[0].field).toBe("code");

    const faculty = await newUser("FACULTY");
    const course = await newCourse();
    await newSection({ termId: term.id, courseId: course.id, instructorId: faculty.id });
    const refused = await as(admin).delete(`/terms/${term.id}`);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain("has 1 section:");

    const empty = await openTerm();
    expect((await as(admin).delete(`/terms/${empty.id}`)).status).toBe(204);
    expect((await stack.api(`/api/v1/terms`)).body.terms.map((t: { id: string }) => t.id)).not.toContain(empty.id);
  });
});

describe("courses", () => {
  test("prerequisites are chosen from existing courses and a cycle is refused, naming it", async () => {
    const basics = await newCourse();
    const advanced = await newCourse([basics.id]);
    expect(advanced.prerequisites.map((p) => p.id)).toEqual([basics.id]);
    const cycle = await as(admin).patch(`/courses/${basics.id}`, { prerequisite_ids: [advanced.id] });
    expect(cycle.status).toBe(400);
    expect(cycle.body.error.details[0].field).toBe("prerequisite_ids");
    expect(cycle.body.error.message).toContain("cycle");
    expect(cycle.body.error.message).toContain(advanced.code);
    const self = await as(admin).patch(`/courses/${basics.id}`, { prerequisite_ids: [basics.id] });
    expect(self.status).toBe(400);
    const changed = await as(admin).patch(`/courses/${advanced.id}`, { title: "Advanced things", credits: 4 });
    expect(changed.body.course).toMatchObject({ title: "Advanced things", credits: 4 });
    expect(changed.body.course.prerequisites.map((p: { id: string }) => p.id)).toEqual([basics.id]);
  });

  test("retiring a course keeps it in the catalog list but refuses new sections", async () => {
    const term = await openTerm();
    const faculty = await newUser("FACULTY");
    const course = await newCourse();
    const retired = await as(admin).delete(`/courses/${course.id}`);
    expect(retired.status).toBe(200);
    expect(retired.body.course.retired).toBe(true);
    const again = await as(admin).delete(`/courses/${course.id}`);
    expect(again.status).toBe(400);
    const section = await as(admin).post("/sections", { course_id: course.id, term_id: term.id, code: "001", instructor_id: faculty.id, room: unique("RM"), capacity: 5, meetings: [] });
    expect(section.status).toBe(400);
    expect(section.body.error.message).toContain("retired");
    const listed = await stack.api(`/api/v1/courses?all=true&q=${encodeURIComponent(course.code)}`);
    expect(listed.body.courses.map((c: { id: string; retired: boolean }) => [c.id, c.retired])).toContainEqual([course.id, true]);
  });
});

describe("sections", () => {
  test("a room or an instructor booked at an overlapping time is refused, naming the clash", async () => {
    const term = await openTerm();
    const [ada, bob] = [await newUser("FACULTY", "Ada Lovelace"), await newUser("FACULTY", "Bob Boole")];
    const course = await newCourse();
    const room = unique("RM");
    const first = await newSection({ termId: term.id, courseId: course.id, instructorId: ada.id, room, code: "001" });
    const label = `${first.course_code}-${first.code}`;
    const overlap = [{ day: "WED", start_time: "10:00", end_time: "11:00" }];

    const roomClash = await as(admin).post("/sections", { course_id: course.id, term_id: term.id, code: "002", instructor_id: bob.id, room, capacity: 5, meetings: overlap });
    expect(roomClash.status).toBe(400);
    expect(roomClash.body.error.message).toContain(`Room ${room}`);
    expect(roomClash.body.error.message).toContain(label);
    expect(roomClash.body.error.details[0].field).toBe("room");

    const teacherClash = await as(admin).post("/sections", { course_id: course.id, term_id: term.id, code: "003", instructor_id: ada.id, room: unique("RM"), capacity: 5, meetings: overlap });
    expect(teacherClash.status).toBe(400);
    expect(teacherClash.body.error.message).toContain("Ada Lovelace");
    expect(teacherClash.body.error.message).toContain(label);
    expect(teacherClash.body.error.details[0].field).toBe("instructor_id");

    // Back to back is not a clash; moving onto the first section's time later is.
    const later = await newSection({ termId: term.id, courseId: course.id, instructorId: ada.id, room, code: "004", meetings: [{ day: "WED", start_time: "10:15", end_time: "11:00" }] });
    const moved = await as(admin).patch(`/sections/${later.id}`, { meetings: [{ day: "MON", start_time: "09:30", end_time: "10:30" }] });
    expect(moved.status).toBe(400);
    expect(moved.body.error.message).toContain(label);

    const student = (await stack.login("student2")).access_token;
    expect((await as(student).post("/sections", { course_id: course.id, term_id: term.id, code: "009", instructor_id: ada.id, room, capacity: 5 })).status).toBe(403);
  });

  test("a student cannot be made an instructor", async () => {
    const term = await openTerm();
    const course = await newCourse();
    const student = await newUser("STUDENT", "Stu Dent");
    const refused = await as(admin).post("/sections", { course_id: course.id, term_id: term.id, code: "001", instructor_id: student.id, room: unique("RM"), capacity: 5 });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details[0].field).toBe("instructor_id");
  });

  test("capacity below the number enrolled is refused with the count; a raise promotes the waitlist at once", async () => {
    const term = await openTerm();
    const faculty = await newUser("FACULTY");
    const course = await newCourse();
    const section = await newSection({ termId: term.id, courseId: course.id, instructorId: faculty.id, capacity: 2 });
    const students = await enrollStudents(section.id, 4);
    expect(students.map((s) => s.enrollment.status)).toEqual(["ENROLLED", "ENROLLED", "WAITLISTED", "WAITLISTED"]);

    const lowered = await as(admin).patch(`/sections/${section.id}`, { capacity: 1 });
    expect(lowered.status).toBe(400);
    expect(lowered.body.error.message).toContain("2");
    expect(lowered.body.error.details[0].field).toBe("capacity");
    expect((await stack.api(`/api/v1/sections/${section.id}`)).body.section).toMatchObject({ capacity: 2, enrolled: 2, waitlisted: 2 });

    const raised = await as(admin).patch(`/sections/${section.id}`, { capacity: 3 });
    expect(raised.status).toBe(200);
    expect(raised.body.promoted).toBe(1);
    expect(raised.body.section).toMatchObject({ capacity: 3, enrolled: 3, waitlisted: 1 });
    const firstInLine = await as(students[2]!.token).get(`/me/enrollments?term=${term.id}`);
    expect(firstInLine.body.enrollments.find((e: { section: { id: string } }) => e.section.id === section.id)?.status).toBe("ENROLLED");
    const secondInLine = await as(students[3]!.token).get(`/me/enrollments?term=${term.id}`);
    expect(secondInLine.body.enrollments.find((e: { section: { id: string } }) => e.section.id === section.id)?.status).toBe("WAITLISTED");
  });

  test("cancelling a section with students says how many and needs confirm; their schedules show it cancelled", async () => {
    const term = await openTerm();
    const faculty = await newUser("FACULTY");
    const course = await newCourse();
    const section = await newSection({ termId: term.id, courseId: course.id, instructorId: faculty.id, capacity: 2 });
    const students = await enrollStudents(section.id, 3);

    const unconfirmed = await as(admin).delete(`/sections/${section.id}`);
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.body.error.message).toContain("2 enrolled students and 1 waitlisted student");
    expect((await stack.api(`/api/v1/sections/${section.id}`)).body.section.status).toBe("ACTIVE");

    const confirmed = await as(admin).delete(`/sections/${section.id}?confirm=true`);
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.section.status).toBe("CANCELLED");
    expect(confirmed.body.affected).toBe(3);
    const schedule = await as(students[0]!.token).get(`/me/enrollments?term=${term.id}&include_dropped=true`);
    const entry = schedule.body.enrollments.find((e: { section: { id: string } }) => e.section.id === section.id);
    expect(entry?.status).toBe("CANCELLED");

    const empty = await newSection({ termId: term.id, courseId: course.id, instructorId: faculty.id, code: "002", room: unique("RM"), meetings: [] });
    const noConfirmNeeded = await as(admin).delete(`/sections/${empty.id}`);
    expect(noConfirmNeeded.status).toBe(200);
    expect(noConfirmNeeded.body.affected).toBe(0);
    expect((await as(admin).patch(`/sections/${empty.id}`, { capacity: 20 })).status).toBe(400);
  });
});

describe("accounts", () => {
  test("list, search, filter by role, sort and page users on the server", async () => {
    const marker = unique("zed").toLowerCase();
    for (const name of ["Zed Alpha", "Zed Beta", "Zed Gamma"]) {
      expect((await as(admin).post("/users", { username: `${marker}${name.slice(4).toLowerCase()}`, password: "correct horse battery", name: `${name} ${marker}`, role: "FACULTY" })).status).toBe(201);
    }
    const first = await as(admin).get(`/users?q=${marker}&role=FACULTY&order_by=name%20desc&page_size=2`);
    expect(first.status).toBe(200);
    expect(first.body.total_size).toBe(3);
    expect(first.body.users.map((u: { name: string }) => u.name.split(" ")[1])).toEqual(["Gamma", "Beta"]);
    const second = await as(admin).get(`/users?q=${marker}&role=FACULTY&order_by=name%20desc&page_size=2&page_token=${first.body.next_page_token}`);
    expect(second.body.users.map((u: { name: string }) => u.name.split(" ")[1])).toEqual(["Alpha"]);
    expect(second.body.next_page_token).toBe("");
    const students = await as(admin).get(`/users?q=${marker}&role=STUDENT`);
    expect(students.body.users).toEqual([]);
  });

  test("a disabled account's access token is refused within seconds and its refresh token at once", async () => {
    const user = await newUser("STUDENT");
    const session = await stack.login(user.username, user.password);
    expect((await as(session.access_token).get("/me")).status).toBe(200);
    const disabled = await as(admin).patch(`/users/${user.id}`, { disabled: true });
    expect(disabled.status).toBe(200);
    expect(disabled.body.user.disabled).toBe(true);

    const refreshed = await stack.api("/api/v1/auth/refresh", { body: { refresh_token: session.refresh_token } });
    expect(refreshed.status).toBe(401);
    let status = 200;
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline) {
      status = (await as(session.access_token).get("/me")).status;
      if (status === 401) break;
      await Bun.sleep(200);
    }
    expect(status).toBe(401);
    const login = await stack.api("/api/v1/auth/login", { body: { username: user.username, password: user.password } });
    expect(login.status).toBe(403);

    expect((await as(admin).patch(`/users/${user.id}`, { disabled: false })).body.user.disabled).toBe(false);
    expect((await stack.api("/api/v1/auth/login", { body: { username: user.username, password: user.password } })).status).toBe(200);
  });

  test("a password reset makes the user choose a new password at next sign-in", async () => {
    const user = await newUser("FACULTY");
    const before = await stack.login(user.username, user.password);
    const weak = await as(admin).post(`/users/${user.id}/password-reset`, { new_password: "short" });
    expect(weak.status).toBe(400);
    expect(weak.body.error.details[0].field).toBe("new_password");
    expect((await as(admin).post(`/users/${user.id}/password-reset`, { new_password: "temporary pass 2026" })).status).toBe(204);
    expect((await stack.api("/api/v1/auth/refresh", { body: { refresh_token: before.refresh_token } })).status).toBe(401);
    expect((await stack.api("/api/v1/auth/login", { body: { username: user.username, password: user.password } })).status).toBe(401);
    const after = await stack.login(user.username, "temporary pass 2026");
    expect(after.user).toMatchObject({ must_change_password: true });
    const changed = await stack.api("/api/v1/auth/password", { token: after.access_token, body: { current_password: "temporary pass 2026", new_password: "my own new secret" } });
    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ access_token: expect.any(String), refresh_token: expect.any(String), expires_in: expect.any(Number) });
    expect((await stack.login(user.username, "my own new secret")).user).toMatchObject({ must_change_password: false });
  });

  test("the last active admin cannot be disabled or demoted", async () => {
    const second = await newUser("ADMIN", "Second Admin");
    const secondToken = (await stack.login(second.username, second.password)).access_token;
    const others = ((await as(secondToken).get("/users?role=ADMIN&page_size=200")).body.users as Array<{ id: string; disabled: boolean }>).filter((u) => u.id !== second.id && !u.disabled);
    try {
      for (const other of others) expect((await as(secondToken).patch(`/users/${other.id}`, { disabled: true })).status).toBe(200);
      const disableSelf = await as(secondToken).patch(`/users/${second.id}`, { disabled: true });
      expect(disableSelf.status).toBe(400);
      expect(disableSelf.body.error.message).toContain("last active admin");
      const demoteSelf = await as(secondToken).patch(`/users/${second.id}`, { role: "FACULTY" });
      expect(demoteSelf.status).toBe(400);
      expect(demoteSelf.body.error.message).toContain("last active admin");
    } finally {
      for (const other of others) await as(secondToken).patch(`/users/${other.id}`, { disabled: false });
    }
    // With the others back, the second admin may step down.
    expect((await as(secondToken).patch(`/users/${second.id}`, { role: "FACULTY" })).status).toBe(200);
    admin = (await stack.login("admin")).access_token;
  });
});

describe("audit trail", () => {
  test("account and catalog actions are recorded with who and what, newest first, paged", async () => {
    const term = await openTerm();
    const user = await newUser("FACULTY", "Audited Person");
    await as(admin).patch(`/users/${user.id}`, { name: "Audited Renamed" });
    const page = await as(admin).get("/audit?page_size=50");
    expect(page.status).toBe(200);
    const events = page.body.events as Array<{ id: string; source: string; action: string; entity_id: string; actor_username: string; created_at: string; details: any }>;
    const rename = events.find((e) => e.action === "user.update" && e.entity_id === user.id);
    expect(rename).toMatchObject({ source: "accounts", actor_username: "admin" });
    expect(rename!.details).toMatchObject({ before: { name: "Audited Person" }, after: { name: "Audited Renamed" } });
    expect(events.find((e) => e.action === "user.create" && e.entity_id === user.id)).toBeDefined();
    const created = events.find((e) => e.action === "term.create" && e.entity_id === term.id);
    expect(created).toMatchObject({ source: "catalog", actor_username: "admin" });
    expect(created!.details.after.code).toBe(term.code);
    const times = events.map((e) => e.created_at);
    expect([...times].sort().reverse()).toEqual(times);
    expect(events.findIndex((e) => e.entity_id === user.id && e.action === "user.update")).toBeLessThan(events.findIndex((e) => e.entity_id === term.id));

    const one = await as(admin).get("/audit?page_size=1");
    const two = await as(admin).get(`/audit?page_size=1&page_token=${one.body.next_page_token}`);
    expect(one.body.events[0].id).toBe(events[0]!.id);
    expect(two.body.events[0].id).toBe(events[1]!.id);
  });
});
