// The registrar's rules where registration meets grading (docs/registration.md, docs/grading.md):
// a drop before the add/drop deadline leaves no record; after it, leaving is a withdrawal (W on
// the transcript, not in the GPA) that must be confirmed; a section whose grades are released
// has a final roster; grades are entered only for enrolled students and only once the term has
// begun. Against the real stack: enrollment (courses database) and grades (grades database).
import { setDefaultTimeout, describe, expect, test } from "bun:test";
import { formatDate } from "../../nodes/shared/university-time";
import { getStack, type Stack } from "../support/stack";
import { enroll, newFaculty, newSection, newStudent, newStudents, newTerm, type Person } from "./enrollment-fixtures";

setDefaultTimeout(30_000); // see tests/support/preload.ts

interface Transcript {
  terms: Array<{ term_id: string; entries: Array<{ section_id: string; course_code: string; grade: string; counts_in_gpa: boolean; credits: number }>; credits_attempted: number }>;
  cumulative_gpa?: number;
  credits_attempted: number;
}

const putGrade = (stack: Stack, teacher: Person, sectionId: string, studentId: string, grade: string) =>
  stack.api(`/api/v1/sections/${sectionId}/grades/${studentId}`, { method: "PUT", token: teacher.token, body: { grade } });
const release = (stack: Stack, teacher: Person, sectionId: string) => stack.api(`/api/v1/sections/${sectionId}/grades/release`, { method: "POST", token: teacher.token });
const leave = (stack: Stack, student: Person, enrollmentId: string, withdraw?: boolean) =>
  stack.api(`/api/v1/enrollments/${enrollmentId}${withdraw === undefined ? "" : `?withdraw=${withdraw}`}`, { method: "DELETE", token: student.token });
async function transcript(stack: Stack, student: Person): Promise<Transcript> {
  const { status, body } = await stack.api("/api/v1/me/transcript", { token: student.token });
  expect(status).toBe(200);
  return body;
}
const entriesOf = (t: Transcript, sectionId: string) => t.terms.flatMap((term) => term.entries).filter((e) => e.section_id === sectionId);

/** A term that began two days ago, registration open, with its add/drop deadline `dropDeadlineIn` minutes away (negative: passed). */
const begunTerm = (stack: Stack, dropDeadlineIn: number) => newTerm(stack, { opensIn: -24 * 60, dropDeadlineIn, startsIn: -2, endsIn: 100 });

describe("drop or withdraw", () => {
  test("after the add/drop deadline leaving is a withdrawal: refused unless confirmed, then W on the transcript, out of the GPA and off the grade sheet; no grade can be set", async () => {
    const stack = await getStack();
    const term = await begunTerm(stack, -1);
    const teacher = await newFaculty(stack);
    const section = await newSection(stack, { termId: term.id, instructorId: teacher.id, credits: 4 });
    const [student, classmate] = await newStudents(stack, 2);
    const mine = await enroll(stack, student!, section.id);
    expect(mine.body.enrollment.status).toBe("ENROLLED");
    await enroll(stack, classmate!, section.id);
    expect((await putGrade(stack, teacher, section.id, student!.id, "B")).status).toBe(200);

    const unconfirmed = await leave(stack, student!, mine.body.enrollment.id);
    expect(unconfirmed.status).toBe(400);
    expect(unconfirmed.body.error.message).toContain("is a withdrawal, recorded as W on your transcript");
    expect(unconfirmed.body.error.details).toContainEqual(expect.objectContaining({ field: "withdraw" }));

    const withdrawn = await leave(stack, student!, mine.body.enrollment.id, true);
    expect(withdrawn.status).toBe(200);
    expect(withdrawn.body.enrollment.status).toBe("WITHDRAWN");

    const record = await transcript(stack, student!);
    expect(entriesOf(record, section.id)).toEqual([expect.objectContaining({ grade: "W", counts_in_gpa: false, credits: 4 })]);
    const termRecord = record.terms.find((t) => t.term_id === term.id)!;
    expect(termRecord.credits_attempted).toBe(0);
    const grades = await stack.api(`/api/v1/me/grades?term=${term.id}`, { token: student!.token });
    expect(grades.body.terms[0].entries.map((e: { grade: string }) => e.grade)).toEqual(["W"]);

    const sheet = await stack.api(`/api/v1/sections/${section.id}/grades`, { token: teacher.token });
    expect(sheet.body.rows.map((r: { student_id: string }) => r.student_id)).toEqual([classmate!.id]);
    const refused = await putGrade(stack, teacher, section.id, student!.id, "A");
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain("not enrolled");

    // The student's draft B is never released: only enrolled students' grades are.
    expect((await putGrade(stack, teacher, section.id, classmate!.id, "A")).status).toBe(200);
    expect((await release(stack, teacher, section.id)).body.released_count).toBe(1);
    expect(entriesOf(await transcript(stack, student!), section.id).map((e) => e.grade)).toEqual(["W"]);

    const again = await enroll(stack, student!, section.id);
    expect(again.status).toBe(400);
    expect(again.body.error.message).toContain("withdrew");
  }, 60_000);

  test("before the add/drop deadline a drop leaves no record", async () => {
    const stack = await getStack();
    const term = await begunTerm(stack, 60);
    const section = await newSection(stack, { termId: term.id });
    const student = await newStudent(stack);
    const mine = await enroll(stack, student, section.id);
    const dropped = await leave(stack, student, mine.body.enrollment.id);
    expect(dropped.status).toBe(200);
    expect(dropped.body.enrollment.status).toBe("DROPPED");
    expect(entriesOf(await transcript(stack, student), section.id)).toEqual([]);
  });

  test("a released grade keeps its enrollment: neither a drop nor a withdrawal is allowed after release, and the grade stays", async () => {
    const stack = await getStack();
    const term = await begunTerm(stack, 60);
    const teacher = await newFaculty(stack);
    const section = await newSection(stack, { termId: term.id, instructorId: teacher.id });
    const student = await newStudent(stack);
    const mine = await enroll(stack, student, section.id);
    expect((await putGrade(stack, teacher, section.id, student.id, "A-")).status).toBe(200);
    expect((await release(stack, teacher, section.id)).status).toBe(200);

    for (const withdraw of [undefined, true]) {
      const refused = await leave(stack, student, mine.body.enrollment.id, withdraw);
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toContain("its roster is final");
    }
    expect(entriesOf(await transcript(stack, student), section.id).map((e) => e.grade)).toEqual(["A-"]);
    const roster = await stack.api(`/api/v1/sections/${section.id}/roster`, { token: teacher.token });
    expect(roster.body.enrolled.map((e: { student_id: string }) => e.student_id)).toEqual([student.id]);
  });

  test("withdrawals racing the release: every student ends with either a W or their released grade, never both, never neither", async () => {
    const stack = await getStack();
    const term = await begunTerm(stack, -1);
    const teacher = await newFaculty(stack);
    const section = await newSection(stack, { termId: term.id, instructorId: teacher.id });
    const students = await newStudents(stack, 12);
    const rows = await Promise.all(students.map((s) => enroll(stack, s, section.id)));
    for (const s of students) expect((await putGrade(stack, teacher, section.id, s.id, "B+")).status).toBe(200);

    const [released, ...withdrawals] = await Promise.all([
      release(stack, teacher, section.id),
      ...students.map((s, i) => leave(stack, s, rows[i]!.body.enrollment.id, true)),
    ]);
    // The release finalized the roster before some withdrawals (released) or after all of them
    // (nothing left to release: 400).
    const refusedCount = withdrawals.filter((w) => w.status === 400).length;
    if (refusedCount === 0) expect(released!.body.error.message).toContain("enrolled students");
    else expect(released!.body.released_count).toBe(refusedCount);
    expect(withdrawals.every((w) => w.status === 200 || (w.status === 400 && w.body.error.message.includes("its roster is final")))).toBe(true);
    for (const [i, s] of students.entries()) {
      const grades = entriesOf(await transcript(stack, s), section.id).map((e) => e.grade);
      expect(grades).toEqual([withdrawals[i]!.status === 200 ? "W" : "B+"]);
    }
  }, 90_000);
});

describe("when grades may be entered", () => {
  test("not before the term has begun: setting, importing and releasing are refused with the first day", async () => {
    const stack = await getStack();
    const term = await newTerm(stack, { startsIn: 30, endsIn: 130 });
    const teacher = await newFaculty(stack);
    const section = await newSection(stack, { termId: term.id, instructorId: teacher.id });
    const student = await newStudent(stack);
    await enroll(stack, student, section.id);

    const set = await putGrade(stack, teacher, section.id, student.id, "A");
    expect(set.status).toBe(400);
    expect(set.body.error.message).toContain(`has not begun: grades for`);
    expect(set.body.error.message).toContain(`from its first day, ${formatDate(`${term.starts_on}T12:00:00Z`, "UTC")}.`);
    const imported = await stack.api(`/api/v1/sections/${section.id}/grades/import`, { token: teacher.token, body: { csv: `${student.username},A` } });
    expect(imported.status).toBe(400);
    expect(imported.body.error.message).toContain("has not begun");
    const released = await release(stack, teacher, section.id);
    expect(released.status).toBe(400);
    expect(released.body.error.message).toContain("has not begun");
  });
});
