// The invariants of DESIGN.md under concurrency, where the system tests check them one request
// at a time: the database itself refuses overbooking; drops and new enrollments racing on a full
// section promote the waitlist in order; concurrent changes of a released grade each leave one
// audit entry, chained old → new; concurrent imports apply all-or-nothing; a draft is never
// visible while it is being written and released.
import { setDefaultTimeout, describe, expect, test } from "bun:test";
import postgres from "postgres";
import { databaseUrlFor } from "../../nodes/shared/config";
import { getStack, type Stack } from "../support/stack";
import { admin, enroll, newFaculty, newSection, newStudents, newTerm } from "../system/enrollment-fixtures";

setDefaultTimeout(30_000); // see tests/support/preload.ts

function db(stack: Stack, which: "courses" | "grades") {
  return postgres(databaseUrlFor(stack.config, which), { max: 2, onnotice: () => {} });
}

describe("invariant 1: capacity", () => {
  test("the database itself refuses a seat counter above capacity or below zero", async () => {
    const stack = await getStack();
    const term = await newTerm(stack);
    const section = await newSection(stack, { termId: term.id, capacity: 2 });
    const sql = db(stack, "courses");
    try {
      await expect(sql`update section_seats set enrolled = 3 where section_id = ${section.id}`).rejects.toMatchObject({ code: "23514" });
      await expect(sql`update section_seats set enrolled = -1 where section_id = ${section.id}`).rejects.toMatchObject({ code: "23514" });
      await expect(sql`update section_seats set capacity = 0, enrolled = 1 where section_id = ${section.id}`).rejects.toMatchObject({ code: "23514" });
    } finally {
      await sql.end({ timeout: 1 });
    }
  });
});

describe("invariant 3: the waitlist under concurrency", () => {
  test("drops racing with new enrollments on a full section: the seats go to the waitlist in order, new arrivals queue behind", async () => {
    const stack = await getStack();
    const term = await newTerm(stack);
    const C = 5;
    const section = await newSection(stack, { termId: term.id, capacity: C });
    const people = await newStudents(stack, 24);
    const holders = people.slice(0, C);
    const waiting = people.slice(C, C + 10);
    const latecomers = people.slice(C + 10);
    const seats: string[] = [];
    for (const s of holders) seats.push((await enroll(stack, s, section.id)).body.enrollment.id);
    for (const s of waiting) expect((await enroll(stack, s, section.id)).body.enrollment.status).toBe("WAITLISTED");
    // All at once: every holder drops while the latecomers try to enroll.
    const results = await Promise.all([
      ...holders.map((s, i) => stack.api(`/api/v1/enrollments/${seats[i]}`, { method: "DELETE", token: s.token })),
      ...latecomers.map((s) => enroll(stack, s, section.id)),
    ]);
    expect(results.map((r) => r.status).filter((s) => s >= 300)).toEqual([]);
    const promoted = results.slice(0, C).map((r) => r.body.promoted_student_id);
    // Exactly the first C of the waitlist were promoted (in some order), none of the latecomers.
    expect(new Set(promoted)).toEqual(new Set(waiting.slice(0, C).map((s) => s.id)));
    expect(results.slice(C).every((r) => r.body.enrollment.status === "WAITLISTED")).toBe(true);
    const roster = await stack.api(`/api/v1/sections/${section.id}/roster`, { token: (await admin(stack)).token });
    expect(roster.body.enrolled.map((e: { student_id: string }) => e.student_id).sort()).toEqual(waiting.slice(0, C).map((s) => s.id).sort());
    // The rest of the original waitlist keeps its order, ahead of everyone who came later.
    const order = roster.body.waitlisted.map((e: { student_id: string }) => e.student_id);
    expect(order.slice(0, 5)).toEqual(waiting.slice(C).map((s) => s.id));
    expect(new Set(order.slice(5))).toEqual(new Set(latecomers.map((s) => s.id)));
    expect((await stack.api(`/api/v1/sections/${section.id}`)).body.section).toMatchObject({ enrolled: C, waitlisted: 5 + latecomers.length });
  }, 90_000);
});

describe("invariant 4: grades", () => {
  async function gradedSection(stack: Stack, students: number) {
    const term = await newTerm(stack, { startsIn: -1, endsIn: 100 }); // grading opens on the first day
    const teacher = await newFaculty(stack);
    const section = await newSection(stack, { termId: term.id, instructorId: teacher.id });
    const people = await newStudents(stack, students);
    for (const s of people) expect((await enroll(stack, s, section.id)).status).toBe(201);
    return { teacher, section, people };
  }
  const put = (stack: Stack, token: string, sectionId: string, studentId: string, body: { grade: string; reason?: string }) =>
    stack.api(`/api/v1/sections/${sectionId}/grades/${studentId}`, { method: "PUT", token, body });

  test("a draft is never visible to the student while grades are written and until the release", async () => {
    const stack = await getStack();
    const { teacher, section, people } = await gradedSection(stack, 1);
    const student = people[0]!;
    let writing = true;
    const seen: string[] = [];
    const reader = (async () => {
      while (writing) {
        const mine = await stack.api("/api/v1/me/grades", { token: student.token });
        if (JSON.stringify(mine.body).includes(section.id)) seen.push(JSON.stringify(mine.body).slice(0, 200));
      }
    })();
    for (const grade of ["C", "B", "A-", "B+", "A"]) expect((await put(stack, teacher.token, section.id, student.id, { grade })).status).toBe(200);
    await Promise.all(Array.from({ length: 5 }, (_, i) => put(stack, teacher.token, section.id, student.id, { grade: ["C", "B", "A-", "B+", "A"][i]! })));
    writing = false;
    await reader;
    expect(seen).toEqual([]);
    expect((await stack.api(`/api/v1/sections/${section.id}/grades/release`, { method: "POST", token: teacher.token })).status).toBe(200);
    expect(JSON.stringify((await stack.api("/api/v1/me/grades", { token: student.token })).body)).toContain(section.id);
  }, 60_000);

  test("concurrent changes of a released grade: one audit entry each, chained old → new, the last one stands", async () => {
    const stack = await getStack();
    const { teacher, section, people } = await gradedSection(stack, 1);
    const student = people[0]!;
    expect((await put(stack, teacher.token, section.id, student.id, { grade: "B" })).status).toBe(200);
    expect((await stack.api(`/api/v1/sections/${section.id}/grades/release`, { method: "POST", token: teacher.token })).status).toBe(200);
    // Ten different grades, none the released "B": a write of the grade already standing changes
    // nothing and leaves no entry, so with a repeat the count depended on the order of arrival.
    const grades = ["A", "A-", "B+", "B-", "C+", "C", "C-", "D+", "D", "F"];
    const changes = await Promise.all(grades.map((grade, i) => put(stack, teacher.token, section.id, student.id, { grade, reason: `change ${i}` })));
    expect(changes.map((c) => c.status).filter((s) => s !== 200 && s !== 409)).toEqual([]);
    const applied = changes.filter((c) => c.status === 200).length;
    const history = (await stack.api(`/api/v1/sections/${section.id}/grades/${student.id}/history`, { token: teacher.token })).body.changes as Array<{ action: string; old_grade: string; new_grade: string; reason: string }>;
    const after = history.filter((h) => h.action === "change");
    // One entry per applied change, each starting from the grade the previous one left.
    expect(after.length).toBe(applied);
    let current = "B";
    for (const entry of after) {
      expect(entry.old_grade).toBe(current);
      expect(entry.reason).toMatch(/^change \d$/);
      current = entry.new_grade;
    }
    const mine = await stack.api("/api/v1/me/grades", { token: student.token });
    expect(JSON.stringify(mine.body)).toContain(`"grade":"${current}"`);
  }, 60_000);

  test("concurrent imports, one with a bad row: the bad one writes nothing, the good one writes every row", async () => {
    const stack = await getStack();
    const { teacher, section, people } = await gradedSection(stack, 6);
    const good = people.map((p) => `${p.username},B+`).join("\n");
    const bad = [...people.slice(0, 5).map((p) => `${p.username},A`), `${people[5]!.username},Z+`].join("\n");
    const imports = await Promise.all([good, bad, bad, good].map((csv) =>
      fetch(`${stack.gatewayUrl}/api/v1/sections/${section.id}/grades/import?dry_run=false`, { method: "POST", headers: { authorization: `Bearer ${teacher.token}`, "content-type": "text/csv" }, body: csv }).then((r) => r.status),
    ));
    expect(imports.filter((s) => s >= 500)).toEqual([]);
    expect(imports[1]).toBe(400);
    expect(imports[2]).toBe(400);
    const sql = db(stack, "grades");
    try {
      const rows = await sql<{ grade: string }[]>`select grade from grades where section_id = ${section.id}`;
      // Never a mix: every row written comes from the good file.
      expect(rows.length).toBe(6);
      expect(new Set(rows.map((r) => r.grade))).toEqual(new Set(["B+"]));
    } finally {
      await sql.end({ timeout: 1 });
    }
  }, 60_000);
});
