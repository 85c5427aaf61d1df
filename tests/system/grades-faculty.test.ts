// Faculty's side of grading against the real stack: grade sheets, setting grades, release and
// what students see before and after it, the audit trail, CSV import outcomes and the
// all-or-nothing apply, and ownership refusals. Uses the demo current term: faculty4 teaches
// ENG 230/001 (student21, 31, 32, 34, 37 enrolled) and HIST 390/001.
import { setDefaultTimeout, describe, expect, test } from "bun:test";
import { getStack, type Stack } from "../support/stack";

setDefaultTimeout(30_000); // see tests/support/preload.ts

interface TaughtSection {
  id: string;
  code: string;
  course_code: string;
  term_name: string;
  roster_size: number;
  graded_count: number;
  state: string;
}
interface GradeRow {
  student_id: string;
  username: string;
  name: string;
  grade: string;
  state: string;
}

const sessions = new Map<string, Promise<{ access_token: string; user: { id: string } }>>();
function session(stack: Stack, username: string) {
  if (!sessions.has(username)) sessions.set(username, stack.login(username));
  return sessions.get(username)!;
}
async function tokenOf(stack: Stack, username: string) {
  return (await session(stack, username)).access_token;
}

/** The instructor's current-term section of a course. */
async function sectionOf(stack: Stack, instructor: string, courseCode: string, code = "001"): Promise<TaughtSection> {
  const { status, body } = await stack.api("/api/v1/me/sections", { token: await tokenOf(stack, instructor) });
  expect(status).toBe(200);
  const matches = (body.sections as TaughtSection[]).filter((s) => s.course_code === courseCode && s.code === code);
  // The newest term comes first.
  return matches[0]!;
}

async function sheet(stack: Stack, sectionId: string, username = "faculty4") {
  const { status, body } = await stack.api(`/api/v1/sections/${sectionId}/grades`, { token: await tokenOf(stack, username) });
  expect(status).toBe(200);
  return body as { section: TaughtSection; rows: GradeRow[]; released: boolean; allowed_grades: string[] };
}

async function putGrade(stack: Stack, sectionId: string, studentId: string, body: { grade: string; reason?: string }, username = "faculty4") {
  return stack.api(`/api/v1/sections/${sectionId}/grades/${studentId}`, { method: "PUT", token: await tokenOf(stack, username), body });
}

async function myGrades(stack: Stack, username: string) {
  const { status, body } = await stack.api("/api/v1/me/grades", { token: await tokenOf(stack, username) });
  expect(status).toBe(200);
  return body as { terms: Array<{ term_name: string; gpa?: number; entries: Array<{ course_code: string; grade: string; repeated: boolean; counts_in_gpa: boolean }> }>; cumulative_gpa?: number; credits_earned: number };
}

describe("my sections", () => {
  test("faculty see the sections they teach, newest term first, with roster size and grading state", async () => {
    const stack = await getStack();
    const { body } = await stack.api("/api/v1/me/sections", { token: await tokenOf(stack, "faculty1") });
    const sections = body.sections as TaughtSection[];
    const pastCs101 = sections.filter((s) => s.course_code === "CS 101" && s.state === "RELEASED");
    expect(pastCs101.length).toBeGreaterThan(0);
    expect(pastCs101[0]!.graded_count).toBeGreaterThan(0);
    expect(pastCs101[0]!.graded_count).toBe(pastCs101[0]!.roster_size);
    const current = sections.find((s) => s.course_code === "CS 230" && s.code === "002")!;
    expect(current.roster_size).toBe(5);
    expect(sections.indexOf(current)).toBeLessThan(sections.indexOf(pastCs101[0]!));
    const termNames = [...new Set(sections.map((s) => s.term_name))];
    expect(termNames).toHaveLength(2);
  });

  test("students may not list taught sections", async () => {
    const stack = await getStack();
    const { status } = await stack.api("/api/v1/me/sections", { token: await tokenOf(stack, "student21") });
    expect(status).toBe(403);
  });
});

describe("setting grades, release and what students see", () => {
  test("a draft grade is invisible to the student until release; then it counts: (40.7 + 3x3.3) / 14 = 3.61", async () => {
    const stack = await getStack();
    const section = await sectionOf(stack, "faculty4", "ENG 230");
    const before = await sheet(stack, section.id);
    expect(before.rows.map((r) => r.username).sort()).toEqual(["student21", "student31", "student32", "student34", "student37"]);
    expect(before.rows.every((r) => r.grade === "" && r.state === "")).toBe(true);
    expect(before.released).toBe(false);
    const student21 = before.rows.find((r) => r.username === "student21")!;
    expect(student21.name).not.toBe("");

    // Past term only: (4x4.0 + 4x3.7 + 3x3.3) / 11 = 40.7 / 11 = 3.70.
    expect((await myGrades(stack, "student21")).cumulative_gpa).toBe(3.7);

    const set = await putGrade(stack, section.id, student21.student_id, { grade: "b+" });
    expect(set.status).toBe(200);
    expect(set.body.row).toMatchObject({ student_id: student21.student_id, username: "student21", grade: "B+", state: "DRAFT" });

    // Before release: nothing of it, in any call a student can make.
    const drafted = await myGrades(stack, "student21");
    expect(drafted.terms.flatMap((t) => t.entries).some((e) => e.course_code === "ENG 230")).toBe(false);
    expect(drafted.cumulative_gpa).toBe(3.7);
    const transcript = await stack.api("/api/v1/me/transcript", { token: await tokenOf(stack, "student21") });
    expect(JSON.stringify(transcript.body)).not.toContain("ENG 230");
    const completed = await stack.client("grades").ListCompletedCourses({ student_id: "" }, { token: await tokenOf(stack, "student21") });
    expect(completed.courses.some((c) => c.course_code === "ENG 230")).toBe(false);
    expect((await sheet(stack, section.id)).section.state).toBe("DRAFT");

    const release = await stack.api(`/api/v1/sections/${section.id}/grades/release`, { method: "POST", token: await tokenOf(stack, "faculty4") });
    expect(release.status).toBe(200);
    expect(release.body.released_count).toBe(1);

    const released = await myGrades(stack, "student21");
    const newest = released.terms[0]!;
    expect(newest.entries.map((e) => [e.course_code, e.grade])).toEqual([["ENG 230", "B+"]]);
    expect(newest.gpa).toBe(3.3);
    // (40.7 + 9.9) / 14 = 3.614 -> 3.61
    expect(released.cumulative_gpa).toBe(3.61);
    const after = await sheet(stack, section.id);
    expect(after.released).toBe(true);
    expect(after.section.state).toBe("RELEASED");
    expect(after.rows.find((r) => r.username === "student21")!.state).toBe("RELEASED");
  });

  test("after release a change needs a reason; it stays released and the audit keeps who, when, old, new and why", async () => {
    const stack = await getStack();
    const section = await sectionOf(stack, "faculty4", "ENG 230");
    const student21 = (await sheet(stack, section.id)).rows.find((r) => r.username === "student21")!;
    expect(student21.state).toBe("RELEASED");

    const noReason = await putGrade(stack, section.id, student21.student_id, { grade: "A-" });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details[0].field).toBe("reason");
    expect((await myGrades(stack, "student21")).terms[0]!.entries[0]!.grade).toBe("B+");

    const startedAt = Date.now();
    const changed = await putGrade(stack, section.id, student21.student_id, { grade: "A-", reason: "Regraded the final essay" });
    expect(changed.status).toBe(200);
    expect(changed.body.row).toMatchObject({ grade: "A-", state: "RELEASED" });
    // Visible at once: (40.7 + 3x3.7) / 14 = 51.8 / 14 = 3.70.
    expect((await myGrades(stack, "student21")).cumulative_gpa).toBe(3.7);

    const faculty4 = await session(stack, "faculty4");
    const history = await stack.api(`/api/v1/sections/${section.id}/grades/${student21.student_id}/history`, { token: faculty4.access_token });
    expect(history.status).toBe(200);
    expect(history.body.student_name).toBe(student21.name);
    const changes = history.body.changes as Array<{ action: string; old_grade: string; new_grade: string; reason: string; actor_id: string; actor_name: string; changed_at: string }>;
    expect(changes.map((c) => [c.action, c.old_grade, c.new_grade])).toEqual([
      ["set", "", "B+"],
      ["release", "B+", "B+"],
      ["change", "B+", "A-"],
    ]);
    const last = changes[2]!;
    expect(last.reason).toBe("Regraded the final essay");
    expect(last.actor_id).toBe(faculty4.user.id);
    expect(last.actor_name).not.toBe("");
    expect(Math.abs(Date.parse(last.changed_at) - startedAt)).toBeLessThan(60_000);

    const admin = await stack.api(`/api/v1/sections/${section.id}/grades/${student21.student_id}/history`, { token: await tokenOf(stack, "admin") });
    expect(admin.status).toBe(200);
    expect(admin.body.changes).toHaveLength(3);
  });

  test("a new grade after release is a draft until the next release", async () => {
    const stack = await getStack();
    const section = await sectionOf(stack, "faculty4", "ENG 230");
    const student31 = (await sheet(stack, section.id)).rows.find((r) => r.username === "student31")!;
    const set = await putGrade(stack, section.id, student31.student_id, { grade: "P" });
    expect(set.body.row.state).toBe("DRAFT");
    expect((await myGrades(stack, "student31")).terms.flatMap((t) => t.entries).some((e) => e.course_code === "ENG 230")).toBe(false);
    const release = await stack.api(`/api/v1/sections/${section.id}/grades/release`, { method: "POST", token: await tokenOf(stack, "faculty4") });
    expect(release.body.released_count).toBe(1);
    expect((await myGrades(stack, "student31")).terms[0]!.entries.map((e) => e.grade)).toEqual(["P"]);
  });

  test("a grade off the scale is refused with the allowed values; so is a student who is not enrolled", async () => {
    const stack = await getStack();
    const section = await sectionOf(stack, "faculty4", "ENG 230");
    const student32 = (await sheet(stack, section.id)).rows.find((r) => r.username === "student32")!;
    const bad = await putGrade(stack, section.id, student32.student_id, { grade: "E" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain("A, A-, B+, B, B-, C+, C, C-, D+, D, D-, F, P, NP, I, W");
    expect(bad.body.error.details[0].field).toBe("grade");

    const outsider = await session(stack, "student1");
    const notEnrolled = await putGrade(stack, section.id, outsider.user.id, { grade: "A" });
    expect(notEnrolled.status).toBe(400);
    expect(notEnrolled.body.error.message).toContain("not enrolled");

    const missing = await stack.api(`/api/v1/sections/${section.id}/grades/${student32.student_id}`, { method: "PUT", token: await tokenOf(stack, "faculty4"), body: { reason: "x" } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details[0].field).toBe("grade");
    expect((await sheet(stack, section.id)).rows.find((r) => r.username === "student32")!.grade).toBe("");
  });

  test("releasing a section without grades is refused", async () => {
    const stack = await getStack();
    const section = await sectionOf(stack, "faculty4", "ENG 260");
    const release = await stack.api(`/api/v1/sections/${section.id}/grades/release`, { method: "POST", token: await tokenOf(stack, "faculty4") });
    expect(release.status).toBe(400);
    expect(release.body.error.status).toBe("FAILED_PRECONDITION");
  });
});

describe("ownership", () => {
  test("another instructor is refused on every grading call (403); a student too; an admin may read but not write", async () => {
    const stack = await getStack();
    const section = await sectionOf(stack, "faculty4", "ENG 230");
    const someone = (await sheet(stack, section.id)).rows[0]!.student_id;
    const base = `/api/v1/sections/${section.id}/grades`;
    const calls = [
      { path: base },
      { path: `${base}/distribution` },
      { path: `${base}/${someone}/history` },
      { path: `${base}/${someone}`, method: "PUT", body: { grade: "A", reason: "mine now" } },
      { path: `${base}/import?dry_run=true`, body: { csv: "student21,A" } },
      { path: `${base}/release`, method: "POST" },
    ];
    for (const username of ["faculty2", "student21"]) {
      const token = await tokenOf(stack, username);
      for (const call of calls) {
        const { status, body } = await stack.api(call.path, { ...call, token });
        expect({ username, path: call.path, status }).toEqual({ username, path: call.path, status: 403 });
        expect(body.error.status).toBe("PERMISSION_DENIED");
      }
    }
    const admin = await tokenOf(stack, "admin");
    expect((await stack.api(base, { token: admin })).status).toBe(200);
    expect((await stack.api(`${base}/${someone}`, { method: "PUT", token: admin, body: { grade: "A" } })).status).toBe(403);
    // Nothing changed hands.
    expect((await sheet(stack, section.id)).rows.find((r) => r.student_id === someone)!.grade).not.toBe("A");
  });

  test("permission before existence: a student asking about a section that does not exist is refused, faculty get 404", async () => {
    const stack = await getStack();
    const nowhere = "/api/v1/sections/00000000-0000-4000-8000-000000000000/grades";
    expect((await stack.api(nowhere, { token: await tokenOf(stack, "student21") })).status).toBe(403);
    expect((await stack.api(nowhere, { token: await tokenOf(stack, "faculty4") })).status).toBe(404);
  });
});

describe("CSV import", () => {
  test("the preview gives each row its outcome and writes nothing; applying it with bad rows writes nothing either", async () => {
    const stack = await getStack();
    const section = await sectionOf(stack, "faculty4", "HIST 390");
    const before = await sheet(stack, section.id);
    const byName = (u: string) => before.rows.find((r) => r.username === u)!;
    const [first, second, third, fourth] = before.rows;
    const csv = [
      "\uFEFFstudent;grade",
      `${first!.username};A`,
      `${second!.student_id};b+`,
      "student1;B",
      "nosuchstudent;A",
      `${third!.username};Q`,
      `${first!.username};B`,
      `${fourth!.username}`,
      "faculty1;A",
    ].join("\r\n");
    const token = await tokenOf(stack, "faculty4");
    const preview = await stack.api(`/api/v1/sections/${section.id}/grades/import?dry_run=true`, { token, body: { csv } });
    expect(preview.status).toBe(200);
    expect(preview.body.applied).toBe(false);
    expect(preview.body.rows.map((r: { line: number; outcome: string }) => [r.line, r.outcome])).toEqual([
      [2, "OK"],
      [3, "OK"],
      [4, "NOT_ENROLLED"],
      [5, "UNKNOWN_STUDENT"],
      [6, "INVALID_GRADE"],
      [7, "DUPLICATE_ROW"],
      [8, "MALFORMED"],
      [9, "UNKNOWN_STUDENT"],
    ]);
    expect(preview.body.rows[1]).toMatchObject({ student_id: second!.student_id, student_name: second!.name, grade: "B+" });
    expect(preview.body.ok_count).toBe(2);
    expect(preview.body.error_count).toBe(6);
    expect((await sheet(stack, section.id)).rows.every((r) => r.grade === "")).toBe(true);

    const apply = await stack.api(`/api/v1/sections/${section.id}/grades/import`, { token, body: { csv } });
    expect(apply.status).toBe(400);
    expect(apply.body.error.message).toContain("Nothing was imported");
    expect(apply.body.error.details.map((d: { line: number }) => d.line)).toEqual([4, 5, 6, 7, 8, 9]);
    const after = await sheet(stack, section.id);
    expect(after.rows.every((r) => r.grade === "")).toBe(true);
    expect(byName(first!.username).grade).toBe("");
  });

  test("a clean file is applied in full (raw text/csv upload), then a released grade needs a reason to change", async () => {
    const stack = await getStack();
    const section = await sectionOf(stack, "faculty4", "HIST 390");
    const rows = (await sheet(stack, section.id)).rows;
    const [first, second, third] = rows;
    const token = await tokenOf(stack, "faculty4");
    const csv = `${first!.username},A\n${second!.username},B+\n${third!.student_id},C\n`;
    const apply = await stack.api(`/api/v1/sections/${section.id}/grades/import`, { token, body: csv, headers: { "content-type": "text/csv; charset=utf-8" } });
    expect(apply.status).toBe(200);
    expect(apply.body).toMatchObject({ applied: true, ok_count: 3, error_count: 0 });
    const written = await sheet(stack, section.id);
    expect(written.rows.filter((r) => r.grade !== "").map((r) => [r.username, r.grade, r.state]).sort()).toEqual(
      [
        [first!.username, "A", "DRAFT"],
        [second!.username, "B+", "DRAFT"],
        [third!.username, "C", "DRAFT"],
      ].sort(),
    );
    const importHistory = await stack.api(`/api/v1/sections/${section.id}/grades/${first!.student_id}/history`, { token });
    expect(importHistory.body.changes.map((c: { action: string }) => c.action)).toEqual(["import"]);

    expect((await stack.api(`/api/v1/sections/${section.id}/grades/release`, { method: "POST", token })).body.released_count).toBe(3);

    const change = `${first!.username},A-\n${second!.username},B+\n`;
    const preview = await stack.api(`/api/v1/sections/${section.id}/grades/import?dry_run=true`, { token, body: { csv: change } });
    expect(preview.body.rows.map((r: { outcome: string; previous_grade: string }) => [r.outcome, r.previous_grade])).toEqual([
      ["REASON_REQUIRED", "A"],
      ["OK", "B+"],
    ]);
    const refused = await stack.api(`/api/v1/sections/${section.id}/grades/import`, { token, body: { csv: change } });
    expect(refused.status).toBe(400);
    const accepted = await stack.api(`/api/v1/sections/${section.id}/grades/import`, { token, body: { csv: change, reason: "Late extra-credit work" } });
    expect(accepted.status).toBe(200);
    const history = await stack.api(`/api/v1/sections/${section.id}/grades/${first!.student_id}/history`, { token });
    expect(history.body.changes.map((c: { action: string; old_grade: string; new_grade: string; reason: string }) => [c.action, c.old_grade, c.new_grade, c.reason])).toEqual([
      ["import", "", "A", ""],
      ["release", "A", "A", ""],
      ["change", "A", "A-", "Late extra-credit work"],
    ]);
    // The unchanged row wrote nothing.
    const untouched = await stack.api(`/api/v1/sections/${section.id}/grades/${second!.student_id}/history`, { token });
    expect(untouched.body.changes).toHaveLength(2);
  });

  test("the distribution counts each grade in scale order", async () => {
    const stack = await getStack();
    const section = await sectionOf(stack, "faculty4", "HIST 390");
    const { status, body } = await stack.api(`/api/v1/sections/${section.id}/grades/distribution`, { token: await tokenOf(stack, "faculty4") });
    expect(status).toBe(200);
    expect(body.counts.map((c: { grade: string }) => c.grade).slice(0, 3)).toEqual(["A", "A-", "B+"]);
    const nonZero = Object.fromEntries(body.counts.filter((c: { count: number }) => c.count > 0).map((c: { grade: string; count: number }) => [c.grade, c.count]));
    expect(nonZero).toEqual({ "A-": 1, "B+": 1, C: 1 });
    expect(body.graded).toBe(3);
    expect(body.enrolled).toBe(section.roster_size);
  });

  test("a 500-row file is previewed quickly (batched lookups, no call per row)", async () => {
    const stack = await getStack();
    const section = await sectionOf(stack, "faculty4", "HIST 390");
    const lines = ["student,grade", ...Array.from({ length: 500 }, (_, i) => `student${(i % 40) + 1}x${i},B`)];
    const started = performance.now();
    const { status, body } = await stack.api(`/api/v1/sections/${section.id}/grades/import?dry_run=true`, { token: await tokenOf(stack, "faculty4"), body: { csv: lines.join("\n") } });
    const ms = performance.now() - started;
    expect(status).toBe(200);
    expect(body.rows).toHaveLength(500);
    expect(ms).toBeLessThan(1500);
  });

  test("an empty file and a bad dry_run are 400s naming the field", async () => {
    const stack = await getStack();
    const section = await sectionOf(stack, "faculty4", "HIST 390");
    const token = await tokenOf(stack, "faculty4");
    const empty = await stack.api(`/api/v1/sections/${section.id}/grades/import`, { token, body: { csv: "\uFEFF\n" } });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details[0].field).toBe("csv");
    const badFlag = await stack.api(`/api/v1/sections/${section.id}/grades/import?dry_run=maybe`, { token, body: { csv: "a,b" } });
    expect(badFlag.status).toBe(400);
    expect(badFlag.body.error.details[0].field).toBe("dry_run");
  });
});

describe("a repeated course", () => {
  test("student5 retakes CS 101 (F before): only the latest attempt counts, both stay listed", async () => {
    const stack = await getStack();
    const section = await sectionOf(stack, "faculty1", "CS 101");
    const student5 = await session(stack, "student5");
    // Past: (4x0.0 + 4x2.7 + 4x2.3) / 12 = 20 / 12 = 1.67.
    expect((await myGrades(stack, "student5")).cumulative_gpa).toBe(1.67);
    const enrolled = await stack.api("/api/v1/enrollments", { token: student5.access_token, body: { section_id: section.id } });
    expect(enrolled.status).toBe(201);

    const faculty1 = await tokenOf(stack, "faculty1");
    expect((await putGrade(stack, section.id, student5.user.id, { grade: "A-" }, "faculty1")).status).toBe(200);
    expect((await stack.api(`/api/v1/sections/${section.id}/grades/release`, { method: "POST", token: faculty1 })).status).toBe(200);

    const record = await myGrades(stack, "student5");
    // The F is replaced: (4x2.7 + 4x2.3 + 4x3.7) / 12 = 34.8 / 12 = 2.90.
    expect(record.cumulative_gpa).toBe(2.9);
    const [current, past] = record.terms;
    expect(current!.entries.map((e) => [e.course_code, e.grade, e.repeated, e.counts_in_gpa])).toEqual([["CS 101", "A-", false, true]]);
    expect(past!.entries.find((e) => e.course_code === "CS 101")).toMatchObject({ grade: "F", repeated: true, counts_in_gpa: false });
    // The past term's GPA without the replaced F: 20 / 8 = 2.50.
    expect(past!.gpa).toBe(2.5);
    expect(record.credits_earned).toBe(12);
  });
});
