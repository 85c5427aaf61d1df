// The REST API as the OpenAPI document describes it, with throwaway records to aim at: every
// operation gets a token of the right role, real ids in its path and a plausible body, so a test
// can change one thing (a field, a parameter, the body) and see how the gateway answers.
import { randomUUID } from "node:crypto";
import type { Stack } from "../../support/stack";
import { admin, enroll, newCourse, newFaculty, newSection, newStudent, newTerm, type Person } from "../../system/enrollment-fixtures";

export interface Schema {
  type?: string;
  format?: string;
  enum?: string[];
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  anyOf?: Schema[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  const?: unknown;
}

export interface Operation {
  method: string;
  path: string;
  params: Array<{ name: string; in: "path" | "query"; required: boolean; schema: Schema }>;
  body?: Schema;
  /** Takes a text/csv body (the grade import). */
  csv: boolean;
}

export interface Targets {
  admin: Person;
  faculty: Person;
  student: Person;
  /** A throwaway student an admin may rename, disable, reset. */
  user: Person;
  termId: string;
  courseId: string;
  sectionId: string;
  enrollmentId: string;
  /** A hold (not blocking registration) on the throwaway student, and an appointment group of the term naming them. */
  holdId: string;
  groupId: string;
}

export async function loadOperations(stack: Stack): Promise<Operation[]> {
  const spec = (await stack.api("/api/docs/json")).body as { paths: Record<string, Record<string, any>> };
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(spec.paths)) {
    if (!path.startsWith("/api/v1")) continue;
    for (const [method, op] of Object.entries(methods)) {
      const content = op.requestBody?.content ?? {};
      operations.push({
        method: method.toUpperCase(),
        path,
        params: (op.parameters ?? []).filter((p: { in: string }) => p.in === "path" || p.in === "query"),
        body: content["application/json"]?.schema,
        csv: Boolean(op.requestBody) && !content["application/json"],
      });
    }
  }
  return operations;
}

/** Throwaway records: a future term, a course, a section taught by a new faculty member with one student enrolled. */
export async function makeTargets(stack: Stack): Promise<Targets> {
  const boss = await admin(stack);
  const faculty = await newFaculty(stack);
  const term = await newTerm(stack, { startsIn: -1, endsIn: 100 }); // begun: its grades can be entered
  const course = await newCourse(stack);
  const section = await newSection(stack, { termId: term.id, courseId: course.id, instructorId: faculty.id, meetings: [{ day: "SUN", start_time: "18:00", end_time: "19:00" }] });
  const student = await newStudent(stack);
  const seat = await enroll(stack, student, section.id);
  if (seat.status !== 201) throw new Error(`enroll failed: ${seat.status}`);
  const user = await newStudent(stack);
  const hold = await stack.api(`/api/v1/students/${user.id}/holds`, { token: boss.token, body: { kind: "TRANSCRIPT", reason: "Library fine", contact: "Library desk" } });
  if (hold.status !== 201) throw new Error(`hold failed: ${hold.status}`);
  const group = await stack.api(`/api/v1/terms/${term.id}/appointment-groups`, { token: boss.token, body: { name: "Early", basis: "STUDENTS", students: [user.username], starts_at: new Date(Date.now() - 3_600_000).toISOString() } });
  if (group.status !== 201) throw new Error(`appointment group failed: ${group.status}`);
  return { admin: boss, faculty, student, user, termId: term.id, courseId: course.id, sectionId: section.id, enrollmentId: seat.body.enrollment.id, holdId: hold.body.hold.id, groupId: group.body.group.id };
}

const ADMIN_PATHS = /^\/api\/v1\/(terms|courses|sections|users|audit|lms-clients)(\/\{id\})?(\/password-reset|\/revoke)?$/;

/** Who may call an operation (the token the tests send when they want to get past the role check). */
export function callerFor(op: Operation, t: Targets): Person | undefined {
  const { method, path } = op;
  if (path.startsWith("/api/v1/auth/") && path !== "/api/v1/auth/password") return undefined;
  if (/\/grades|\/me\/sections|\/roster/.test(path)) return t.faculty;
  if (/^\/api\/v1\/(holds|appointment-groups)\/|\/appointment-groups$|\/appointments\/assign$/.test(path) || (path === "/api/v1/students/{id}/holds" && method === "POST")) return t.admin;
  if (/enrollments|\/me\/(grades|transcript)|\/students\//.test(path)) return t.student;
  if (method !== "GET" && ADMIN_PATHS.test(path)) return t.admin;
  if (/^\/api\/v1\/(sections|users|audit|lms-clients)(\/\{id\})?$/.test(path) && !(path === "/api/v1/sections/{id}" && method === "GET")) return t.admin;
  return t.student;
}

/** The path with real ids in it. */
export function fillPath(op: Operation, t: Targets, override: Record<string, string> = {}): string {
  return op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
    if (name in override) return encodeURIComponent(override[name]!);
    if (name === "student_id") return t.student.id;
    if (op.path.startsWith("/api/v1/terms")) return t.termId;
    if (op.path.startsWith("/api/v1/courses")) return t.courseId;
    if (op.path.startsWith("/api/v1/users")) return t.user.id;
    if (op.path.startsWith("/api/v1/enrollments")) return t.enrollmentId;
    if (op.path.startsWith("/api/v1/holds")) return t.holdId;
    if (op.path.startsWith("/api/v1/appointment-groups")) return t.groupId;
    if (op.path.startsWith("/api/v1/students")) return t.student.id;
    return t.sectionId;
  });
}

let serial = 0;

/** A plausible value for one field, by its name and schema. */
export function sample(name: string, schema: Schema, t: Targets): unknown {
  const s = schema.anyOf?.find((x) => x.type === "integer" || x.type === "number") ?? schema.anyOf?.[0] ?? schema;
  if (schema.enum) return schema.enum[0];
  if (schema.anyOf?.every((x) => "const" in x)) return schema.anyOf[0]!.const;
  const ids: Record<string, string> = { course_id: t.courseId, term_id: t.termId, section_id: t.sectionId, instructor_id: t.faculty.id };
  if (name in ids) return ids[name];
  if (s.type === "integer" || s.type === "number") return Math.max(s.minimum ?? 1, Math.min(3, s.maximum ?? 3));
  if (s.type === "boolean") return false;
  if (s.type === "array") return [];
  if (s.format === "uuid") return randomUUID();
  if (/^(starts_on)$/.test(name)) return "2041-01-10";
  if (/^(ends_on)$/.test(name)) return "2041-05-10";
  if (name === "registration_opens_at") return "2040-11-01T08:00:00Z";
  if (name === "registration_closes_at") return "2041-01-20T23:59:00Z";
  if (name === "add_drop_deadline") return "2041-01-20T23:59:00Z";
  if (name === "starts_at") return new Date(Date.now() - 60_000).toISOString(); // already begun: blocks nobody
  if (/password/.test(name)) return "Correct-Horse-Battery-9";
  if (name === "email") return `someone${++serial}@uni.example`;
  if (name === "username") return `fz${Date.now().toString(36)}${++serial}`;
  if (name === "grade") return "B+";
  if (name === "role") return "STUDENT";
  if (name === "code") return op8(`${(++serial % 900) + 100}`);
  if (name === "department") return "CS";
  if (s.pattern === "^\\d{2}:\\d{2}$") return "09:00";
  return `text ${++serial}`;
}
const op8 = (v: string) => v.slice(0, 8);

/** A plausible JSON body for an operation. */
export function sampleBody(op: Operation, t: Targets): Record<string, unknown> | undefined {
  if (!op.body?.properties) return undefined;
  const body: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(op.body.properties)) body[name] = sample(name, schema, t);
  // Codes in each record's own format, unique per request.
  const n = Date.now() % 100000 + ++serial;
  if (op.path.startsWith("/api/v1/courses")) body.code = `ZZ ${1000 + (n % 9000)}`;
  if (op.path.startsWith("/api/v1/terms")) body.code = `FZ${n.toString(36).toUpperCase()}`;
  if (op.path === "/api/v1/auth/password") body.current_password = "not-the-current-password";
  if (op.path === "/api/v1/users/{id}") delete body.disabled;
  return body;
}

export interface Sent {
  op: Operation;
  what: string;
  status: number;
  body: any;
}

/** Sends one request; `body` undefined sends none, a string is sent as is. */
export async function send(stack: Stack, op: Operation, t: Targets, init: { path?: string; query?: string; body?: unknown; token?: string | null; contentType?: string; what: string }): Promise<Sent> {
  const caller = init.token === null ? undefined : init.token ?? callerFor(op, t)?.token;
  const headers: Record<string, string> = {};
  if (caller) headers.authorization = `Bearer ${caller}`;
  let payload: string | undefined;
  if (init.body !== undefined) {
    payload = typeof init.body === "string" ? init.body : JSON.stringify(init.body);
    headers["content-type"] = init.contentType ?? "application/json";
  }
  const url = `${stack.gatewayUrl}${init.path ?? fillPath(op, t)}${init.query ? `?${init.query}` : ""}`;
  const response = await fetch(url, { method: op.method, headers, body: payload, signal: AbortSignal.timeout(15_000) });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    // not JSON
  }
  return { op, what: init.what, status: response.status, body };
}

/** True when a 4xx answer names the field (in its details, or in its message). */
export function namesField(sent: Sent, field: string): boolean {
  const error = sent.body?.error;
  if (!error) return false;
  const top = field.split(/[.[]/)[0]!;
  const details: Array<{ field?: string }> = Array.isArray(error.details) ? error.details : [];
  return details.some((d) => typeof d.field === "string" && (d.field === field || d.field.split(/[.[]/)[0] === top)) || String(error.message).includes(top);
}
