// An LMS end to end through OneRoster's gradebook: an admin registers it, it takes a token, reads
// a class roster, posts a final grade as a result; the grade appears as a draft on the faculty
// grade sheet (and in its history as written by the LMS), invisible to the LMS and the student
// until the instructor releases it; then the LMS reads it back as a result.
import { beforeAll, describe, expect, setDefaultTimeout, test } from "bun:test";
import { getStack, type Stack } from "../support/stack";
import { admin, enroll, newCourse, newFaculty, newSection, newStudent, newTerm, type Person } from "./enrollment-fixtures";
import { GRADEBOOK, registerClient, ROSTERING, SCOPES, tokenFor } from "./oneroster-fixtures";
import { problems, problemsOfAll } from "./oneroster-schemas";

setDefaultTimeout(30_000); // see tests/support/preload.ts

let stack: Stack;
let faculty: Person;
let students: Person[];
let sectionId: string;
let lms: string;

beforeAll(async () => {
  stack = await getStack();
  const boss = await admin(stack);
  faculty = await newFaculty(stack);
  const term = await newTerm(stack, { startsIn: -1, endsIn: 100 });
  const course = await newCourse(stack);
  sectionId = (await newSection(stack, { termId: term.id, courseId: course.id, instructorId: faculty.id, meetings: [{ day: "SUN", start_time: "07:00", end_time: "08:00" }] })).id;
  students = [await newStudent(stack), await newStudent(stack)];
  for (const s of students) expect((await enroll(stack, s, sectionId)).status).toBe(201);
  const client = await registerClient(stack, boss.token, [SCOPES.rosterReadonly, SCOPES.gradebookCreatePut], "Canvas (test)");
  lms = await tokenFor(stack, client);
}, 120_000);

const put = (studentId: string, textScore: string, token = lms) =>
  stack.api(`${GRADEBOOK}/results/final-${sectionId}-${studentId}`, {
    method: "PUT",
    token,
    body: { result: { lineItem: { sourcedId: `final-${sectionId}` }, student: { sourcedId: studentId }, scoreStatus: "fully graded", textScore, scoreDate: "2026-12-01" } },
  });

describe("an LMS writes final grades back", () => {
  test("roster read, result posted, draft on the faculty sheet, released by faculty, read back", async () => {
    // The class roster, as the LMS reads it.
    const roster = await stack.api(`${ROSTERING}/classes/${sectionId}/students`, { token: lms });
    expect(roster.status).toBe(200);
    const ids = roster.body.users.map((u: { sourcedId: string }) => u.sourcedId).sort();
    expect(ids).toEqual(students.map((s) => s.id).sort());

    // The class's line item (its final grade).
    const items = await stack.api(`${GRADEBOOK}/classes/${sectionId}/lineItems`, { token: lms });
    expect(items.status).toBe(200);
    expect(items.body.lineItems.map((l: { sourcedId: string }) => l.sourcedId)).toEqual([`final-${sectionId}`]);
    expect(problemsOfAll("lineItem", items.body.lineItems)).toEqual([]);

    // A result posted: 201, and a draft on the grade sheet the instructor sees.
    const posted = await put(students[0]!.id, "B+");
    expect(posted.status).toBe(201);
    expect(problems("result", posted.body.result)).toEqual([]);
    const sheet = await stack.api(`/api/v1/sections/${sectionId}/grades`, { token: faculty.token });
    const row = sheet.body.rows.find((r: { student_id: string }) => r.student_id === students[0]!.id);
    expect(row).toMatchObject({ grade: "B+", state: "DRAFT" });
    const history = await stack.api(`/api/v1/sections/${sectionId}/grades/${students[0]!.id}/history`, { token: faculty.token });
    expect(JSON.stringify(history.body)).toContain("Canvas (test) (LMS)");
    expect(JSON.stringify(history.body)).toContain('"lms"');

    // Not released yet: neither the LMS nor the student sees it.
    expect((await stack.api(`${GRADEBOOK}/classes/${sectionId}/results`, { token: lms })).body.results).toEqual([]);
    expect(JSON.stringify((await stack.api("/api/v1/me/grades", { token: students[0]!.token })).body)).not.toContain(sectionId);

    // The instructor releases, as today.
    expect((await stack.api(`/api/v1/sections/${sectionId}/grades/release`, { method: "POST", token: faculty.token })).status).toBe(200);
    const results = await stack.api(`${GRADEBOOK}/classes/${sectionId}/results`, { token: lms });
    expect(results.body.results).toHaveLength(1);
    expect(problemsOfAll("result", results.body.results)).toEqual([]);
    expect(results.body.results[0]).toMatchObject({ textScore: "B+", score: 3.3, scoreStatus: "fully graded", student: { sourcedId: students[0]!.id } });
    const one = await stack.api(`${GRADEBOOK}/results/final-${sectionId}-${students[0]!.id}`, { token: lms });
    expect(one.body.result.textScore).toBe("B+");
    const viaLineItem = await stack.api(`${GRADEBOOK}/lineItems/final-${sectionId}/results`, { token: lms });
    expect(viaLineItem.body.results).toHaveLength(1);

    // A released grade is the instructor's to change (with a reason): the LMS is refused.
    const late = await put(students[0]!.id, "A");
    expect(late.status).toBe(400);
    expect(problems("statusInfo", late.body)).toEqual([]);
    expect(late.body.imsx_description).toContain("released");
  });

  test("bad results are refused naming the problem; a student not in the class is refused", async () => {
    const notAGrade = await put(students[1]!.id, "Z+");
    expect(notAGrade.status).toBe(400);
    expect(notAGrade.body.imsx_description).toContain("not a grade");
    const noScore = await stack.api(`${GRADEBOOK}/results/final-${sectionId}-${students[1]!.id}`, {
      method: "PUT",
      token: lms,
      body: { result: { lineItem: { sourcedId: `final-${sectionId}` }, student: { sourcedId: students[1]!.id }, score: 3 } },
    });
    expect(noScore.status).toBe(400);
    expect(noScore.body.imsx_description).toContain("textScore");
    const mismatch = await stack.api(`${GRADEBOOK}/results/final-${sectionId}-${students[1]!.id}`, {
      method: "PUT",
      token: lms,
      body: { result: { lineItem: { sourcedId: `final-${sectionId}` }, student: { sourcedId: students[0]!.id }, textScore: "A" } },
    });
    expect(mismatch.status).toBe(400);
    expect((await stack.api(`${GRADEBOOK}/results/not-a-result`, { method: "PUT", token: lms, body: { result: { lineItem: { sourcedId: "x" }, student: { sourcedId: "y" }, textScore: "A" } } })).status).toBe(400);
    const stranger = await newStudent(stack);
    const outsider = await put(stranger.id, "A");
    expect(outsider.status).toBe(400);
    expect(outsider.body.imsx_description).toContain("not enrolled");
  });
});
