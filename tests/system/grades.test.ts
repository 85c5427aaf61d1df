// Students' side of grading against the real stack: released grades, GPA worked out by hand
// from the seeded past term, transcripts, and who may see what.
import { setDefaultTimeout, describe, expect, test } from "bun:test";
import { getStack } from "../support/stack";

setDefaultTimeout(30_000); // see tests/support/preload.ts

async function signIn(username: string) {
  const stack = await getStack();
  const session = await stack.login(username);
  return { stack, token: session.access_token, id: session.user.id };
}

describe("a student's released grades and GPA", () => {
  test("student1: (4x4.0 + 4x3.3 + 3x3.7 + 3x0.0) / 14 credits = 40.3 / 14 = 2.88", async () => {
    const { stack, token } = await signIn("student1");
    const { status, body } = await stack.api("/api/v1/me/grades", { token });
    expect(status).toBe(200);
    expect(body.terms).toHaveLength(1);
    const [term] = body.terms;
    expect(term.entries.map((e: { course_code: string; grade: string; credits: number }) => [e.course_code, e.grade, e.credits])).toEqual([
      ["CS 101", "A", 4],
      ["ENG 101", "A-", 3],
      ["MATH 101", "B+", 4],
      ["PSYC 101", "F", 3],
    ]);
    expect(term.entries[0].section_id).toMatch(/^[0-9a-f-]{36}$/);
    expect(term.entries[0].course_title).toBe("Introduction to Programming");
    expect(term.gpa).toBe(2.88);
    expect(body.cumulative_gpa).toBe(2.88);
    expect(body.credits_earned).toBe(11);
    // proto-loader's oneof markers of optional fields stay out of the REST answer.
    expect(Object.keys(body).sort()).toEqual(["credits_earned", "cumulative_gpa", "terms", "withdrawals_unavailable"]);
    expect(Object.keys(term)).not.toContain("_gpa");
  });

  test("W stays out of the GPA and of attempted credits: student10 (4x2.0 + 1x3.3) / 5 = 2.26", async () => {
    const { stack, token } = await signIn("student10");
    const { body } = await stack.api("/api/v1/me/transcript", { token });
    expect(body.cumulative_gpa).toBe(2.26);
    expect(body.credits_attempted).toBe(5);
    expect(body.credits_earned).toBe(5);
    expect(body.quality_points).toBe(11.3);
  });

  test("P earns credits but no grade points: student11 (3x1.7 + 3x3.0) / 6 = 2.35, 9 credits earned", async () => {
    const { stack, token } = await signIn("student11");
    const { body } = await stack.api("/api/v1/me/grades", { token });
    expect(body.cumulative_gpa).toBe(2.35);
    expect(body.credits_earned).toBe(9);
    const pass = body.terms[0].entries.find((e: { grade: string }) => e.grade === "P");
    expect(pass).toMatchObject({ course_code: "ENG 101", counts_in_gpa: false, points: 0 });
  });

  test("I is attempted but neither earned nor in the GPA: student40 (3x3.0 + 3x3.7) / 6 = 3.35", async () => {
    const { stack, token } = await signIn("student40");
    const { body } = await stack.api("/api/v1/me/transcript", { token });
    expect(body.cumulative_gpa).toBe(3.35);
    expect(body.credits_attempted).toBe(9);
    expect(body.credits_earned).toBe(6);
  });

  test("the term filter takes a term code; an unknown term gives no terms but the cumulative GPA", async () => {
    const { stack, token } = await signIn("student1");
    const all = await stack.api("/api/v1/me/grades", { token });
    const code = all.body.terms[0].term_code;
    const one = await stack.api(`/api/v1/me/grades?term=${encodeURIComponent(code)}`, { token });
    expect(one.body.terms).toHaveLength(1);
    const none = await stack.api("/api/v1/me/grades?term=1999FA", { token });
    expect(none.body.terms).toEqual([]);
    expect(none.body.cumulative_gpa).toBe(2.88);
  });

  test("a student with no released grades has no GPA at all", async () => {
    const stack = await getStack();
    const username = `fresh${Date.now().toString(36)}`;
    const registered = await stack.api("/api/v1/auth/register", { body: { username, password: "a-long-passphrase-42", name: "Fresh Student" } });
    expect(registered.status).toBe(201);
    const session = await stack.login(username, "a-long-passphrase-42");
    const { status, body } = await stack.api("/api/v1/me/grades", { token: session.access_token });
    expect(status).toBe(200);
    expect(body.terms).toEqual([]);
    expect(body.cumulative_gpa).toBeUndefined();
  });
});

describe("transcripts and who may read them", () => {
  test("the transcript lists terms oldest first with credits and quality points", async () => {
    const { stack, token, id } = await signIn("student1");
    const { status, body } = await stack.api("/api/v1/me/transcript", { token });
    expect(status).toBe(200);
    expect(body.student_id).toBe(id);
    expect(body.credits_attempted).toBe(14);
    expect(body.credits_earned).toBe(11);
    expect(body.quality_points).toBe(40.3);
    expect(body.terms[0].credits_attempted).toBe(14);
  });

  test("an admin reads any student's transcript; a student may not read another's", async () => {
    const stack = await getStack();
    const student1 = await stack.login("student1");
    const admin = await stack.login("admin");
    const asAdmin = await stack.api(`/api/v1/students/${student1.user.id}/transcript`, { token: admin.access_token });
    expect(asAdmin.status).toBe(200);
    expect(asAdmin.body.cumulative_gpa).toBe(2.88);

    const student2 = await stack.login("student2");
    const asOther = await stack.api(`/api/v1/students/${student1.user.id}/transcript`, { token: student2.access_token });
    expect(asOther.status).toBe(403);
    expect(asOther.body.error.status).toBe("PERMISSION_DENIED");
    const direct = stack.client("grades").GetTranscript({ student_id: student1.user.id }, { token: student2.access_token });
    await expect(direct).rejects.toMatchObject({ code: 7 });
  });

  test("faculty may not read transcripts; an admin asking for an unknown user gets 404", async () => {
    const stack = await getStack();
    const student1 = await stack.login("student1");
    const faculty = await stack.login("faculty1");
    const asFaculty = await stack.api(`/api/v1/students/${student1.user.id}/transcript`, { token: faculty.access_token });
    expect(asFaculty.status).toBe(403);
    const admin = await stack.login("admin");
    const unknown = await stack.api("/api/v1/students/00000000-0000-4000-8000-000000000000/transcript", { token: admin.access_token });
    expect(unknown.status).toBe(404);
  });

  test("grades need a signed-in caller; a bad id is a 400 naming the field", async () => {
    const stack = await getStack();
    expect((await stack.api("/api/v1/me/grades")).status).toBe(401);
    const admin = await stack.login("admin");
    const bad = await stack.api("/api/v1/students/not-a-uuid/transcript", { token: admin.access_token });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].field).toBe("id");
  });
});

describe("completed courses (prerequisite checks)", () => {
  test("the student sees their own; a course is passed when a released grade passes", async () => {
    const { stack, token } = await signIn("student1");
    const { courses } = await stack.client("grades").ListCompletedCourses({ student_id: "" }, { token });
    expect(courses.map((c) => [c.course_code, c.grade, c.passed])).toEqual([
      ["CS 101", "A", true],
      ["ENG 101", "A-", true],
      ["MATH 101", "B+", true],
      ["PSYC 101", "F", false],
    ]);
  });

  test("admins may ask for any student's; faculty and another student may not", async () => {
    const stack = await getStack();
    const student1 = await stack.login("student1");
    const boss = await stack.login("admin");
    const asAdmin = await stack.client("grades").ListCompletedCourses({ student_id: student1.user.id }, { token: boss.access_token });
    expect(asAdmin.courses).toHaveLength(4);
    // Faculty read grades only through their own sections' grade sheets.
    const faculty = await stack.login("faculty2");
    await expect(stack.client("grades").ListCompletedCourses({ student_id: student1.user.id }, { token: faculty.access_token })).rejects.toMatchObject({ code: 7 });
    const other = await stack.login("student3");
    await expect(stack.client("grades").ListCompletedCourses({ student_id: student1.user.id }, { token: other.access_token })).rejects.toMatchObject({ code: 7 });
  });
});

describe("the grade scale", () => {
  test("is public, best first, with points and GPA flags", async () => {
    const stack = await getStack();
    const { status, body } = await stack.api("/api/v1/grade-scale");
    expect(status).toBe(200);
    expect(body.entries.map((e: { code: string }) => e.code)).toEqual(["A", "A-", "B+", "B", "B-", "C+", "C", "C-", "D+", "D", "D-", "F", "P", "NP", "I", "W"]);
    expect(body.entries[1]).toMatchObject({ code: "A-", points: 3.7, counts_in_gpa: true, passing: true });
    expect(body.entries.find((e: { code: string }) => e.code === "P")).toMatchObject({ counts_in_gpa: false, passing: true });
  });
});
