// Fresh students, faculty, courses, terms and sections for the registration tests, so that
// tests never depend on each other's state in the shared database.
import type { Stack } from "../support/stack";

let counter = 0;
const unique = () => `${Date.now().toString(36).slice(-4)}${(++counter).toString(36)}${Math.floor(Math.random() * 1296).toString(36)}`;
/** The password of every account the fixtures make. */
export const PASSWORD = "Correct-Horse-Battery-9";

export interface Person {
  id: string;
  username: string;
  token: string;
}

/** Registers and signs in a new student. */
export async function newStudent(stack: Stack): Promise<Person> {
  const username = `st${unique()}`;
  const created = await stack.api("/api/v1/auth/register", { body: { username, password: PASSWORD, name: `Student ${username}` } });
  if (created.status !== 201) throw new Error(`register failed: ${created.status} ${JSON.stringify(created.body)}`);
  const session = await stack.login(username, PASSWORD);
  return { id: session.user.id, username, token: session.access_token };
}

/** Registers several students, a few at a time (password hashing is deliberately slow). */
export async function newStudents(stack: Stack, count: number): Promise<Person[]> {
  const people: Person[] = [];
  while (people.length < count) people.push(...(await Promise.all(Array.from({ length: Math.min(4, count - people.length) }, () => newStudent(stack)))));
  return people;
}

/** The demo admin's session. */
export async function admin(stack: Stack): Promise<Person> {
  const session = await stack.login("admin");
  return { id: session.user.id, username: "admin", token: session.access_token };
}

/** Creates (as admin) and signs in a new faculty member: no demo sections, so no clashes. */
export async function newFaculty(stack: Stack): Promise<Person> {
  const boss = await admin(stack);
  const username = `fa${unique()}`;
  const { user } = await stack.client("auth").CreateUser({ username, password: PASSWORD, name: `Professor ${username}`, role: "FACULTY" }, { token: boss.token });
  const session = await stack.login(username, PASSWORD);
  return { id: user!.id, username, token: session.access_token };
}

const iso = (offsetMinutes: number) => new Date(Date.now() + offsetMinutes * 60_000).toISOString();

const isoDate = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

/**
 * Creates a term; by default registration is open now, the add/drop deadline is ahead and the
 * term begins in 2031. `startsIn`/`endsIn` (days from today) place the term's first and last day.
 */
export async function newTerm(stack: Stack, window: { opensIn?: number; closesIn?: number; dropDeadlineIn?: number; startsIn?: number; endsIn?: number } = {}) {
  const boss = await admin(stack);
  const code = `T${unique()}`.toUpperCase().slice(0, 20);
  const { term } = await stack.client("course").CreateTerm(
    {
      code,
      name: `Test term ${code}`,
      starts_on: window.startsIn === undefined ? "2031-01-10" : isoDate(window.startsIn),
      ends_on: window.endsIn === undefined ? "2031-05-10" : isoDate(window.endsIn),
      registration_opens_at: iso(window.opensIn ?? -60),
      registration_closes_at: iso(window.closesIn ?? 24 * 60),
      add_drop_deadline: iso(window.dropDeadlineIn ?? 23 * 60),
    },
    { token: boss.token },
  );
  return term!;
}

/** Creates a course in CS with a unique code (a random code already taken by another test is drawn again). */
export async function newCourse(stack: Stack, options: { credits?: number; prerequisiteIds?: string[]; title?: string } = {}) {
  const boss = await admin(stack);
  for (let attempt = 1; ; attempt++) {
    const number = 5000 + Math.floor(Math.random() * 4999);
    try {
      const { course } = await stack.client("course").CreateCourse(
        {
          code: `CS ${number}${String.fromCharCode(65 + (counter++ % 26))}`,
          title: options.title ?? `Test course ${unique()}`,
          description: "A course made by a test.",
          credits: options.credits ?? 3,
          department: "CS",
          prerequisite_ids: options.prerequisiteIds ?? [],
        },
        { token: boss.token },
      );
      return course!;
    } catch (error) {
      if ((error as { code?: number }).code !== 6 || attempt === 5) throw error; // 6: ALREADY_EXISTS
    }
  }
}

export interface NewSection {
  termId: string;
  courseId?: string;
  credits?: number;
  capacity?: number;
  instructorId?: string;
  meetings?: Array<{ day: string; start_time: string; end_time: string }>;
  room?: string;
  /** The section's code (001 by default): another section of the same course needs its own. */
  code?: string;
}

/** Creates a section (and its course and faculty when not given); Saturday mornings by default. */
export async function newSection(stack: Stack, input: NewSection) {
  const boss = await admin(stack);
  const courseId = input.courseId ?? (await newCourse(stack, { credits: input.credits })).id;
  const instructorId = input.instructorId ?? (await newFaculty(stack)).id;
  const { section } = await stack.client("course").CreateSection(
    {
      course_id: courseId,
      term_id: input.termId,
      code: input.code ?? "001",
      instructor_id: instructorId,
      room: input.room ?? `RM ${unique()}`,
      meetings: input.meetings ?? [{ day: "SAT", start_time: "09:00", end_time: "10:00" }],
      capacity: input.capacity ?? 30,
    },
    { token: boss.token },
  );
  return section!;
}

/** Enrolls through the gateway. */
export function enroll(stack: Stack, student: Person, sectionId: string, options: { key?: string; waitlist?: boolean } = {}) {
  return stack.api("/api/v1/enrollments", {
    token: student.token,
    body: { section_id: sectionId, ...(options.waitlist === undefined ? {} : { waitlist: options.waitlist }) },
    headers: options.key ? { "idempotency-key": options.key } : {},
  });
}

/** The gRPC error a call failed with (fails the test when it succeeded). */
export async function grpcError(call: Promise<unknown>): Promise<{ code: number; details: string }> {
  try {
    await call;
  } catch (error) {
    return error as { code: number; details: string };
  }
  throw new Error("the call was expected to fail");
}
