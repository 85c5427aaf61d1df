// Waitlisted students passed over for an open seat (docs/registration.md, "Waitlist"): the seat
// goes to the first eligible student in order; whoever is skipped keeps their place, is told
// why and how to fix it on their schedule, and is named in the admin's answer; fixing the
// problem takes an open seat at once, before anyone outside the queue.
import { setDefaultTimeout, describe, expect, test } from "bun:test";
import { getStack, type Stack } from "../support/stack";
import { admin, enroll, newSection, newStudent, newStudents, newTerm, type Person } from "./enrollment-fixtures";

setDefaultTimeout(30_000); // see tests/support/preload.ts

const SAT_9 = [{ day: "SAT", start_time: "09:00", end_time: "10:00" }];

interface Entry {
  id: string;
  section_id: string;
  status: string;
  position: number;
  skipped_at: string;
  skip_reason: string;
  skip_remedy: string;
  eligibility_problem: string;
  eligibility_remedy: string;
}

async function schedule(stack: Stack, student: Person, termId: string): Promise<Entry[]> {
  const { status, body } = await stack.api(`/api/v1/me/enrollments?term=${termId}`, { token: student.token });
  expect(status).toBe(200);
  return body.enrollments;
}
const entryIn = async (stack: Stack, student: Person, termId: string, sectionId: string) => (await schedule(stack, student, termId)).find((e) => e.section_id === sectionId);

async function resize(stack: Stack, sectionId: string, capacity: number) {
  const { status, body } = await stack.api(`/api/v1/sections/${sectionId}`, { method: "PATCH", token: (await admin(stack)).token, body: { capacity } });
  expect(status).toBe(200);
  return body as { promoted: number; skipped: Array<{ student_id: string; username: string; name: string; position: number; reason: string }> };
}

/** A full section (one seat, taken) meeting Saturday 9-10, with the given students waiting in that order, and a clashing section. */
async function fullSectionWithQueue(stack: Stack, queue: Person[]) {
  const term = await newTerm(stack);
  const section = await newSection(stack, { termId: term.id, capacity: 1, meetings: SAT_9 });
  const clash = await newSection(stack, { termId: term.id, capacity: 50, meetings: SAT_9 });
  expect((await enroll(stack, await newStudent(stack), section.id)).body.enrollment.status).toBe("ENROLLED");
  for (const [i, s] of queue.entries()) expect((await enroll(stack, s, section.id)).body.enrollment).toMatchObject({ status: "WAITLISTED", position: i + 1 });
  return { term, section, clash };
}

describe("skipped on the waitlist", () => {
  test("the seat goes to the next eligible student; the skipped one keeps #1, is told why and how to fix it, and the admin's answer names them", async () => {
    const stack = await getStack();
    const [first, second] = await newStudents(stack, 2);
    const { term, section, clash } = await fullSectionWithQueue(stack, [first!, second!]);
    expect((await enroll(stack, first!, clash.id)).body.enrollment.status).toBe("ENROLLED");

    const answer = await resize(stack, section.id, 2);
    expect(answer.promoted).toBe(1);
    expect(answer.skipped).toEqual([{ student_id: first!.id, username: first!.username, name: `Student ${first!.username}`, position: 1, reason: expect.stringContaining("Time conflict") }]);

    expect((await entryIn(stack, second!, term.id, section.id))!.status).toBe("ENROLLED");
    const mine = (await entryIn(stack, first!, term.id, section.id))!;
    expect(mine).toMatchObject({ status: "WAITLISTED", position: 1 });
    expect(mine.skipped_at).not.toBe("");
    expect(mine.skip_reason).toContain("Time conflict");
    expect(mine.skip_remedy).toContain(`Drop ${clash.course_code}-${clash.code}`);
  }, 60_000);

  test("a skipped student who fixes the conflict takes the open seat at once; a newcomer does not jump them", async () => {
    const stack = await getStack();
    const first = await newStudent(stack);
    const { term, section, clash } = await fullSectionWithQueue(stack, [first]);
    const clashRow = await enroll(stack, first, clash.id);
    // Told before any seat opens: they would be passed over, and why.
    const before = (await entryIn(stack, first, term.id, section.id))!;
    expect(before).toMatchObject({ status: "WAITLISTED", position: 1, skipped_at: "" });
    expect(before.eligibility_problem).toContain("Time conflict");
    expect(before.eligibility_remedy).toContain(`Drop ${clash.course_code}-${clash.code}`);

    const answer = await resize(stack, section.id, 2);
    expect(answer.promoted).toBe(0);
    expect(answer.skipped.map((s) => s.username)).toEqual([first.username]);

    const dropped = await stack.api(`/api/v1/enrollments/${clashRow.body.enrollment.id}`, { method: "DELETE", token: first.token });
    expect(dropped.status).toBe(200);
    const mine = (await entryIn(stack, first, term.id, section.id))!;
    expect(mine).toMatchObject({ status: "ENROLLED", skip_reason: "", eligibility_problem: "" });

    const newcomer = await enroll(stack, await newStudent(stack), section.id);
    expect(newcomer.body.enrollment).toMatchObject({ status: "WAITLISTED", position: 1 });
  }, 60_000);

  test("skipped students fixing their conflicts at the same moment: every seat filled once, counters exact, queue order kept", async () => {
    const stack = await getStack();
    const queue = await newStudents(stack, 4);
    const { term, section, clash } = await fullSectionWithQueue(stack, queue);
    const clashRows = await Promise.all(queue.map((s) => enroll(stack, s, clash.id)));

    const answer = await resize(stack, section.id, 3); // two free seats, four waiting, all in conflict
    expect(answer.promoted).toBe(0);
    expect(answer.skipped.map((s) => [s.username, s.position])).toEqual(queue.map((s, i) => [s.username, i + 1]));

    await Promise.all(queue.map((s, i) => stack.api(`/api/v1/enrollments/${clashRows[i]!.body.enrollment.id}`, { method: "DELETE", token: s.token })));
    const statuses = await Promise.all(queue.map(async (s) => (await entryIn(stack, s, term.id, section.id))!));
    expect(statuses.filter((e) => e.status === "ENROLLED")).toHaveLength(2);
    const seats = (await stack.api(`/api/v1/sections/${section.id}`)).body.section;
    expect(seats).toMatchObject({ capacity: 3, enrolled: 3, waitlisted: 2 });
    const roster = await stack.api(`/api/v1/sections/${section.id}/roster`, { token: (await admin(stack)).token });
    expect(roster.body.enrolled).toHaveLength(3);
    expect(roster.body.waitlisted.map((e: { position: number }) => e.position)).toEqual([1, 2]);
  }, 90_000);
});
