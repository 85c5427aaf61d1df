// What the journeys need to exist before (or while) a user clicks, made through the public REST
// API the way other clients would: fresh accounts, courses and sections of their own, so the
// journeys never depend on each other or on other test files' changes to the demo data.
import type { Stack } from "../../support/stack";
import { uniqueName } from "./browser";

/** The password of every account the journeys create. */
export const PASSWORD = "journey passphrase 2026";

export interface Account {
  id: string;
  username: string;
  name: string;
  token: string;
}

async function call(stack: Stack, path: string, init: { method?: string; token?: string; body?: unknown }, expected: number) {
  const response = await stack.api(`/api/v1${path}`, init);
  if (response.status !== expected) throw new Error(`${init.method ?? (init.body ? "POST" : "GET")} ${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
  return response.body;
}

let adminToken: Promise<string> | undefined;
function asAdmin(stack: Stack): Promise<string> {
  adminToken ??= stack.login("admin").then((session) => session.access_token);
  return adminToken;
}

/** Registers and signs in a new student. */
export async function newStudent(stack: Stack, name = "Sam Student"): Promise<Account> {
  const username = uniqueName("st");
  await call(stack, "/auth/register", { body: { username, password: PASSWORD, name } }, 201);
  const session = await stack.login(username, PASSWORD);
  return { id: session.user.id, username, name, token: session.access_token };
}

/** Creates (as admin) and signs in a new faculty member. */
export async function newFaculty(stack: Stack, name = "Dr. Fay Faculty"): Promise<Account> {
  const username = uniqueName("fa");
  const { user } = await call(stack, "/users", { token: await asAdmin(stack), body: { username, password: PASSWORD, name, role: "FACULTY" } }, 201);
  const session = await stack.login(username, PASSWORD);
  return { id: user.id, username, name, token: session.access_token };
}

/** The term whose registration is open now (the demo's current term). */
export async function openTerm(stack: Stack): Promise<{ id: string; code: string; name: string }> {
  // The catalog's default term (open for registration, starting soonest): what a student sees first,
  // whatever terms other test files have added.
  const { term } = await call(stack, "/courses?page_size=1", {}, 200);
  if (!term?.registration_open) throw new Error("no term is open for registration");
  return term;
}

/** Creates a course without prerequisites, with a code no other test uses (e.g. "HIST 7342Q"). */
export async function newCourse(stack: Stack, title: string, department = "HIST"): Promise<{ id: string; code: string; title: string }> {
  const code = `${department} ${7000 + Math.floor(Math.random() * 2999)}${String.fromCharCode(65 + Math.floor(Math.random() * 26))}`;
  const { course } = await call(
    stack,
    "/courses",
    { token: await asAdmin(stack), body: { code, title, description: "A course made for a browser journey.", credits: 3, department } },
    201,
  );
  return course;
}

/** Creates a section taught by `instructorId` in a room of its own. */
export async function newSection(
  stack: Stack,
  input: { termId: string; courseId: string; instructorId: string; capacity: number; meetings: Array<{ day: string; start_time: string; end_time: string }>; code?: string },
): Promise<{ id: string; code: string }> {
  const room = `BRW ${uniqueName("").slice(-6).toUpperCase()}`;
  const { section } = await call(
    stack,
    "/sections",
    {
      token: await asAdmin(stack),
      body: { term_id: input.termId, course_id: input.courseId, code: input.code ?? "001", instructor_id: input.instructorId, room, meetings: input.meetings, capacity: input.capacity },
    },
    201,
  );
  return section;
}

/** Enrolls a student (or puts them on the waitlist when the section is full). */
export async function enroll(stack: Stack, student: Account, sectionId: string): Promise<{ id: string; status: string }> {
  const { enrollment } = await call(stack, "/enrollments", { token: student.token, body: { section_id: sectionId } }, 201);
  return enrollment;
}

/** As the section's instructor: sets a draft grade and releases the section's grades. */
export async function gradeAndRelease(stack: Stack, faculty: Account, sectionId: string, grades: Array<{ studentId: string; grade: string }>): Promise<void> {
  for (const { studentId, grade } of grades) await call(stack, `/sections/${sectionId}/grades/${studentId}`, { method: "PUT", token: faculty.token, body: { grade } }, 200);
  await call(stack, `/sections/${sectionId}/grades/release`, { method: "POST", token: faculty.token }, 200);
}

/** As admin: disables an account (its sessions are refused everywhere within ~2 s). */
export async function disableAccount(stack: Stack, userId: string): Promise<void> {
  await call(stack, `/users/${userId}`, { method: "PATCH", token: await asAdmin(stack), body: { disabled: true } }, 200);
}
