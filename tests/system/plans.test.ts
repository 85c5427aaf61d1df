// Plan ahead (docs/registration.md, "Plans"): a student keeps sections in a plan before their
// registration time, checks it (every problem at once, from the rules Register applies, changing
// nothing) and registers it (one outcome per section; the same plan pressed twice answers the same).
import { setDefaultTimeout, describe, expect, test } from "bun:test";
import { getStack, type Stack } from "../support/stack";
import { enroll, newCourse, newSection, newStudent, newTerm, type Person } from "./enrollment-fixtures";

setDefaultTimeout(30_000); // see tests/support/preload.ts

const at = (day: string, start: string, end: string) => [{ day, start_time: start, end_time: end }];

async function plan(stack: Stack, student: Person, sectionId: string) {
  const answer = await stack.api("/api/v1/me/plan/sections", { token: student.token, body: { section_id: sectionId } });
  expect(answer.status).toBe(201);
  return answer.body.plan;
}
const check = async (stack: Stack, student: Person, termId: string) => (await stack.api(`/api/v1/me/plan/check?term=${termId}`, { token: student.token })).body;
const register = (stack: Stack, student: Person, termId: string) => stack.api("/api/v1/me/plan/register", { token: student.token, body: { term: termId } });

describe("a registration plan", () => {
  test("sections are added and removed, listed with meeting times, credits totalled; one section once", async () => {
    const stack = await getStack();
    const term = await newTerm(stack);
    const a = await newSection(stack, { termId: term.id, credits: 4, meetings: at("MON", "09:00", "10:00") });
    const b = await newSection(stack, { termId: term.id, credits: 3, meetings: at("TUE", "09:00", "10:00") });
    const student = await newStudent(stack);
    await plan(stack, student, a.id);
    const both = await plan(stack, student, b.id);
    expect(both.sections.map((s: { section: { id: string } }) => s.section.id)).toEqual([a.id, b.id]);
    expect(both.sections[0].section.meetings).toEqual([{ day: "MON", start_time: "09:00", end_time: "10:00" }]);
    expect(both.planned_credits).toBe(7);
    const again = await stack.api("/api/v1/me/plan/sections", { token: student.token, body: { section_id: a.id } });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toContain("already in your plan");
    const removed = await stack.api(`/api/v1/me/plan/sections/${a.id}`, { method: "DELETE", token: student.token });
    expect(removed.status).toBe(200);
    expect(removed.body.plan.sections.map((s: { section: { id: string } }) => s.section.id)).toEqual([b.id]);
    expect((await stack.api(`/api/v1/me/plan/sections/${a.id}`, { method: "DELETE", token: student.token })).status).toBe(404);
    // Another student's plan is their own.
    expect((await stack.api(`/api/v1/me/plan?term=${term.id}`, { token: (await newStudent(stack)).token })).body.plan.sections).toEqual([]);
  }, 60_000);

  test("the check reports every problem at once and changes nothing; Register enrolls the plan, one outcome per section", async () => {
    const stack = await getStack();
    const term = await newTerm(stack);
    const prerequisite = await newCourse(stack);
    const advanced = await newCourse(stack, { prerequisiteIds: [prerequisite.id] });
    const make = (spec: { credits?: number; capacity?: number; courseId?: string; meetings: ReturnType<typeof at> }) => newSection(stack, { termId: term.id, ...spec });
    const held = await make({ credits: 3, meetings: at("MON", "09:00", "10:00") });
    const clashWithSchedule = await make({ credits: 3, meetings: at("MON", "09:30", "10:30") });
    const first = await make({ credits: 4, meetings: at("TUE", "09:00", "10:00") });
    const clashInPlan = await make({ credits: 3, meetings: at("TUE", "09:30", "10:30") });
    const full = await make({ credits: 3, capacity: 1, meetings: at("WED", "09:00", "10:00") });
    const needsPrereq = await make({ courseId: advanced.id, meetings: at("THU", "09:00", "10:00") });
    const big = await make({ credits: 12, meetings: at("FRI", "09:00", "10:00") });
    expect((await enroll(stack, await newStudent(stack), full.id)).body.enrollment.status).toBe("ENROLLED");
    const student = await newStudent(stack);
    expect((await enroll(stack, student, held.id)).status).toBe(201);
    for (const s of [clashWithSchedule, first, clashInPlan, full, needsPrereq, big]) await plan(stack, student, s.id);

    const seatsBefore = (await stack.api(`/api/v1/sections/${first.id}`)).body.section.enrolled;
    const result = await check(stack, student, term.id);
    const bySection = new Map(result.sections.map((s: { section_id: string }) => [s.section_id, s]));
    const problems = (id: string) => (bySection.get(id) as { problems: string[] }).problems.join(" ");
    expect(result.ready).toBe(false);
    expect(problems(clashWithSchedule.id)).toContain("Time conflict");
    expect(problems(clashWithSchedule.id)).toContain(`${held.course_code}-${held.code}`);
    expect(bySection.get(first.id)).toMatchObject({ would: "REGISTER_OUTCOME_ENROLLED", problems: [] });
    expect(problems(clashInPlan.id)).toContain(`${first.course_code}-${first.code}`);
    expect(bySection.get(full.id)).toMatchObject({ would: "REGISTER_OUTCOME_WAITLISTED", position: 1 });
    expect(problems(full.id)).toContain("waitlist");
    expect(problems(needsPrereq.id)).toContain(prerequisite.code);
    expect(problems(big.id)).toContain("Credit limit");
    // Nothing was taken: the dry run was rolled back.
    expect((await stack.api(`/api/v1/sections/${first.id}`)).body.section.enrolled).toBe(seatsBefore);
    expect((await stack.api(`/api/v1/sections/${full.id}`)).body.section.waitlisted).toBe(0);
    expect((await stack.api(`/api/v1/me/enrollments?term=${term.id}`, { token: student.token })).body.enrollments).toHaveLength(1);

    const registered = await register(stack, student, term.id);
    expect(registered.status).toBe(200);
    const outcome = new Map(registered.body.outcomes.map((o: { section_id: string }) => [o.section_id, o]));
    expect(outcome.get(first.id)).toMatchObject({ outcome: "REGISTER_OUTCOME_ENROLLED", replayed: false });
    expect(outcome.get(full.id)).toMatchObject({ outcome: "REGISTER_OUTCOME_WAITLISTED", position: 1 });
    for (const refused of [clashWithSchedule, clashInPlan, needsPrereq, big]) expect((outcome.get(refused.id) as { outcome: string }).outcome).toBe("REGISTER_OUTCOME_REFUSED");
    expect((outcome.get(needsPrereq.id) as { reason: string }).reason).toContain(prerequisite.code);
    // The plan keeps each section's last outcome and the place held now.
    const after = (await stack.api(`/api/v1/me/plan?term=${term.id}`, { token: student.token })).body.plan;
    expect(after.sections.find((s: { section: { id: string } }) => s.section.id === first.id)).toMatchObject({ status: "ENROLLED", last_outcome: "REGISTER_OUTCOME_ENROLLED" });

    // Pressing it again answers the same and takes nothing more.
    const again = await register(stack, student, term.id);
    expect(again.body.outcomes.map((o: { section_id: string; outcome: string; position: number }) => [o.section_id, o.outcome, o.position])).toEqual(
      registered.body.outcomes.map((o: { section_id: string; outcome: string; position: number }) => [o.section_id, o.outcome, o.position]),
    );
    expect(again.body.outcomes.filter((o: { replayed: boolean }) => o.replayed)).toHaveLength(2);
    expect((await stack.api(`/api/v1/sections/${first.id}`)).body.section.enrolled).toBe(seatsBefore + 1);
    expect((await stack.api(`/api/v1/sections/${full.id}`)).body.section.waitlisted).toBe(1);
  }, 90_000);

  test("before the registration time the plan can be made and checked; the window is the plan's one problem and Register refuses each section", async () => {
    const stack = await getStack();
    const term = await newTerm(stack, { opensIn: 60 });
    const section = await newSection(stack, { termId: term.id });
    const student = await newStudent(stack);
    await plan(stack, student, section.id);
    const result = await check(stack, student, term.id);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toContain("opens on");
    expect(result.sections[0]).toMatchObject({ would: "REGISTER_OUTCOME_ENROLLED", problems: [] });
    const registered = await register(stack, student, term.id);
    expect(registered.body.outcomes[0]).toMatchObject({ outcome: "REGISTER_OUTCOME_REFUSED", reason: expect.stringContaining("opens on") });
  }, 60_000);

  test("a registration hold is the plan's one problem, said once; every section is still checked; Register refuses with the hold's words", async () => {
    const stack = await getStack();
    const term = await newTerm(stack);
    const section = await newSection(stack, { termId: term.id, capacity: 1 });
    expect((await enroll(stack, await newStudent(stack), section.id)).body.enrollment.status).toBe("ENROLLED");
    const student = await newStudent(stack);
    await plan(stack, student, section.id);
    const boss = await stack.login("admin");
    await stack.client("enrollment").PlaceHold({ student_id: student.id, kind: "FINANCIAL", reason: "Unpaid fees", contact: "Bursar's Office" }, { token: boss.access_token });
    const result = await check(stack, student, term.id);
    expect(result.problems).toEqual([expect.stringContaining("Unpaid fees")]);
    expect(result.sections[0]).toMatchObject({ would: "REGISTER_OUTCOME_WAITLISTED", position: 1 });
    expect((await register(stack, student, term.id)).body.outcomes[0]).toMatchObject({ outcome: "REGISTER_OUTCOME_REFUSED", reason: expect.stringContaining("Bursar's Office") });
    // The hold is still in force: the check's run set it aside only inside its rolled-back transaction.
    expect((await enroll(stack, student, section.id)).status).toBe(400);
  }, 60_000);

  test("an empty plan is refused by Register; staff have no plans; a cancelled or closed section cannot be planned", async () => {
    const stack = await getStack();
    const term = await newTerm(stack);
    const student = await newStudent(stack);
    const empty = await register(stack, student, term.id);
    expect(empty.status).toBe(400);
    expect(empty.body.error.message).toContain("empty");
    const boss = await stack.login("admin");
    expect((await stack.api("/api/v1/me/plan", { token: boss.access_token })).status).toBe(403);
    const closed = await newTerm(stack, { opensIn: -120, closesIn: -60, dropDeadlineIn: -61 });
    const late = await newSection(stack, { termId: closed.id });
    const refused = await stack.api("/api/v1/me/plan/sections", { token: student.token, body: { section_id: late.id } });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain("closed");
  }, 60_000);
});
