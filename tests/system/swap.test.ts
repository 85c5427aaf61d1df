// Swap (docs/registration.md, "Swap"): drop A only if adding B succeeds, in one transaction; or
// wait on B's waitlist with A dropped in the promotion's transaction. And many students swapping
// and registering plans at once on few seats: the invariants hold.
import { setDefaultTimeout, describe, expect, test } from "bun:test";
import { databaseUrlFor } from "../../nodes/shared/config";
import { checkInvariants } from "../../bench/support/invariants";
import { getStack, type Stack } from "../support/stack";
import { enroll, newCourse, newSection, newStudent, newStudents, newTerm, type Person } from "./enrollment-fixtures";

setDefaultTimeout(30_000); // see tests/support/preload.ts

const at = (day: string, start: string, end: string) => [{ day, start_time: start, end_time: end }];

const swap = (stack: Stack, student: Person, enrollmentId: string, sectionId: string, options: { waitlist?: boolean; key?: string } = {}) =>
  stack.api(`/api/v1/enrollments/${enrollmentId}/swap`, { token: student.token, body: { section_id: sectionId, ...(options.waitlist ? { waitlist: true } : {}) }, headers: options.key ? { "idempotency-key": options.key } : {} });
const mine = async (stack: Stack, student: Person, termId: string) =>
  (await stack.api(`/api/v1/me/enrollments?term=${termId}`, { token: student.token })).body.enrollments as Array<{ id: string; section_id: string; status: string; position: number; drop_on_promotion_id: string }>;
const seats = async (stack: Stack, sectionId: string) => (await stack.api(`/api/v1/sections/${sectionId}`)).body.section as { enrolled: number; waitlisted: number };

/** Two sections of one course meeting at the same time (a swap between them is the usual case). */
async function twoSectionsOfOneCourse(stack: Stack, capacityOfB = 30) {
  const term = await newTerm(stack);
  const course = await newCourse(stack);
  const a = await newSection(stack, { termId: term.id, courseId: course.id, meetings: at("MON", "09:00", "10:00") });
  const b = await newSection(stack, { termId: term.id, courseId: course.id, code: "002", capacity: capacityOfB, meetings: at("MON", "09:30", "10:30") });
  return { term, a, b };
}

describe("swap now", () => {
  test("A is dropped and B taken in one step, counting A as gone (same course, same hour); its freed seat goes to A's waitlist; a retry answers the same", async () => {
    const stack = await getStack();
    const { term, a, b } = await twoSectionsOfOneCourse(stack);
    const [student, waiting] = await newStudents(stack, 2);
    const held = (await enroll(stack, student!, a.id)).body.enrollment;
    // Fill A so that someone waits for it.
    await stack.api(`/api/v1/sections/${a.id}`, { method: "PATCH", token: (await stack.login("admin")).access_token, body: { capacity: 1 } });
    expect((await enroll(stack, waiting!, a.id)).body.enrollment).toMatchObject({ status: "WAITLISTED", position: 1 });

    const answer = await swap(stack, student!, held.id, b.id, { key: "swap-once-1" });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ enrollment: { section_id: b.id, status: "ENROLLED" }, dropped: { id: held.id, status: "DROPPED" }, replayed: false, promoted_student_id: waiting!.id });
    expect((await mine(stack, student!, term.id)).map((e) => [e.section_id, e.status])).toEqual([[b.id, "ENROLLED"]]);
    expect((await mine(stack, waiting!, term.id)).map((e) => [e.section_id, e.status])).toEqual([[a.id, "ENROLLED"]]);

    const again = await swap(stack, student!, held.id, b.id, { key: "swap-once-1" });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ enrollment: { id: answer.body.enrollment.id, status: "ENROLLED" }, replayed: true });
    expect(await seats(stack, b.id)).toMatchObject({ enrolled: 1 });
  }, 60_000);

  test("B full or refused: nothing changes and the student keeps A", async () => {
    const stack = await getStack();
    const { term, a, b } = await twoSectionsOfOneCourse(stack, 1);
    const [student, other] = await newStudents(stack, 2);
    const held = (await enroll(stack, student!, a.id)).body.enrollment;
    expect((await enroll(stack, other!, b.id)).body.enrollment.status).toBe("ENROLLED");
    const full = await swap(stack, student!, held.id, b.id);
    expect(full.status).toBe(400);
    expect(full.body.error.message).toContain("is full");
    expect(full.body.error.message).toContain(`you keep ${a.course_code}-${a.code}`);
    expect((await mine(stack, student!, term.id)).map((e) => [e.section_id, e.status])).toEqual([[a.id, "ENROLLED"]]);
    expect(await seats(stack, a.id)).toMatchObject({ enrolled: 1 });
    // Someone else's enrollment cannot be swapped.
    expect((await swap(stack, other!, held.id, b.id)).status).toBe(403);
  }, 60_000);
});

describe("drop A when promoted from B's waitlist", () => {
  test("the student waits on B keeping A; promotion gives them B and drops A in its transaction, and A's seat goes to A's waitlist", async () => {
    const stack = await getStack();
    const { term, a, b } = await twoSectionsOfOneCourse(stack, 1);
    const [student, inB, waitsForA] = await newStudents(stack, 3);
    const held = (await enroll(stack, student!, a.id)).body.enrollment;
    const seatInB = (await enroll(stack, inB!, b.id)).body.enrollment;
    await stack.api(`/api/v1/sections/${a.id}`, { method: "PATCH", token: (await stack.login("admin")).access_token, body: { capacity: 1 } });
    expect((await enroll(stack, waitsForA!, a.id)).body.enrollment.status).toBe("WAITLISTED");

    const waiting = await swap(stack, student!, held.id, b.id, { waitlist: true });
    expect(waiting.status).toBe(200);
    expect(waiting.body).toMatchObject({ enrollment: { section_id: b.id, status: "WAITLISTED", position: 1 }, dropped: { id: held.id, status: "ENROLLED" }, drop_on_promotion: true });
    const before = await mine(stack, student!, term.id);
    expect(before.find((e) => e.section_id === b.id)).toMatchObject({ status: "WAITLISTED", drop_on_promotion_id: held.id });

    // B's seat frees: the promotion counts A as gone (same course, overlapping hour), gives B, drops A.
    expect((await stack.api(`/api/v1/enrollments/${seatInB.id}`, { method: "DELETE", token: inB!.token })).status).toBe(200);
    expect((await mine(stack, student!, term.id)).map((e) => [e.section_id, e.status])).toEqual([[b.id, "ENROLLED"]]);
    expect((await mine(stack, waitsForA!, term.id)).map((e) => [e.section_id, e.status])).toEqual([[a.id, "ENROLLED"]]);
    expect(await seats(stack, a.id)).toMatchObject({ enrolled: 1, waitlisted: 0 });
    expect(await seats(stack, b.id)).toMatchObject({ enrolled: 1, waitlisted: 0 });
  }, 60_000);
});

describe("under concurrency", () => {
  test("many students swapping and registering plans at once on few seats: seats exact, no double enrollment, waitlists in order", async () => {
    const stack = await getStack();
    const term = await newTerm(stack);
    const course = await newCourse(stack, { credits: 1 });
    // Four sections of one course at four hours, two seats each; a second course's section for plans.
    const sections: Array<Awaited<ReturnType<typeof newSection>>> = [];
    for (const [i, hour] of ["08", "10", "12", "14"].entries()) sections.push(await newSection(stack, { termId: term.id, courseId: course.id, code: `00${i + 1}`, capacity: 2, meetings: at("TUE", `${hour}:00`, `${hour}:50`) }));
    const extra = await newSection(stack, { termId: term.id, credits: 1, capacity: 3, meetings: at("WED", "08:00", "08:50") });
    const students = await newStudents(stack, 12);
    // The first eight take the seats; the last four plan two sections and register at once.
    const held = await Promise.all(students.slice(0, 8).map((s, i) => enroll(stack, s, sections[i % 4]!.id).then((r) => r.body.enrollment)));
    expect(held.every((e) => e.status === "ENROLLED")).toBe(true);
    for (const [i, s] of students.slice(8).entries()) {
      await stack.api("/api/v1/me/plan/sections", { token: s.token, body: { section_id: sections[i % 4]!.id } });
      await stack.api("/api/v1/me/plan/sections", { token: s.token, body: { section_id: extra.id } });
    }
    const work = [
      // Everyone holding a seat swaps to the next section (full: wait there, drop when promoted) or drops.
      ...students.slice(0, 8).map((s, i) => () => (i % 3 === 2 ? stack.api(`/api/v1/enrollments/${held[i]!.id}`, { method: "DELETE", token: s.token }) : swap(stack, s, held[i]!.id, sections[(i + 1) % 4]!.id, { waitlist: i % 2 === 0 }))),
      ...students.slice(8).map((s) => () => stack.api("/api/v1/me/plan/register", { token: s.token, body: { term: term.id } })),
      ...students.slice(8).map((s) => () => stack.api("/api/v1/me/plan/register", { token: s.token, body: { term: term.id } })),
    ];
    const answers = await Promise.all(work.map((run) => run()));
    expect(answers.filter((a) => a.status >= 500)).toEqual([]);
    const result = await checkInvariants(databaseUrlFor(stack.config, "courses"), [...sections.map((s) => s.id), extra.id], []);
    expect(result.problems).toEqual([]);
    expect(result.seats).toBeLessThanOrEqual(11);
  }, 120_000);
});
