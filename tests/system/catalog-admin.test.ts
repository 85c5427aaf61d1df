// The catalog's admin methods over gRPC: validation naming the field, prerequisite cycles,
// room and instructor clashes, capacity changes through the enrollment service, cancellation,
// and the audit trail.
import { setDefaultTimeout, describe, expect, test } from "bun:test";
import { status as GrpcStatus } from "@grpc/grpc-js";
import { detailsFromMetadata } from "../../nodes/shared/errors";
import { getStack } from "../support/stack";
import { admin, enroll, grpcError, newCourse, newFaculty, newSection, newStudent, newTerm } from "./enrollment-fixtures";

setDefaultTimeout(30_000); // see tests/support/preload.ts

describe("catalog administration", () => {
  test("only admins change the catalog", async () => {
    const stack = await getStack();
    const student = await newStudent(stack);
    const refused = await grpcError(stack.client("course").CreateTerm({ code: "X1", name: "X" }, { token: student.token }));
    expect(refused.code).toBe(GrpcStatus.PERMISSION_DENIED);
    const faculty = await newFaculty(stack);
    expect((await grpcError(stack.client("course").ListAuditEvents({}, { token: faculty.token }))).code).toBe(GrpcStatus.PERMISSION_DENIED);
  });

  test("a bad term is refused naming the fields", async () => {
    const stack = await getStack();
    const boss = await admin(stack);
    const error = (await grpcError(
      stack.client("course").CreateTerm(
        { code: "2031SP", name: "Spring 2031", starts_on: "2031-02-30", ends_on: "2031-05-01", registration_opens_at: "2031-01-01T00:00:00Z", registration_closes_at: "2030-12-01T00:00:00Z", add_drop_deadline: "soon" },
        { token: boss.token },
      ),
    )) as unknown as { code: number; metadata: never };
    expect(error.code).toBe(GrpcStatus.INVALID_ARGUMENT);
    expect(detailsFromMetadata(error.metadata).map((d) => d.field).sort()).toEqual(["add_drop_deadline", "registration_closes_at", "starts_on"]);
  });

  test("a prerequisite cycle is refused and named", async () => {
    const stack = await getStack();
    const boss = await admin(stack);
    const a = await newCourse(stack);
    const b = await newCourse(stack, { prerequisiteIds: [a.id] });
    const c = await newCourse(stack, { prerequisiteIds: [b.id] });
    const error = await grpcError(stack.client("course").UpdateCourse({ id: a.id, set_prerequisites: true, prerequisite_ids: [c.id] }, { token: boss.token }));
    expect(error.code).toBe(GrpcStatus.INVALID_ARGUMENT);
    expect(error.details).toBe(`These prerequisites would make a cycle: ${a.code} → ${c.code} → ${b.code} → ${a.code}.`);
    const updated = await stack.client("course").UpdateCourse({ id: c.id, title: "Renamed", set_prerequisites: true, prerequisite_ids: [a.id, b.id] }, { token: boss.token });
    expect(updated.course!.prerequisites.map((p) => p.id).sort()).toEqual([a.id, b.id].sort());
    expect(updated.course!.title).toBe("Renamed");
  });

  test("room and instructor double-bookings are refused naming the clash; the instructor must be faculty", async () => {
    const stack = await getStack();
    const boss = await admin(stack);
    const term = await newTerm(stack);
    const teacher = await newFaculty(stack);
    const first = await newSection(stack, { termId: term.id, instructorId: teacher.id, room: "LAB 9", meetings: [{ day: "TUE", start_time: "10:00", end_time: "11:15" }] });
    const course = await newCourse(stack);
    const base = { course_id: course.id, term_id: term.id, code: "001", capacity: 10 };
    const roomClash = await grpcError(
      stack.client("course").CreateSection({ ...base, instructor_id: (await newFaculty(stack)).id, room: "lab 9", meetings: [{ day: "TUE", start_time: "11:00", end_time: "12:00" }] }, { token: boss.token }),
    );
    expect(roomClash.code).toBe(GrpcStatus.FAILED_PRECONDITION);
    expect(roomClash.details).toBe(`Room LAB 9 is already used by ${first.course_code}-001 on Tue 10:00–11:15.`);
    const teacherClash = await grpcError(
      stack.client("course").CreateSection({ ...base, instructor_id: teacher.id, room: "LAB 10", meetings: [{ day: "TUE", start_time: "09:00", end_time: "10:30" }] }, { token: boss.token }),
    );
    expect(teacherClash.details).toContain(`already teaches ${first.course_code}-001 on Tue 10:00–11:15`);
    const student = await newStudent(stack);
    const notFaculty = await grpcError(stack.client("course").CreateSection({ ...base, instructor_id: student.id, room: "LAB 11", meetings: [] }, { token: boss.token }));
    expect(notFaculty.code).toBe(GrpcStatus.INVALID_ARGUMENT);
    expect(notFaculty.details).toContain("not a faculty account");
    const created = await stack.client("course").CreateSection({ ...base, instructor_id: teacher.id, room: "LAB 9", meetings: [{ day: "TUE", start_time: "11:15", end_time: "12:00" }] }, { token: boss.token });
    expect(created.section!.instructor_name).toBe(`Professor ${teacher.username}`);
    const byInstructor = await stack.client("course").ListSections({ instructor_id: teacher.id, term_id: term.id }, { token: boss.token });
    expect(byInstructor.sections.map((s) => s.id).sort()).toEqual([first.id, created.section!.id].sort());
    expect(byInstructor.total_size).toBe(2);
  });

  test("capacity: refused below the enrolled count (with the count); a raise promotes the waitlist at once", async () => {
    const stack = await getStack();
    const boss = await admin(stack);
    const term = await newTerm(stack);
    const section = await newSection(stack, { termId: term.id, capacity: 2 });
    const students = [await newStudent(stack), await newStudent(stack), await newStudent(stack), await newStudent(stack)];
    for (const s of students) await enroll(stack, s, section.id);
    const below = await grpcError(stack.client("course").UpdateSection({ id: section.id, capacity: 1, room: "Changed room", set_meetings: false, meetings: [] }, { token: boss.token }));
    expect(below.code).toBe(GrpcStatus.FAILED_PRECONDITION);
    expect(below.details).toContain("2 students are enrolled");
    // Nothing of the refused update was applied.
    expect((await stack.client("course").GetSection({ id: section.id }, {})).section!.room).toBe(section.room);
    const raised = await stack.client("course").UpdateSection({ id: section.id, capacity: 3, set_meetings: false, meetings: [] }, { token: boss.token });
    expect(raised.promoted).toBe(1);
    expect(raised.section).toMatchObject({ capacity: 3, enrolled: 3, waitlisted: 1 });
    const third = await stack.api(`/api/v1/me/enrollments?term=${term.id}`, { token: students[2]!.token });
    expect(third.body.enrollments[0].status).toBe("ENROLLED");
  });

  test("cancelling a section with students needs confirm, then cancels their enrollments; all of it is audited", async () => {
    const stack = await getStack();
    const boss = await admin(stack);
    const term = await newTerm(stack);
    const section = await newSection(stack, { termId: term.id, capacity: 1 });
    const [a, b] = [await newStudent(stack), await newStudent(stack)];
    await enroll(stack, a, section.id);
    await enroll(stack, b, section.id);
    const unconfirmed = await grpcError(stack.client("course").CancelSection({ id: section.id, confirm: false }, { token: boss.token }));
    expect(unconfirmed.code).toBe(GrpcStatus.FAILED_PRECONDITION);
    expect(unconfirmed.details).toContain("1 enrolled student and 1 waitlisted student");
    const cancelled = await stack.client("course").CancelSection({ id: section.id, confirm: true }, { token: boss.token });
    expect(cancelled.affected).toBe(2);
    expect(cancelled.section).toMatchObject({ status: "CANCELLED", enrolled: 0, waitlisted: 0 });
    const schedule = await stack.api(`/api/v1/me/enrollments?term=${term.id}&include_dropped=true`, { token: a.token });
    expect(schedule.body.enrollments[0].status).toBe("CANCELLED");
    const events = await stack.client("course").ListAuditEvents({ page_size: 200 }, { token: boss.token });
    const mine = events.events.filter((e) => e.entity_id === section.id).map((e) => e.action);
    expect(mine).toEqual(["section.cancel", "section.create"]);
    expect(events.events.find((e) => e.entity_id === section.id)!.actor_username).toBe("admin");
    const deleteUsed = await grpcError(stack.client("course").DeleteTerm({ id: term.id }, { token: boss.token }));
    expect(deleteUsed.code).toBe(GrpcStatus.FAILED_PRECONDITION);
  });
});
