// Registration against the real stack: seats exact under concurrency, idempotent retries,
// waitlist order and promotion, every refusal rule with its message, and roster ownership.
import { setDefaultTimeout, describe, expect, test } from "bun:test";
import { status as GrpcStatus } from "@grpc/grpc-js";
import postgres from "postgres";
import { databaseUrlFor } from "../../nodes/shared/config";
import { getStack, type Stack } from "../support/stack";
import { admin, enroll, grpcError, newCourse, newFaculty, newSection, newStudent, newStudents, newTerm } from "./enrollment-fixtures";

setDefaultTimeout(30_000); // see tests/support/preload.ts

describe("seats under concurrency", () => {
  test("N students rushing a section of capacity C: exactly C enrolled, N-C waitlisted in arrival order, no error", async () => {
    const stack = await getStack();
    const N = 40;
    const C = 15;
    const term = await newTerm(stack);
    const section = await newSection(stack, { termId: term.id, capacity: C });
    const students = await newStudents(stack, N);
    const results = await Promise.all(students.map((s) => enroll(stack, s, section.id)));
    expect(results.map((r) => r.status)).toEqual(Array(N).fill(201));
    const enrolled = results.filter((r) => r.body.enrollment.status === "ENROLLED");
    const waitlisted = results.filter((r) => r.body.enrollment.status === "WAITLISTED");
    expect(enrolled.length).toBe(C);
    expect(waitlisted.length).toBe(N - C);
    expect(waitlisted.map((r) => r.body.enrollment.position).sort((a, b) => a - b)).toEqual(Array.from({ length: N - C }, (_, i) => i + 1));
    expect(enrolled.every((r) => r.body.enrollment.position === undefined)).toBe(true);

    // The roster's waitlist order is the order of the positions the students were told.
    const boss = await admin(stack);
    const roster = await stack.api(`/api/v1/sections/${section.id}/roster`, { token: boss.token });
    expect(roster.status).toBe(200);
    expect(roster.body.enrolled.length).toBe(C);
    const told = new Map(waitlisted.map((r) => [r.body.enrollment.id, r.body.enrollment.position]));
    expect(roster.body.waitlisted.map((e: { enrollment_id: string }) => told.get(e.enrollment_id))).toEqual(Array.from({ length: N - C }, (_, i) => i + 1));
    const seats = await stack.api(`/api/v1/sections/${section.id}`);
    expect(seats.body.section).toMatchObject({ capacity: C, enrolled: C, waitlisted: N - C });
  }, 120_000);

  test("one student firing the same enroll many times at once (same and different keys): one row, one seat", async () => {
    const stack = await getStack();
    const term = await newTerm(stack);
    const section = await newSection(stack, { termId: term.id, capacity: 5 });
    const student = await newStudent(stack);
    const sameKey = Array.from({ length: 15 }, () => enroll(stack, student, section.id, { key: "click-1" }));
    const otherKeys = Array.from({ length: 15 }, (_, i) => enroll(stack, student, section.id, { key: `click-other-${i}` }));
    const noKey = Array.from({ length: 5 }, () => enroll(stack, student, section.id));
    const results = await Promise.all([...sameKey, ...otherKeys, ...noKey]);
    const created = results.filter((r) => r.status === 201);
    const ids = new Set(created.map((r) => r.body.enrollment.id));
    expect(ids.size).toBe(1);
    expect(results.every((r) => r.status === 201 || r.status === 409)).toBe(true);
    // Every request with the shared key gets the same answer: the seat if one of them took it,
    // else (another key won) the same refusal, since refusals are not stored.
    const same = await Promise.all(sameKey);
    expect(new Set(same.map((r) => r.status)).size).toBe(1);
    expect(same.every((r) => r.status === 409 || ids.has(r.body.enrollment.id))).toBe(true);
    const conflict = results.find((r) => r.status === 409)!;
    expect(conflict.body.error.message).toContain("already enrolled");
    const after = await stack.api(`/api/v1/sections/${section.id}`);
    expect(after.body.section.enrolled).toBe(1);
    const mine = await stack.api(`/api/v1/me/enrollments?term=${term.id}`, { token: student.token });
    expect(mine.body.enrollments.length).toBe(1);
    // A later retry with a key that took a seat is a replay, marked as such; the same key for
    // another section is refused.
    const second = await newSection(stack, { termId: term.id, meetings: [{ day: "SUN", start_time: "09:00", end_time: "10:00" }] });
    const first = await enroll(stack, student, second.id, { key: "click-2" });
    expect(first.status).toBe(201);
    const retry = await enroll(stack, student, second.id, { key: "click-2" });
    expect(retry.status).toBe(201);
    expect(retry.body.replayed).toBe(true);
    expect(retry.body.enrollment.id).toBe(first.body.enrollment.id);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    const reused = await enroll(stack, student, section.id, { key: "click-2" });
    expect(reused.status).toBe(400);
    expect(reused.body.error.details[0].field).toBe("idempotency_key");
  }, 60_000);
});

describe("drop and the waitlist", () => {
  test("a drop gives the seat to the head of the waitlist at once; the rest move up", async () => {
    const stack = await getStack();
    const term = await newTerm(stack);
    const section = await newSection(stack, { termId: term.id, capacity: 1 });
    const [a, b, c] = [await newStudent(stack), await newStudent(stack), await newStudent(stack)];
    const first = await enroll(stack, a, section.id);
    expect(first.body.enrollment.status).toBe("ENROLLED");
    expect((await enroll(stack, b, section.id)).body.enrollment).toMatchObject({ status: "WAITLISTED", position: 1 });
    expect((await enroll(stack, c, section.id)).body.enrollment).toMatchObject({ status: "WAITLISTED", position: 2 });
    const dropped = await stack.api(`/api/v1/enrollments/${first.body.enrollment.id}`, { method: "DELETE", token: a.token });
    expect(dropped.status).toBe(200);
    expect(dropped.body.enrollment.status).toBe("DROPPED");
    expect(dropped.body.promoted_student_id).toBe(b.id);
    const bSchedule = await stack.api(`/api/v1/me/enrollments?term=${term.code}`, { token: b.token });
    expect(bSchedule.body.enrollments[0]).toMatchObject({ section_id: section.id, status: "ENROLLED" });
    const cSchedule = await stack.api(`/api/v1/me/enrollments?term=${term.id}`, { token: c.token });
    expect(cSchedule.body.enrollments[0]).toMatchObject({ status: "WAITLISTED", position: 1 });
    const seats = await stack.api(`/api/v1/sections/${section.id}`);
    expect(seats.body.section).toMatchObject({ enrolled: 1, waitlisted: 1 });
    // Leaving the waitlist frees no seat; dropping twice is refused; the student may come back.
    const cEntry = cSchedule.body.enrollments[0].id;
    expect((await stack.api(`/api/v1/enrollments/${cEntry}`, { method: "DELETE", token: c.token })).body.promoted_student_id).toBe("");
    const again = await stack.api(`/api/v1/enrollments/${cEntry}`, { method: "DELETE", token: c.token });
    expect(again.status).toBe(400);
    expect(again.body.error.message).toContain("already dropped");
    const back = await enroll(stack, a, section.id);
    expect(back.body.enrollment).toMatchObject({ id: first.body.enrollment.id, status: "WAITLISTED", position: 1 });
  });

  test("the promotion skips a waitlisted student who is no longer eligible (time conflict)", async () => {
    const stack = await getStack();
    const term = await newTerm(stack);
    const full = await newSection(stack, { termId: term.id, capacity: 1 });
    const clash = await newSection(stack, { termId: term.id, meetings: [{ day: "SAT", start_time: "09:30", end_time: "10:30" }] });
    const [a, b, c] = [await newStudent(stack), await newStudent(stack), await newStudent(stack)];
    const seat = await enroll(stack, a, full.id);
    await enroll(stack, b, full.id);
    await enroll(stack, c, full.id);
    expect((await enroll(stack, b, clash.id)).status).toBe(201);
    const dropped = await stack.api(`/api/v1/enrollments/${seat.body.enrollment.id}`, { method: "DELETE", token: a.token });
    expect(dropped.body.promoted_student_id).toBe(c.id);
  });

  test("only the owner drops; after the add/drop deadline an enrolled section stays unless a withdrawal is confirmed", async () => {
    const stack = await getStack();
    const term = await newTerm(stack, { dropDeadlineIn: -1 });
    const section = await newSection(stack, { termId: term.id });
    const [owner, other] = [await newStudent(stack), await newStudent(stack)];
    const seat = await enroll(stack, owner, section.id);
    expect(seat.status).toBe(201);
    const foreign = await stack.api(`/api/v1/enrollments/${seat.body.enrollment.id}`, { method: "DELETE", token: other.token });
    expect(foreign.status).toBe(403);
    const unknown = await stack.api("/api/v1/enrollments/00000000-0000-4000-8000-000000000000", { method: "DELETE", token: other.token });
    expect(unknown.status).toBe(404);
    const late = await stack.api(`/api/v1/enrollments/${seat.body.enrollment.id}`, { method: "DELETE", token: owner.token });
    expect(late.status).toBe(400);
    expect(late.body.error.message).toContain("add/drop deadline");
  });
});

describe("refusals, each with its own message", () => {
  test("registration not open yet, or closed", async () => {
    const stack = await getStack();
    const student = await newStudent(stack);
    const future = await newTerm(stack, { opensIn: 60, closesIn: 120, dropDeadlineIn: 120 });
    const early = await enroll(stack, student, (await newSection(stack, { termId: future.id })).id);
    expect(early.status).toBe(400);
    expect(early.body.error).toMatchObject({ status: "FAILED_PRECONDITION" });
    expect(early.body.error.message).toContain("opens on");
    const past = await newTerm(stack, { opensIn: -120, closesIn: -60, dropDeadlineIn: -60 });
    const late = await enroll(stack, student, (await newSection(stack, { termId: past.id })).id);
    expect(late.status).toBe(400);
    expect(late.body.error.message).toContain("closed on");
  });

  test("already enrolled, already waitlisted, or in another section of the same course", async () => {
    const stack = await getStack();
    const term = await newTerm(stack);
    const course = await newCourse(stack);
    const s1 = await newSection(stack, { termId: term.id, courseId: course.id, capacity: 0 });
    const student = await newStudent(stack);
    expect((await enroll(stack, student, s1.id)).body.enrollment.status).toBe("WAITLISTED");
    const twice = await enroll(stack, student, s1.id);
    expect(twice.status).toBe(409);
    expect(twice.body.error.message).toContain("already on the waitlist");
    const boss = await admin(stack);
    const { section: s2 } = await stack.client("course").CreateSection(
      { course_id: course.id, term_id: term.id, code: "002", instructor_id: (await newFaculty(stack)).id, room: `RM2 ${Date.now()}`, meetings: [{ day: "SUN", start_time: "12:00", end_time: "13:00" }], capacity: 10 },
      { token: boss.token },
    );
    const sibling = await enroll(stack, student, s2!.id);
    expect(sibling.status).toBe(409);
    expect(sibling.body.error.message).toContain("another section of");
  });

  test("a time conflict names the other section", async () => {
    const stack = await getStack();
    const term = await newTerm(stack);
    const first = await newSection(stack, { termId: term.id, meetings: [{ day: "MON", start_time: "21:00", end_time: "22:00" }] });
    const second = await newSection(stack, { termId: term.id, meetings: [{ day: "MON", start_time: "21:30", end_time: "22:30" }] });
    const student = await newStudent(stack);
    expect((await enroll(stack, student, first.id)).status).toBe(201);
    const refused = await enroll(stack, student, second.id);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain(`${first.course_code}-001`);
    expect(refused.body.error.message).toContain("Time conflict");
  });

  test("the credit limit (18) for the term", async () => {
    const stack = await getStack();
    const term = await newTerm(stack);
    const student = await newStudent(stack);
    const twelve = await newSection(stack, { termId: term.id, credits: 12, meetings: [{ day: "TUE", start_time: "21:00", end_time: "22:00" }] });
    const six = await newSection(stack, { termId: term.id, credits: 6, meetings: [{ day: "WED", start_time: "21:00", end_time: "22:00" }] });
    const one = await newSection(stack, { termId: term.id, credits: 1, meetings: [{ day: "THU", start_time: "21:00", end_time: "22:00" }] });
    expect((await enroll(stack, student, twelve.id)).status).toBe(201);
    expect((await enroll(stack, student, six.id)).status).toBe(201);
    const over = await enroll(stack, student, one.id);
    expect(over.status).toBe(400);
    expect(over.body.error.message).toContain("would bring you to 19 credits this term; the limit is 18");
    const schedule = await stack.api(`/api/v1/me/enrollments?term=${term.id}`, { token: student.token });
    expect(schedule.body.enrolled_credits).toBe(18);
  });

  test("a prerequisite not passed is named; a passing grade lets the student in", async () => {
    const stack = await getStack();
    const term = await newTerm(stack);
    // PSYC 101 in the demo past term: student1 failed it (F), student22 passed it (A); no other test changes those grades.
    const psyc101 = (await stack.api("/api/v1/courses?q=PSYC%20101&page_size=100")).body.courses.find((c: { code: string }) => c.code === "PSYC 101");
    const course = await newCourse(stack, { prerequisiteIds: [psyc101.id] });
    const section = await newSection(stack, { termId: term.id, courseId: course.id });
    const fresh = await newStudent(stack);
    const refused = await enroll(stack, fresh, section.id);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain("requires PSYC 101");
    const failed = await stack.login("student1");
    const failedAnswer = await enroll(stack, { id: failed.user.id, username: "student1", token: failed.access_token }, section.id);
    expect(failedAnswer.status).toBe(400);
    expect(failedAnswer.body.error.message).toContain("PSYC 101");
    const passed = await stack.login("student22");
    const accepted = await enroll(stack, { id: passed.user.id, username: "student22", token: passed.access_token }, section.id);
    expect(accepted.status).toBe(201);
  });

  test("a full section with waitlist=false is refused; a cancelled section is refused", async () => {
    const stack = await getStack();
    const term = await newTerm(stack);
    const section = await newSection(stack, { termId: term.id, capacity: 0 });
    const student = await newStudent(stack);
    const full = await enroll(stack, student, section.id, { waitlist: false });
    expect(full.status).toBe(400);
    expect(full.body.error.message).toContain("is full");
    const boss = await admin(stack);
    await stack.client("course").CancelSection({ id: section.id, confirm: true }, { token: boss.token });
    const cancelled = await enroll(stack, student, section.id);
    expect(cancelled.status).toBe(400);
    expect(cancelled.body.error.message).toContain("cancelled");
  });

  test("wrong role, unknown section and bad input", async () => {
    const stack = await getStack();
    const faculty = await newFaculty(stack);
    const term = await newTerm(stack);
    const section = await newSection(stack, { termId: term.id });
    const notStudent = await enroll(stack, faculty, section.id);
    expect(notStudent.status).toBe(403);
    const student = await newStudent(stack);
    expect((await enroll(stack, student, "00000000-0000-4000-8000-000000000000")).status).toBe(404);
    const badId = await enroll(stack, student, "nope");
    expect(badId.status).toBe(400);
    expect(badId.body.error.details[0].field).toBe("section_id");
    const missing = await stack.api("/api/v1/enrollments", { token: student.token, body: {} });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message).toContain("Section is required");
    const anonymous = await stack.api("/api/v1/enrollments", { body: { section_id: section.id } });
    expect(anonymous.status).toBe(401);
  });
});

describe("rosters", () => {
  test("the instructor and admins see the roster with names; another faculty member and students do not", async () => {
    const stack = await getStack();
    const term = await newTerm(stack);
    const teacher = await newFaculty(stack);
    const section = await newSection(stack, { termId: term.id, instructorId: teacher.id, capacity: 1 });
    const [a, b] = [await newStudent(stack), await newStudent(stack)];
    await enroll(stack, a, section.id);
    await enroll(stack, b, section.id);
    const mine = await stack.api(`/api/v1/sections/${section.id}/roster`, { token: teacher.token });
    expect(mine.status).toBe(200);
    expect(mine.body.enrolled.map((e: { username: string }) => e.username)).toEqual([a.username]);
    expect(mine.body.waitlisted).toMatchObject([{ username: b.username, name: `Student ${b.username}`, position: 1 }]);
    const other = await newFaculty(stack);
    expect((await stack.api(`/api/v1/sections/${section.id}/roster`, { token: other.token })).status).toBe(403);
    expect((await stack.api(`/api/v1/sections/${section.id}/roster`, { token: a.token })).status).toBe(403);
    expect((await stack.api(`/api/v1/sections/${section.id}/roster`, { token: (await admin(stack)).token })).status).toBe(200);
    const sizes = await stack.client("enrollment").BatchGetRosterSizes({ section_ids: [section.id] }, { token: teacher.token });
    expect(sizes.sizes).toEqual([{ section_id: section.id, capacity: 1, enrolled: 1, waitlisted: 1 }]);
    const denied = await grpcError(stack.client("enrollment").BatchGetRosterSizes({ section_ids: [section.id] }, { token: a.token }));
    expect(denied.code).toBe(GrpcStatus.PERMISSION_DENIED);
  });
});

describe("what each enrollment row keeps", () => {
  /** The section's waitlist counter beside its WAITLISTED rows, and its seat counter beside its ENROLLED rows. */
  async function counters(stack: Stack, sectionId: string) {
    const sql = postgres(databaseUrlFor(stack.config, "courses"), { max: 1 });
    try {
      const [row] = await sql<Array<{ enrolled: number; waitlisted: number; enrolled_rows: number; waitlisted_rows: number }>>`
        select ss.enrolled, ss.waitlisted,
               (select count(*)::int from enrollments e where e.section_id = ss.section_id and e.status = 'ENROLLED') as enrolled_rows,
               (select count(*)::int from enrollments e where e.section_id = ss.section_id and e.status = 'WAITLISTED') as waitlisted_rows
        from section_seats ss where ss.section_id = ${sectionId}`;
      return row!;
    } finally {
      await sql.end();
    }
  }

  test("the waitlist counter follows joins, leaves, promotions, a capacity raise and a cancellation; a retry gets the first answer", async () => {
    const stack = await getStack();
    const boss = await admin(stack);
    const term = await newTerm(stack);
    const section = await newSection(stack, { termId: term.id, capacity: 1 });
    const [a, b, c, d] = await newStudents(stack, 4);
    await enroll(stack, a!, section.id);
    const bFirst = await enroll(stack, b!, section.id, { key: "b-join" });
    expect(bFirst.body.enrollment).toMatchObject({ status: "WAITLISTED", position: 1 });
    const cJoin = await enroll(stack, c!, section.id);
    expect(cJoin.body.enrollment).toMatchObject({ status: "WAITLISTED", position: 2 });
    await enroll(stack, d!, section.id);
    expect(await counters(stack, section.id)).toEqual({ enrolled: 1, waitlisted: 3, enrolled_rows: 1, waitlisted_rows: 3 });

    // C leaves the waitlist; A drops and B (the head) takes the seat.
    expect((await stack.api(`/api/v1/enrollments/${cJoin.body.enrollment.id}`, { method: "DELETE", token: c!.token })).status).toBe(200);
    expect(await counters(stack, section.id)).toEqual({ enrolled: 1, waitlisted: 2, enrolled_rows: 1, waitlisted_rows: 2 });
    const mineA = await stack.api(`/api/v1/me/enrollments?term=${term.id}`, { token: a!.token });
    const dropped = await stack.api(`/api/v1/enrollments/${mineA.body.enrollments[0].id}`, { method: "DELETE", token: a!.token });
    expect(dropped.body.promoted_student_id).toBe(b!.id);
    expect(await counters(stack, section.id)).toEqual({ enrolled: 1, waitlisted: 1, enrolled_rows: 1, waitlisted_rows: 1 });

    // B's retry of the request that put them on the waitlist gets that first answer back, seat or not.
    const retry = await enroll(stack, b!, section.id, { key: "b-join" });
    expect(retry.status).toBe(201);
    expect(retry.body.replayed).toBe(true);
    expect(retry.body.enrollment).toMatchObject({ id: bFirst.body.enrollment.id, status: "WAITLISTED", position: 1 });

    // A raise promotes D; a join after it is told position 1 of an empty-again waitlist.
    await stack.client("course").UpdateSection({ id: section.id, capacity: 2, set_meetings: false, meetings: [] }, { token: boss.token });
    expect(await counters(stack, section.id)).toEqual({ enrolled: 2, waitlisted: 0, enrolled_rows: 2, waitlisted_rows: 0 });
    const late = await newStudent(stack);
    expect((await enroll(stack, late, section.id)).body.enrollment).toMatchObject({ status: "WAITLISTED", position: 1 });

    // Cancelling the section clears both counters with the rows.
    await stack.client("course").CancelSection({ id: section.id, confirm: true }, { token: boss.token });
    expect(await counters(stack, section.id)).toEqual({ enrolled: 0, waitlisted: 0, enrolled_rows: 0, waitlisted_rows: 0 });
  }, 60_000);

  test("a section's new meeting times and a course's new credits apply at once to those already enrolled", async () => {
    const stack = await getStack();
    const boss = await admin(stack);
    const term = await newTerm(stack);
    const held = await newSection(stack, { termId: term.id, credits: 3, meetings: [{ day: "SAT", start_time: "08:00", end_time: "09:00" }] });
    const other = await newSection(stack, { termId: term.id, credits: 6, meetings: [{ day: "SUN", start_time: "08:00", end_time: "09:00" }] });
    const wanted = await newSection(stack, { termId: term.id, credits: 3, meetings: [{ day: "SAT", start_time: "11:00", end_time: "12:00" }] });
    const student = await newStudent(stack);
    expect((await enroll(stack, student, held.id)).status).toBe(201);
    expect((await enroll(stack, student, other.id)).status).toBe(201);

    // The held section moves onto the wanted one's hour: enrolling in it is now a time conflict.
    await stack.client("course").UpdateSection(
      { id: held.id, meetings: [{ day: "SAT", start_time: "11:30", end_time: "12:30" }], set_meetings: true } as never,
      { token: boss.token },
    );
    const clash = await enroll(stack, student, wanted.id);
    expect(clash.status).toBe(400);
    expect(clash.body.error.message).toContain("Time conflict");
    expect(clash.body.error.message).toContain(held.course_code);
    expect(clash.body.error.message).toContain("11:30");

    // It moves back, and its course grows to 12 credits: 12 + 6 + 3 is over the limit of 18.
    await stack.client("course").UpdateSection(
      { id: held.id, meetings: [{ day: "SAT", start_time: "08:00", end_time: "09:00" }], set_meetings: true } as never,
      { token: boss.token },
    );
    await stack.client("course").UpdateCourse({ id: held.course_id, credits: 12 } as never, { token: boss.token });
    const over = await enroll(stack, student, wanted.id);
    expect(over.status).toBe(400);
    expect(over.body.error.message).toContain("would bring you to 21 credits");
    await stack.client("course").UpdateCourse({ id: held.course_id, credits: 3 } as never, { token: boss.token });
    expect((await enroll(stack, student, wanted.id)).status).toBe(201);
  }, 60_000);

  test("one change of a section's meetings and capacity together: the raise promotes, the enrolled follow the new times", async () => {
    const stack = await getStack();
    const boss = await admin(stack);
    const term = await newTerm(stack);
    const section = await newSection(stack, { termId: term.id, capacity: 1, meetings: [{ day: "SAT", start_time: "08:00", end_time: "09:00" }] });
    const later = await newSection(stack, { termId: term.id, meetings: [{ day: "SUN", start_time: "14:00", end_time: "15:00" }] });
    const [a, b] = await newStudents(stack, 2);
    await enroll(stack, a!, section.id);
    await enroll(stack, b!, section.id);
    const started = performance.now();
    const changed = await stack.api(`/api/v1/sections/${section.id}`, {
      method: "PATCH",
      token: boss.token,
      body: { capacity: 2, meetings: [{ day: "SUN", start_time: "14:30", end_time: "15:30" }] },
    });
    expect(changed.status).toBe(200);
    expect(changed.body.promoted).toBe(1);
    expect(performance.now() - started).toBeLessThan(4000); // not a lock wait cut off by the deadline
    expect(await counters(stack, section.id)).toEqual({ enrolled: 2, waitlisted: 0, enrolled_rows: 2, waitlisted_rows: 0 });
    const clash = await enroll(stack, b!, later.id);
    expect(clash.status).toBe(400);
    expect(clash.body.error.message).toContain("Time conflict");
  }, 60_000);
});
