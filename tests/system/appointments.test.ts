// Registration appointments: groups by credits earned, class standing or a list of students,
// each with a start; a student may add from their appointment until the window closes, and is
// refused before it with the time in the university's zone. Assigning is recomputed with every
// change of the groups.
import { describe, expect, setDefaultTimeout, test } from "bun:test";
import postgres from "postgres";
import { databaseUrlFor } from "../../nodes/shared/config";
import { formatDateTime } from "../../nodes/shared/university-time";
import { getStack } from "../support/stack";
import { admin, enroll, grpcError, newSection, newStudent, newTerm, type Person } from "./enrollment-fixtures";

setDefaultTimeout(30_000); // see tests/support/preload.ts

const stack = await getStack();
const enrollment = stack.client("enrollment");
const inMinutes = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();

async function createGroup(termId: string, group: { name: string; basis: string; min_credits?: number; standing?: string; students?: string[]; starts_at: string }) {
  const boss = await admin(stack);
  return enrollment.CreateAppointmentGroup({ group: { term_id: termId, ...group } }, { token: boss.token });
}

async function schedule(student: Person, termId: string) {
  return (await stack.api(`/api/v1/me/enrollments?term=${termId}`, { token: student.token })).body;
}

describe("registration appointments", () => {
  test("a student adds from their appointment; before it the refusal names the time; deleting a group assigns again", async () => {
    const term = await newTerm(stack);
    const [first, second] = await Promise.all([newSection(stack, { termId: term.id }), newSection(stack, { termId: term.id, capacity: 0 })]);
    const early = await newStudent(stack);
    const late = await newStudent(stack);
    const later = inMinutes(12 * 60);
    const { group: listed, assignment } = await createGroup(term.id, { name: "Honors list", basis: "STUDENTS", students: [early.username], starts_at: inMinutes(-1) });
    expect(listed!.students).toEqual([early.id]);
    expect(assignment!.students_assigned).toBeGreaterThan(0);
    const { group: everyone } = await createGroup(term.id, { name: "Everyone", basis: "CREDITS", min_credits: 0, starts_at: later });

    expect((await enroll(stack, early, first.id)).status).toBe(201);
    for (const sectionId of [first.id, second.id]) {
      const refused = await enroll(stack, late, sectionId); // a seat, and a waitlist (capacity 0)
      expect(refused.status).toBe(400);
      expect(refused.body.error.message).toContain(`Your registration appointment for ${term.name} starts on ${formatDateTime(later, stack.config.timeZone)}`);
    }
    expect(Date.parse((await schedule(late, term.id)).appointment_at)).toBe(Date.parse(everyone!.starts_at));
    expect(Date.parse((await schedule(early, term.id)).appointment_at)).toBe(Date.parse(listed!.starts_at));

    const boss = await admin(stack);
    await enrollment.DeleteAppointmentGroup({ group_id: listed!.id }, { token: boss.token });
    const now = await schedule(early, term.id);
    expect(Date.parse(now.appointment_at)).toBe(Date.parse(everyone!.starts_at));
    const groups = await enrollment.ListAppointmentGroups({ term_id: term.id }, { token: boss.token });
    expect(groups.groups.map((g) => g.name)).toEqual(["Everyone"]);
    expect(groups.students_assigned).toBeGreaterThan(0);
  });

  test("groups by credits earned and class standing use the grades database; the earliest matching group wins", async () => {
    const term = await newTerm(stack);
    const section = await newSection(stack, { termId: term.id });
    const veteran = await stack.login("student1"); // passed CS 101 and MATH 101 in the past term
    const fresh = await newStudent(stack);
    await createGroup(term.id, { name: "With credits", basis: "CREDITS", min_credits: 1, starts_at: inMinutes(-10) });
    await createGroup(term.id, { name: "First-year", basis: "STANDING", standing: "FRESHMAN", starts_at: inMinutes(60) });
    expect((await enroll(stack, { id: veteran.user.id, username: "student1", token: veteran.access_token }, section.id)).status).toBe(201);
    const refused = await enroll(stack, fresh, section.id);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain("registration appointment");
  });

  test("registration_problems names the appointment without enrolling; a term without groups has none", async () => {
    const term = await newTerm(stack);
    const section = await newSection(stack, { termId: term.id });
    const student = await newStudent(stack);
    const sql = postgres(databaseUrlFor({ ...stack.config, dbPoolerUrl: undefined }, "courses"), { max: 1, onnotice: () => {} });
    try {
      expect(await sql`select * from registration_problems(${student.id}::uuid, ${section.id}::uuid)`).toHaveLength(0);
      expect((await schedule(student, term.id)).appointment_at).toBe("");
      const startsAt = inMinutes(30);
      await createGroup(term.id, { name: "Everyone", basis: "STANDING", standing: "FRESHMAN", starts_at: startsAt });
      const rows = await sql`select problem, at from registration_problems(${student.id}::uuid, ${section.id}::uuid)`;
      expect(rows.map((r) => [r.problem, new Date(r.at).getTime()])).toEqual([["APPOINTMENT", Date.parse(startsAt)]]);
    } finally {
      await sql.end({ timeout: 1 });
    }
  });

  test("only admins manage groups; fields are checked and named", async () => {
    const term = await newTerm(stack, { closesIn: 60 });
    const student = await newStudent(stack);
    const boss = await admin(stack);
    const asStudent = await grpcError(enrollment.CreateAppointmentGroup({ group: { term_id: term.id, name: "x", basis: "CREDITS", min_credits: 0, starts_at: inMinutes(1) } }, { token: student.token }));
    expect(asStudent.code).toBe(7);
    expect((await grpcError(enrollment.ListAppointmentGroups({ term_id: term.id }, { token: student.token }))).code).toBe(7);
    expect((await grpcError(enrollment.AssignAppointments({ term_id: term.id }, { token: student.token }))).code).toBe(7);
    const afterClose = await grpcError(createGroup(term.id, { name: "Late", basis: "CREDITS", min_credits: 0, starts_at: inMinutes(120) }));
    expect(afterClose.details).toStartWith("Appointment starts must be before registration closes");
    const badStanding = await grpcError(createGroup(term.id, { name: "x", basis: "STANDING", standing: "GRADUATE", starts_at: inMinutes(1) }));
    expect(badStanding.details).toStartWith("Class standing must be one of");
    const unknown = await grpcError(createGroup(term.id, { name: "x", basis: "STUDENTS", students: ["nobody-here-xyz"], starts_at: inMinutes(1) }));
    expect(unknown.details).toContain("nobody-here-xyz");
    const staff = await grpcError(createGroup(term.id, { name: "x", basis: "STUDENTS", students: ["admin"], starts_at: inMinutes(1) }));
    expect(staff.details).toContain("admin is not");
    expect((await enrollment.AssignAppointments({ term_id: term.id }, { token: boss.token })).students_assigned).toBe(0);
  });
});
