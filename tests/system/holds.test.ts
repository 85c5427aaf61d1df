// Holds: the registrar places and lifts them (admins only, audited); a hold whose kind blocks
// registration refuses adding and joining a waitlist, naming the hold and whom to contact, but
// never dropping; the student sees their holds; registration_problems lists them without enrolling.
import { describe, expect, setDefaultTimeout, test } from "bun:test";
import postgres from "postgres";
import { databaseUrlFor } from "../../nodes/shared/config";
import { getStack } from "../support/stack";
import { admin, enroll, grpcError, newSection, newStudent, newTerm } from "./enrollment-fixtures";

setDefaultTimeout(30_000); // see tests/support/preload.ts

const stack = await getStack();
const enrollment = stack.client("enrollment");

async function placeHold(studentId: string, kind = "FINANCIAL", contact = "Bursar's Office, bursar@example.edu") {
  const boss = await admin(stack);
  const { hold } = await enrollment.PlaceHold({ student_id: studentId, kind, reason: "Unpaid tuition balance", contact }, { token: boss.token });
  return hold!;
}

describe("holds", () => {
  test("a financial hold refuses adding and joining a waitlist, naming it and whom to contact; dropping still works; lifting lets the student add", async () => {
    const term = await newTerm(stack);
    const [open, full, held] = await Promise.all([newSection(stack, { termId: term.id }), newSection(stack, { termId: term.id, capacity: 1 }), newSection(stack, { termId: term.id })]);
    const student = await newStudent(stack);
    const taker = await newStudent(stack);
    expect((await enroll(stack, taker, full.id)).status).toBe(201);
    expect((await enroll(stack, student, held.id)).status).toBe(201);
    const hold = await placeHold(student.id);
    expect(hold.blocks_registration).toBe(true);

    for (const sectionId of [open.id, full.id]) {
      const refused = await enroll(stack, student, sectionId);
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toContain("financial hold");
      expect(refused.body.error.message).toContain("Unpaid tuition balance");
      expect(refused.body.error.message).toContain("Bursar's Office, bursar@example.edu");
    }
    // Dropping is never held.
    const mine = await stack.api(`/api/v1/me/enrollments?term=${term.id}`, { token: student.token });
    const row = mine.body.enrollments.find((e: { section_id: string }) => e.section_id === held.id);
    expect((await stack.api(`/api/v1/enrollments/${row.id}`, { method: "DELETE", token: student.token })).status).toBe(200);
    // The dashboard's schedule read carries the holds in force.
    expect(mine.body.holds.map((h: { id: string }) => h.id)).toEqual([hold.id]);

    const boss = await admin(stack);
    const { hold: lifted } = await enrollment.LiftHold({ hold_id: hold.id }, { token: boss.token });
    expect(lifted!.lifted_by).toBe(boss.id);
    expect(lifted!.lifted_at).not.toBe("");
    expect((await enroll(stack, student, open.id)).status).toBe(201);
    const again = await grpcError(enrollment.LiftHold({ hold_id: hold.id }, { token: boss.token }));
    expect(again.details).toContain("already lifted");
  });

  test("a hold that does not block registration (transcript) lets the student add; several blocking holds are all named", async () => {
    const term = await newTerm(stack);
    const section = await newSection(stack, { termId: term.id });
    const student = await newStudent(stack);
    await placeHold(student.id, "TRANSCRIPT", "Registrar's Office");
    expect((await enroll(stack, student, section.id)).status).toBe(201);
    const other = await newSection(stack, { termId: term.id });
    await placeHold(student.id, "FINANCIAL");
    await placeHold(student.id, "ADVISING", "Dr. Ada Lovelace, advising@example.edu");
    const refused = await enroll(stack, student, other.id);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain("2 holds");
    expect(refused.body.error.message).toContain("Dr. Ada Lovelace, advising@example.edu");
  });

  test("registration_problems lists the holds for a section without enrolling", async () => {
    const term = await newTerm(stack);
    const section = await newSection(stack, { termId: term.id });
    const student = await newStudent(stack);
    const hold = await placeHold(student.id);
    const sql = postgres(databaseUrlFor({ ...stack.config, dbPoolerUrl: undefined }, "courses"), { max: 1, onnotice: () => {} });
    try {
      const rows = await sql`select * from registration_problems(${student.id}::uuid, ${section.id}::uuid)`;
      expect(rows.map((r) => [r.problem, r.hold_id, r.contact])).toEqual([["HOLD", hold.id, "Bursar's Office, bursar@example.edu"]]);
      expect(await sql`select id from enrollments where student_id = ${student.id}`).toHaveLength(0);
    } finally {
      await sql.end({ timeout: 1 });
    }
  });

  test("only admins place and lift holds; a student reads only their own; bad fields are named", async () => {
    const student = await newStudent(stack);
    const other = await newStudent(stack);
    const boss = await admin(stack);
    expect((await grpcError(enrollment.PlaceHold({ student_id: other.id, kind: "FINANCIAL", reason: "x", contact: "y" }, { token: student.token }))).code).toBe(7);
    const hold = await placeHold(other.id);
    expect((await grpcError(enrollment.LiftHold({ hold_id: hold.id }, { token: student.token }))).code).toBe(7);
    expect((await grpcError(enrollment.ListHolds({ student_id: other.id }, { token: student.token }))).code).toBe(7);
    expect((await enrollment.ListHolds({ student_id: "" }, { token: other.token })).holds.map((h) => h.id)).toEqual([hold.id]);
    const badKind = await grpcError(enrollment.PlaceHold({ student_id: other.id, kind: "PARKING", reason: "x", contact: "y" }, { token: boss.token }));
    expect(badKind.details).toStartWith("Kind of hold must be one of");
    const noReason = await grpcError(enrollment.PlaceHold({ student_id: other.id, kind: "FINANCIAL", reason: " ", contact: "y" }, { token: boss.token }));
    expect(noReason.details).toBe("Reason is required.");
    const onAdmin = await grpcError(enrollment.PlaceHold({ student_id: boss.id, kind: "FINANCIAL", reason: "x", contact: "y" }, { token: boss.token }));
    expect(onAdmin.code).toBe(3);
  });

  test("placing and lifting are in the audit trail with who, what and the student", async () => {
    const student = await newStudent(stack);
    const hold = await placeHold(student.id);
    const boss = await admin(stack);
    await enrollment.LiftHold({ hold_id: hold.id }, { token: boss.token });
    const trail = await stack.api(`/api/v1/audit?action=hold&object=${student.username}`, { token: boss.token });
    expect(trail.status).toBe(200);
    const actions = trail.body.events.map((e: { action: string; actor_username: string; entity_label: string }) => [e.action, e.actor_username, e.entity_label]);
    expect(actions).toEqual([
      ["hold.lift", "admin", `${student.username}: Financial hold`],
      ["hold.place", "admin", `${student.username}: Financial hold`],
    ]);
  });
});
