// Authorization at every door: every method of every gRPC service called directly (not through
// the gateway) as each kind of caller, and each answer checked against the role and ownership
// rule of the REST route that uses it. A method missing from the table fails the test.
import { setDefaultTimeout, beforeAll, describe, expect, test } from "bun:test";
import { randomUUID } from "node:crypto";
import { status as GrpcStatus } from "@grpc/grpc-js";
import { NODE_ONLY_METHODS } from "../../nodes/auth/handlers";
import { serviceDefinitions, type ServiceKey } from "../../nodes/shared/grpc/proto";
import { getStack, type Stack } from "../support/stack";
import { admin, enroll, newFaculty, newSection, newStudent, newTerm, type Person } from "../system/enrollment-fixtures";

setDefaultTimeout(30_000); // see tests/support/preload.ts

type Caller = "none" | "studentB" | "facultyA" | "facultyB" | "admin" | "studentA";
/** studentA goes last: it owns what the others are refused (its own Drop really drops). */
const CALLERS: Caller[] = ["none", "studentB", "facultyA", "facultyB", "admin", "studentA"];
/** "ok": answered; "passed": got past the door, refused for another reason (not found, invalid); else the refusal. */
type Outcome = "ok" | "passed" | "unauthenticated" | "denied";
type Rule = Partial<Record<Caller, Outcome>> & { default?: Outcome };

const PASS: Outcome[] = ["ok", "passed"];
const everyone: Rule = { default: "passed" };
const signedIn: Rule = { none: "unauthenticated", default: "passed" };
const only = (...callers: Caller[]): Rule => ({ none: "unauthenticated", default: "denied", ...Object.fromEntries(callers.map((c) => [c, "passed"])) });
const ROLE_OF: Record<Exclude<Caller, "none">, string> = { studentA: "STUDENT", studentB: "STUDENT", facultyA: "FACULTY", facultyB: "FACULTY", admin: "ADMIN" };
const roles = (...wanted: string[]): Rule => only(...(Object.keys(ROLE_OF) as Array<keyof typeof ROLE_OF>).filter((c) => wanted.includes(ROLE_OF[c])));

interface Fixtures {
  people: Record<Exclude<Caller, "none">, Person>;
  sectionId: string;
  termId: string;
  courseId: string;
  enrollmentId: string;
}

const NOPE = "00000000-0000-4000-8000-000000000000";

/** Every method: its request and who may get past its door. */
function table(f: Fixtures): Record<ServiceKey, Record<string, { request: unknown; rule: Rule }>> {
  const A = f.people.studentA.id;
  const S = f.sectionId;
  return {
    auth: {
      Register: { request: { username: "", password: "", name: "" }, rule: everyone },
      Login: { request: { username: "", password: "", client_address: "" }, rule: everyone },
      Refresh: { request: { refresh_token: "" }, rule: everyone },
      Logout: { request: { refresh_token: "" }, rule: everyone },
      GetMe: { request: {}, rule: signedIn },
      ChangePassword: { request: { current_password: "not-the-password", new_password: "Another-Secret-2026" }, rule: signedIn },
      GetUser: { request: { id: A }, rule: roles("ADMIN") },
      BatchGetUsers: { request: { ids: [A], usernames: [] }, rule: roles("FACULTY", "ADMIN") },
      ListUsers: { request: { query: "", role: "ROLE_UNSPECIFIED", page_size: 1, page_token: "", order_by: "" }, rule: roles("ADMIN") },
      CreateUser: { request: { username: "", password: "", name: "", role: "STUDENT" }, rule: roles("ADMIN") },
      UpdateUser: { request: { id: NOPE }, rule: roles("ADMIN") },
      ResetPassword: { request: { id: NOPE, new_password: "Temporary-Pass-2026" }, rule: roles("ADMIN") },
      ListRevokedSubjects: { request: {}, rule: everyone },
      // Every signed-in user sets only their own address (an invalid one: refused past the door, nothing changes).
      UpdateMyEmail: { request: { email: "not an address" }, rule: signedIn },
      // Node calls only (loopback here, as ListRevokedSubjects): no token needed.
      BatchGetEmailAddresses: { request: { user_ids: [A] }, rule: everyone },
      ListAuditEvents: { request: { page_size: 1, page_token: "" }, rule: roles("ADMIN") },
      CreateLmsClient: { request: { name: "", scopes: [] }, rule: roles("ADMIN") },
      ListLmsClients: { request: {}, rule: roles("ADMIN") },
      RevokeLmsClient: { request: { id: NOPE }, rule: roles("ADMIN") },
      // OAuth 2.0 client credentials: anyone may try (throttled); an LMS token is checked by scope in tests/system/oneroster.test.ts.
      IssueClientToken: { request: { client_id: "", client_secret: "", scope: "" }, rule: everyone },
      // Node only (this test calls from loopback, as a node would); refused here as single sign-on is not set up.
      ChargeSsoAttempt: { request: { client_address: "" }, rule: everyone },
      SignInWithSso: { request: { issuer: "", subject: "", claims_json: "{}", client_address: "" }, rule: everyone },
    },
    course: {
      ListTerms: { request: {}, rule: everyone },
      GetTerm: { request: { id: f.termId }, rule: everyone },
      CreateTerm: { request: { code: "" }, rule: roles("ADMIN") },
      UpdateTerm: { request: { id: NOPE }, rule: roles("ADMIN") },
      DeleteTerm: { request: { id: NOPE }, rule: roles("ADMIN") },
      ListDepartments: { request: {}, rule: everyone },
      SearchCourses: { request: { query: "" }, rule: everyone },
      GetCourse: { request: { id: f.courseId }, rule: everyone },
      CreateCourse: { request: { code: "" }, rule: roles("ADMIN") },
      UpdateCourse: { request: { id: NOPE }, rule: roles("ADMIN") },
      RetireCourse: { request: { id: NOPE }, rule: roles("ADMIN") },
      GetSection: { request: { id: S }, rule: everyone },
      BatchGetSections: { request: { ids: [S] }, rule: everyone },
      GetCatalogVersion: { request: {}, rule: everyone },
      // REST lists sections for admins; faculty-grades lists a teacher's own.
      ListSections: { request: { instructor_id: f.people.facultyA.id }, rule: only("facultyA", "admin") },
      CreateSection: { request: { course_id: NOPE }, rule: roles("ADMIN") },
      UpdateSection: { request: { id: NOPE }, rule: roles("ADMIN") },
      CancelSection: { request: { id: NOPE, confirm: false }, rule: roles("ADMIN") },
      ListAuditEvents: { request: { page_size: 1, page_token: "" }, rule: roles("ADMIN") },
    },
    enrollment: {
      Enroll: { request: { section_id: NOPE }, rule: roles("STUDENT") },
      Drop: { request: { enrollment_id: f.enrollmentId }, rule: only("studentA") },
      ListMyEnrollments: { request: {}, rule: signedIn },
      GetRoster: { request: { section_id: S }, rule: only("facultyA", "admin") },
      BatchGetRosterSizes: { request: { section_ids: [S] }, rule: roles("FACULTY", "ADMIN") },
      ApplyCatalogEvents: { request: { event_ids: [] }, rule: roles("ADMIN") },
      FinalizeRoster: { request: { section_id: S }, rule: only("facultyA", "admin") },
      ListEnrollments: { request: { page_size: 1 }, rule: roles("ADMIN") },
      ListWithdrawals: { request: { student_id: A }, rule: only("studentA", "admin") },
      // Each signed-in user's own notifications only (the recipient is the token's subject).
      ListMyNotifications: { request: { page_size: 1 }, rule: signedIn },
      MarkNotificationsRead: { request: { ids: [NOPE] }, rule: signedIn },
      GetRegistrationSummary: { request: { section_id: S }, rule: roles("STUDENT") },
      ListHolds: { request: { student_id: A }, rule: only("studentA", "admin") },
      PlaceHold: { request: { student_id: NOPE, kind: "ZZ", reason: "", contact: "" }, rule: roles("ADMIN") },
      LiftHold: { request: { hold_id: NOPE }, rule: roles("ADMIN") },
      ListAppointmentGroups: { request: { term_id: NOPE }, rule: roles("ADMIN") },
      CreateAppointmentGroup: { request: { group: { term_id: NOPE } }, rule: roles("ADMIN") },
      DeleteAppointmentGroup: { request: { group_id: NOPE }, rule: roles("ADMIN") },
      AssignAppointments: { request: { term_id: NOPE }, rule: roles("ADMIN") },
      GetCalendar: { request: { term_id: f.termId }, rule: roles("STUDENT") },
      // The secret is the credential (node only: the gateway asks for calendar apps); a wrong one is NOT_FOUND for everyone.
      GetCalendarByFeed: { request: { token: "x".repeat(43) }, rule: everyone },
      GetCalendarFeed: { request: {}, rule: roles("STUDENT") },
      CreateCalendarFeed: { request: {}, rule: roles("STUDENT") },
      RevokeCalendarFeed: { request: {}, rule: roles("STUDENT") },
      // Plans are the calling student's own (no other student's can be named); staff have none.
      GetPlan: { request: { term_id: f.termId }, rule: roles("STUDENT") },
      AddToPlan: { request: { section_id: NOPE }, rule: roles("STUDENT") },
      RemoveFromPlan: { request: { section_id: NOPE }, rule: roles("STUDENT") },
      CheckPlan: { request: { term_id: f.termId }, rule: roles("STUDENT") },
      RegisterPlan: { request: { term_id: f.termId }, rule: roles("STUDENT") },
      Swap: { request: { enrollment_id: f.enrollmentId, section_id: NOPE }, rule: only("studentA") },
    },
    grades: {
      GetGradeScale: { request: {}, rule: everyone },
      ListMyGrades: { request: {}, rule: roles("STUDENT") },
      GetTranscript: { request: { student_id: A }, rule: only("studentA", "admin") },
      // Any faculty account read any student's completed courses: now the student and admins only.
      ListCompletedCourses: { request: { student_id: A }, rule: only("studentA", "admin") },
      // Every student's credits earned, for registration appointments: admins only.
      ListCreditsEarned: { request: {}, rule: roles("ADMIN") },
      ListMyNotifications: { request: { page_size: 1 }, rule: signedIn },
      MarkNotificationsRead: { request: { ids: [NOPE] }, rule: signedIn },
    },
    facultyGrades: {
      ListMySections: { request: {}, rule: roles("FACULTY") },
      GetGradeSheet: { request: { section_id: S }, rule: only("facultyA", "admin") },
      SetGrade: { request: { section_id: S, student_id: A, grade: "ZZ", reason: "" }, rule: only("facultyA") },
      ImportGrades: { request: { section_id: S, csv: "", dry_run: true, reason: "" }, rule: only("facultyA") },
      ReleaseGrades: { request: { section_id: S }, rule: only("facultyA") },
      GetGradeHistory: { request: { section_id: S, student_id: A }, rule: only("facultyA", "admin") },
      GetGradeDistribution: { request: { section_id: S }, rule: only("facultyA", "admin") },
    },
  };
}

let stack: Stack;
let fixtures: Fixtures;

beforeAll(async () => {
  stack = await getStack();
  const [studentA, studentB, facultyA, facultyB, boss] = await Promise.all([newStudent(stack), newStudent(stack), newFaculty(stack), newFaculty(stack), admin(stack)]);
  const term = await newTerm(stack);
  const section = await newSection(stack, { termId: term.id, instructorId: facultyA.id });
  const enrolled = await enroll(stack, studentA, section.id);
  expect(enrolled.status).toBe(201);
  fixtures = { people: { studentA, studentB, facultyA, facultyB, admin: boss }, sectionId: section.id, termId: term.id, courseId: section.course_id, enrollmentId: enrolled.body.enrollment.id };
}, 60_000);

async function outcome(call: Promise<unknown>): Promise<Outcome> {
  try {
    await call;
    return "ok";
  } catch (error) {
    const code = (error as { code?: number }).code;
    if (code === GrpcStatus.UNAUTHENTICATED) return "unauthenticated";
    if (code === GrpcStatus.PERMISSION_DENIED) return "denied";
    if (code === undefined || code === GrpcStatus.INTERNAL || code === GrpcStatus.UNKNOWN) throw error;
    return "passed";
  }
}

describe("every gRPC method, called directly, enforces its role and ownership rule", () => {
  test("the table names every method of every service", () => {
    const methods = table(fixtures);
    for (const [service, definition] of Object.entries(serviceDefinitions()) as Array<[ServiceKey, { service: Record<string, unknown> }]>) {
      expect(Object.keys(methods[service]).sort()).toEqual(Object.keys(definition.service).sort());
    }
  });

  for (const service of ["auth", "course", "enrollment", "grades", "facultyGrades"] as ServiceKey[]) {
    test(`${service}: each caller gets the answer its role and ownership allow`, async () => {
      const mismatches: string[] = [];
      for (const [method, { request, rule }] of Object.entries(table(fixtures)[service])) {
        for (const caller of CALLERS) {
          const token = caller === "none" ? undefined : fixtures.people[caller].token;
          const client = stack.client(service) as unknown as Record<string, (req: unknown, options: { token?: string; requestId: string }) => Promise<unknown>>;
          const got = await outcome(client[method]!(request, { token, requestId: randomUUID() }));
          const wanted = rule[caller] ?? rule.default!;
          const same = wanted === "passed" ? PASS.includes(got) : got === wanted;
          if (!same) mismatches.push(`${service}.${method} as ${caller}: ${got}, expected ${wanted}`);
        }
      }
      expect(mismatches).toEqual([]);
    }, 60_000);
  }

  test("what no REST route uses is for other nodes only (a node certificate with TLS; loopback, as here, without)", () => {
    // BatchGetUsers: roster names (enrollment) and grade-import usernames (faculty-grades), after their own checks.
    // ChargeSsoAttempt, SignInWithSso: the portal, after validating the identity provider's answer; BatchGetEmailAddresses: the email senders.
    expect([...NODE_ONLY_METHODS].sort()).toEqual(["BatchGetEmailAddresses", "BatchGetUsers", "ChargeSsoAttempt", "ListRevokedSubjects", "SignInWithSso"]);
  });

  test("faculty get only student accounts from BatchGetUsers, never staff", async () => {
    const { facultyA, admin: boss, studentA, facultyB } = fixtures.people;
    const asked = { ids: [studentA.id, boss.id, facultyB.id], usernames: ["admin", "faculty1"] };
    const forFaculty = await stack.client("auth").BatchGetUsers(asked, { token: facultyA.token });
    expect(forFaculty.users.map((u) => u.id)).toEqual([studentA.id]);
    const forAdmin = await stack.client("auth").BatchGetUsers(asked, { token: boss.token });
    expect(forAdmin.users.length).toBe(4);
  });
});
