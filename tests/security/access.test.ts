// Roles and ownership on every endpoint of the OpenAPI document: each operation called without
// a token, as every role that may not call it, and as the wrong owner (student B on student A's
// enrollment and transcript, faculty B on faculty A's section) is refused (401, 403, or 404 per
// DESIGN.md), and the data is byte for byte the same afterwards. The services refuse the same
// callers when called directly over gRPC.
import { setDefaultTimeout, beforeAll, describe, expect, test } from "bun:test";
import { status as GrpcStatus } from "@grpc/grpc-js";
import postgres from "postgres";
import { databaseUrlFor } from "../../nodes/shared/config";
import { getStack, type Stack } from "../support/stack";
import { enroll, grpcError, newFaculty, newSection, newStudent, type Person } from "../system/enrollment-fixtures";
import { loadOperations, makeTargets, sampleBody, send, type Operation, type Targets } from "./support/api";

setDefaultTimeout(30_000); // see tests/support/preload.ts

type Who = "anonymous" | "studentA" | "studentB" | "facultyA" | "facultyB" | "admin";

/** Who may call each operation (the rest must be refused). Public operations are not listed. */
function allowed(op: Operation): Who[] | "public" {
  const { method, path } = op;
  const p = path.replace("/api/v1", "");
  if (p.startsWith("/auth/") && p !== "/auth/password") return "public";
  if (method === "GET" && ["/terms", "/departments", "/courses", "/courses/{id}", "/sections/{id}", "/grade-scale"].includes(p)) return "public";
  if (p === "/auth/password" || p === "/me") return ["studentA", "studentB", "facultyA", "facultyB", "admin"];
  // One's own email address and notifications: every signed-in user, each only their own.
  if (p === "/me/email" || p.startsWith("/me/notifications")) return ["studentA", "studentB", "facultyA", "facultyB", "admin"];
  // "Mine" for staff: their own schedule is empty (200), their own transcript is a 400 naming
  // student_id ("staff have no grades of their own"): nobody else's data either way.
  if (p === "/me/enrollments" || p === "/me/transcript") return ["studentA", "studentB", "facultyA", "facultyB", "admin"];
  if (p === "/enrollments" || p === "/me/grades") return ["studentA", "studentB"];
  // Any student's own view of a section: their place in it and their own load, nobody else's.
  if (p === "/sections/{id}/registration") return ["studentA", "studentB"];
  // A student's own calendar and subscription (staff have no classes to export).
  if (p === "/me/schedule.ics" || p === "/me/calendar-feed") return ["studentA", "studentB"];
  // A calendar app's fetch: the secret in the address is the credential (404 without a real one).
  if (p === "/calendar-feeds/{file}") return "public";
  if (p === "/enrollments/{id}" || p === "/enrollments/{id}/swap") return ["studentA"];
  // A plan is a student's own: every student reaches theirs, staff have none (403).
  if (p === "/me/plan" || p.startsWith("/me/plan/")) return ["studentA", "studentB"];
  if (p === "/me/sections") return ["facultyA", "facultyB"];
  if (p === "/students/{id}/transcript") return ["studentA", "admin"];
  // Holds: a student's own; any student's for the registrar, who alone places and lifts them.
  if (p === "/me/holds") return ["studentA", "studentB"];
  if (p === "/students/{id}/holds" && method === "GET") return ["studentA", "admin"];
  if (/^\/sections\/\{id\}\/(roster|grades|grades\/distribution|grades\/\{student_id\}\/history)$/.test(p) && method === "GET") return ["facultyA", "admin"];
  if (p.startsWith("/sections/{id}/grades")) return ["facultyA"];
  return ["admin"];
}

let stack: Stack;
let operations: Operation[];
let t: Targets;
let people: Record<Exclude<Who, "anonymous">, Person>;
let otherEnrollmentId: string;

/** A fingerprint of every row that matters, per database. */
async function snapshot(): Promise<Record<string, string>> {
  const tables = { courses: ["terms", "courses", "course_prerequisites", "sections", "section_meetings", "section_seats", "enrollments"], grades: ["grades", "grade_changes", "section_grading"], auth: ["users"] } as const;
  const out: Record<string, string> = {};
  for (const [db, names] of Object.entries(tables)) {
    const sql = postgres(databaseUrlFor(stack.config, db as "auth"), { max: 1, onnotice: () => {} });
    for (const name of names) {
      const [row] = await sql.unsafe(`select count(*)::int as n, coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as h from ${name} t`);
      out[`${db}.${name}`] = `${row!.n}:${row!.h}`;
    }
    await sql.end({ timeout: 1 });
  }
  return out;
}

beforeAll(async () => {
  stack = await getStack();
  operations = await loadOperations(stack);
  t = await makeTargets(stack);
  const facultyB = await newFaculty(stack);
  const studentB = await newStudent(stack);
  const otherSection = await newSection(stack, { termId: t.termId, instructorId: facultyB.id, meetings: [{ day: "SUN", start_time: "20:00", end_time: "21:00" }] });
  otherEnrollmentId = (await enroll(stack, studentB, otherSection.id)).body.enrollment.id;
  // Student A has a released grade in faculty A's section.
  expect((await stack.api(`/api/v1/sections/${t.sectionId}/grades/${t.student.id}`, { method: "PUT", token: t.faculty.token, body: { grade: "A-" } })).status).toBe(200);
  expect((await stack.api(`/api/v1/sections/${t.sectionId}/grades/release`, { method: "POST", token: t.faculty.token })).status).toBe(200);
  people = { studentA: t.student, studentB, facultyA: t.faculty, facultyB, admin: t.admin };
}, 120_000);

describe("roles and ownership on every endpoint", () => {
  test("every refused caller gets 401/403/404 and nothing changes", async () => {
    const before = await snapshot();
    const wrong: string[] = [];
    let refused = 0;
    for (const op of operations) {
      const who = allowed(op);
      if (who === "public") continue;
      for (const caller of ["anonymous", "studentA", "studentB", "facultyA", "facultyB", "admin"] as const) {
        if (who.includes(caller)) continue;
        const token = caller === "anonymous" ? null : people[caller].token;
        const body = op.csv ? "student,grade\n" : sampleBody(op, t);
        const query = op.method === "DELETE" && op.path.endsWith("/sections/{id}") ? "confirm=true" : op.path.endsWith("/import") ? "dry_run=false" : undefined;
        const sent = await send(stack, op, t, { token, body, query, contentType: op.csv ? "text/csv" : undefined, what: caller });
        refused++;
        const expected = caller === "anonymous" ? [401] : [403, 404];
        if (!expected.includes(sent.status)) wrong.push(`${op.method} ${op.path} as ${caller} → ${sent.status} ${JSON.stringify(sent.body).slice(0, 160)}`);
      }
    }
    const after = await snapshot();
    expect(wrong).toEqual([]);
    expect(after).toEqual(before);
    expect(refused).toBeGreaterThan(120);
  }, 120_000);

  test("student B cannot read, drop or see student A's records", async () => {
    const studentB = people.studentB;
    const drop = await stack.api(`/api/v1/enrollments/${t.enrollmentId}`, { method: "DELETE", token: studentB.token });
    expect(drop.status).toBe(403);
    const transcript = await stack.api(`/api/v1/students/${t.student.id}/transcript`, { token: studentB.token });
    expect([403, 404]).toContain(transcript.status);
    const mine = await stack.api("/api/v1/me/grades", { token: studentB.token });
    expect(JSON.stringify(mine.body)).not.toContain(t.sectionId);
    const schedule = await stack.api("/api/v1/me/enrollments?include_dropped=true", { token: studentB.token });
    expect(JSON.stringify(schedule.body)).not.toContain(t.enrollmentId);
    // Student A cannot drop B's either; the enrollment is still there.
    expect((await stack.api(`/api/v1/enrollments/${otherEnrollmentId}`, { method: "DELETE", token: t.student.token })).status).toBe(403);
    const sheet = await stack.api(`/api/v1/sections/${t.sectionId}/roster`, { token: t.admin.token });
    expect(sheet.body.enrolled.map((e: { student_id: string }) => e.student_id)).toContain(t.student.id);
  });

  test("the services refuse the same callers directly over gRPC", async () => {
    const { studentA, studentB, facultyB } = people;
    const denied = async (call: Promise<unknown>) => (await grpcError(call)).code;
    expect(await denied(stack.client("enrollment").Drop({ enrollment_id: t.enrollmentId }, { token: studentB.token }))).toBe(GrpcStatus.PERMISSION_DENIED);
    expect(await denied(stack.client("enrollment").GetRoster({ section_id: t.sectionId }, { token: facultyB.token }))).toBe(GrpcStatus.PERMISSION_DENIED);
    expect(await denied(stack.client("grades").GetTranscript({ student_id: studentA.id }, { token: studentB.token }))).toBe(GrpcStatus.PERMISSION_DENIED);
    expect(await denied(stack.client("facultyGrades").SetGrade({ section_id: t.sectionId, student_id: studentA.id, grade: "F", reason: "spite" } as never, { token: facultyB.token }))).toBe(GrpcStatus.PERMISSION_DENIED);
    expect(await denied(stack.client("facultyGrades").ReleaseGrades({ section_id: t.sectionId }, { token: facultyB.token }))).toBe(GrpcStatus.PERMISSION_DENIED);
    expect(await denied(stack.client("facultyGrades").ImportGrades({ section_id: t.sectionId, csv: `${studentA.username},F`, dry_run: false } as never, { token: facultyB.token }))).toBe(GrpcStatus.PERMISSION_DENIED);
    expect(await denied(stack.client("course").CreateTerm({ code: "HACK1", name: "x", starts_on: "2040-01-01", ends_on: "2040-02-01", registration_opens_at: "2039-12-01T00:00:00Z", registration_closes_at: "2039-12-20T00:00:00Z", add_drop_deadline: "2039-12-20T00:00:00Z" }, { token: studentA.token }))).toBe(GrpcStatus.PERMISSION_DENIED);
    expect(await denied(stack.client("auth").UpdateUser({ id: studentA.id, role: "ADMIN" } as never, { token: studentA.token }))).toBe(GrpcStatus.PERMISSION_DENIED);
    expect(await denied(stack.client("enrollment").Enroll({ section_id: t.sectionId, idempotency_key: "" } as never, { token: facultyB.token }))).toBe(GrpcStatus.PERMISSION_DENIED);
    // Student A's grade is still A-, released.
    const grades = await stack.api("/api/v1/me/grades", { token: studentA.token });
    expect(JSON.stringify(grades.body)).toContain('"A-"');
  });
});
