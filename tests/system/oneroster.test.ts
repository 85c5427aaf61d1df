// OneRoster 1.2 rostering through the gateway: LMS clients registered by an admin, the token
// endpoint (client credentials), every collection checked against the spec's JSON shapes, paging
// (X-Total-Count, Link), filter, sort and fields, errors in imsx_StatusInfo, scopes refused,
// revocation, and the CSV bundle.
import { beforeAll, describe, expect, setDefaultTimeout, test } from "bun:test";
import { strFromU8, unzipSync } from "fflate";
import { getStack, type Stack } from "../support/stack";
import { admin, enroll, newCourse, newFaculty, newSection, newStudent, newTerm, type Person } from "./enrollment-fixtures";
import { GRADEBOOK, registerClient, requestToken, ROSTERING, SCOPES, tokenFor, type LmsClient } from "./oneroster-fixtures";
import { problems, problemsOfAll } from "./oneroster-schemas";

setDefaultTimeout(30_000); // see tests/support/preload.ts

let stack: Stack;
let boss: Person;
let client: LmsClient;
let token: string;
let faculty: Person;
let student: Person;
let sectionId: string;
let termId: string;

beforeAll(async () => {
  stack = await getStack();
  boss = await admin(stack);
  client = await registerClient(stack, boss.token, [SCOPES.rosterReadonly]);
  token = await tokenFor(stack, client);
  faculty = await newFaculty(stack);
  termId = (await newTerm(stack, { startsIn: -1, endsIn: 100 })).id;
  const course = await newCourse(stack);
  sectionId = (await newSection(stack, { termId, courseId: course.id, instructorId: faculty.id, meetings: [{ day: "SAT", start_time: "08:00", end_time: "09:00" }] })).id;
  student = await newStudent(stack);
  expect((await enroll(stack, student, sectionId)).status).toBe(201);
}, 120_000);

const get = (path: string, bearer = token) => stack.api(path, { token: bearer });

describe("LMS clients and the token endpoint", () => {
  test("an admin registers a client: the secret is answered once, the list never shows it", async () => {
    const list = await stack.api("/api/v1/lms-clients", { token: boss.token });
    expect(list.status).toBe(200);
    const mine = list.body.clients.find((c: { id: string }) => c.id === client.id);
    expect(mine.client_id).toBe(client.clientId);
    expect(mine.scopes).toEqual([SCOPES.rosterReadonly]);
    expect(JSON.stringify(list.body)).not.toContain(client.secret);
  });

  test("bad registrations name the field; only admins register", async () => {
    const bad = await stack.api("/api/v1/lms-clients", { token: boss.token, body: { name: "x", scopes: ["https://example.org/scope/everything"] } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].field).toContain("scopes");
    expect((await stack.api("/api/v1/lms-clients", { token: faculty.token, body: { name: "x", scopes: [SCOPES.rosterReadonly] } })).status).toBe(403);
  });

  test("client credentials: a short-lived bearer token with the granted scopes; refusals in OAuth's shape", async () => {
    const ok = await requestToken(stack, client, {}, true);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ token_type: "bearer", expires_in: 900, scope: SCOPES.rosterReadonly });
    expect(ok.headers.get("cache-control")).toBe("no-store");
    const wrong = await requestToken(stack, { clientId: client.clientId, secret: "not-the-secret" });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error).toBe("invalid_client");
    const grant = await requestToken(stack, client, { grant_type: "password" });
    expect(grant.status).toBe(400);
    expect(grant.body.error).toBe("unsupported_grant_type");
    const scope = await requestToken(stack, client, { scope: SCOPES.gradebookCreatePut });
    expect(scope.status).toBe(400);
    expect(scope.body.error).toBe("invalid_scope");
  });

  test("a revoked client gets no token, and its tokens stop working within seconds", async () => {
    const doomed = await registerClient(stack, boss.token, [SCOPES.rosterReadonly]);
    const itsToken = await tokenFor(stack, doomed);
    expect((await get(`${ROSTERING}/orgs`, itsToken)).status).toBe(200);
    expect((await stack.api(`/api/v1/lms-clients/${doomed.id}/revoke`, { method: "POST", token: boss.token })).status).toBe(200);
    expect((await requestToken(stack, doomed)).status).toBe(401);
    const deadline = Date.now() + 6000;
    let status = 200;
    while (Date.now() < deadline && status === 200) {
      status = (await get(`${ROSTERING}/orgs`, itsToken)).status;
      if (status === 200) await Bun.sleep(250);
    }
    expect(status).toBe(401);
  });
});

describe("rostering records in the spec's shapes", () => {
  const collections = [
    ["orgs", "orgs", "org"],
    ["schools", "orgs", "org"],
    ["academicSessions", "academicSessions", "academicSession"],
    ["terms", "academicSessions", "academicSession"],
    ["courses", "courses", "course"],
    ["classes", "classes", "class"],
    ["users", "users", "user"],
    ["students", "users", "user"],
    ["teachers", "users", "user"],
    ["enrollments", "enrollments", "enrollment"],
  ] as const;
  for (const [path, name, kind] of collections) {
    test(`getAll ${path} and getOne`, async () => {
      const all = await get(`${ROSTERING}/${path}?limit=1000`);
      expect(all.status).toBe(200);
      const rows = all.body[name] as Array<{ sourcedId: string }>;
      expect(rows.length).toBeGreaterThan(0);
      expect(problemsOfAll(kind, rows)).toEqual([]);
      expect(Number(all.headers.get("x-total-count"))).toBe(rows.length);
      const single = await get(`${ROSTERING}/${path}/${encodeURIComponent(rows[0]!.sourcedId)}`);
      expect(single.status).toBe(200);
      expect(problems(kind, single.body[name === "academicSessions" ? "academicSession" : name === "classes" ? "class" : name.slice(0, -1)])).toEqual([]);
    });
  }

  test("a class's students and teachers; the section's enrollments", async () => {
    const students = await get(`${ROSTERING}/classes/${sectionId}/students`);
    expect(students.status).toBe(200);
    expect(students.body.users.map((u: { sourcedId: string }) => u.sourcedId)).toEqual([student.id]);
    expect(problemsOfAll("user", students.body.users)).toEqual([]);
    const teachers = await get(`${ROSTERING}/classes/${sectionId}/teachers`);
    expect(teachers.body.users.map((u: { sourcedId: string }) => u.sourcedId)).toEqual([faculty.id]);
    const enrollments = await get(`${ROSTERING}/enrollments?filter=${encodeURIComponent(`class.sourcedId='${sectionId}'`)}&sort=role`);
    expect(enrollments.body.enrollments.map((e: { role: string; user: { sourcedId: string } }) => [e.role, e.user.sourcedId])).toEqual([
      ["student", student.id],
      ["teacher", faculty.id],
    ]);
    const termClasses = await get(`${ROSTERING}/terms/${termId}/classes`);
    expect(termClasses.body.classes.map((c: { sourcedId: string }) => c.sourcedId)).toEqual([sectionId]);
    expect((await get(`${ROSTERING}/classes/00000000-0000-4000-8000-000000000000/students`)).status).toBe(404);
  });
});

describe("paging, filter, sort and fields", () => {
  test("limit and offset with X-Total-Count and Link", async () => {
    const first = await get(`${ROSTERING}/users?limit=2&offset=0&sort=username`);
    const total = Number(first.headers.get("x-total-count"));
    expect(first.body.users).toHaveLength(2);
    const link = first.headers.get("link")!;
    expect(link).toContain('rel="next"');
    expect(link).toContain('rel="last"');
    expect(link).not.toContain('rel="prev"');
    const next = /<([^>]+)>; rel="next"/.exec(link)![1]!;
    const second = await get(next);
    expect(second.body.users).toHaveLength(2);
    expect(second.body.users[0].username > first.body.users[1].username || total < 3).toBe(true);
    expect(second.headers.get("link")).toContain('rel="prev"');
  });

  test("filter with AND/OR and the operators; sort and orderBy; fields", async () => {
    const teachers = await get(`${ROSTERING}/users?filter=${encodeURIComponent("roles.role='teacher'")}&limit=1000`);
    expect(teachers.body.users.every((u: { roles: Array<{ role: string }> }) => u.roles[0]!.role === "teacher")).toBe(true);
    const either = await get(`${ROSTERING}/users?filter=${encodeURIComponent(`sourcedId='${student.id}' OR sourcedId='${faculty.id}'`)}`);
    expect(either.body.users).toHaveLength(2);
    const both = await get(`${ROSTERING}/users?filter=${encodeURIComponent(`sourcedId='${student.id}' AND roles.role='teacher'`)}`);
    expect(both.body.users).toHaveLength(0);
    const like = await get(`${ROSTERING}/users?filter=${encodeURIComponent(`username~'${student.username.slice(2, 8)}'`)}`);
    expect(like.body.users.map((u: { sourcedId: string }) => u.sourcedId)).toContain(student.id);
    const desc = await get(`${ROSTERING}/users?sort=username&orderBy=desc&limit=1000&fields=sourcedId,username`);
    const names = desc.body.users.map((u: { username: string }) => u.username);
    expect(names).toEqual([...names].sort((a: string, b: string) => b.localeCompare(a, "en", { numeric: true })));
    expect(Object.keys(desc.body.users[0]).sort()).toEqual(["sourcedId", "username"]);
    const recent = await get(`${ROSTERING}/enrollments?filter=${encodeURIComponent("dateLastModified>='2000-01-01'")}&limit=1`);
    expect(recent.body.enrollments).toHaveLength(1);
  });

  test("bad parameters: 400 in imsx_StatusInfo naming the problem", async () => {
    const cases: Array<[string, string, string]> = [
      [`filter=${encodeURIComponent("nickname='x'")}`, "invalid_filter_field", "nickname"],
      [`filter=${encodeURIComponent("username='x")}`, "invalid_data", "filter"],
      [`filter=${encodeURIComponent("username='x' XOR status='active'")}`, "invalid_data", "filter"],
      ["sort=shoeSize", "invalid_sort_field", "shoeSize"],
      ["fields=sourcedId,shoeSize", "invalid_selection_field", "shoeSize"],
      ["limit=0", "invalid_data", "limit"],
      ["offset=-1", "invalid_data", "offset"],
      ["orderBy=up", "invalid_data", "orderBy"],
    ];
    for (const [query, codeMinor, named] of cases) {
      const answer = await get(`${ROSTERING}/users?${query}`);
      expect(answer.status, query).toBe(400);
      expect(problems("statusInfo", answer.body), query).toEqual([]);
      expect(answer.body.imsx_CodeMinor.imsx_codeMinorField[0].imsx_codeMinorFieldValue, query).toBe(codeMinor);
      expect(answer.body.imsx_description, query).toContain(named);
    }
    const missing = await get(`${ROSTERING}/users/no-such-user`);
    expect(missing.status).toBe(404);
    expect(missing.body.imsx_CodeMinor.imsx_codeMinorField[0].imsx_codeMinorFieldValue).toBe("unknownobject");
  });
});

describe("scopes", () => {
  test("each endpoint checks its scope; people other than admins are refused; no token is 401", async () => {
    const gradebookOnly = await registerClient(stack, boss.token, [SCOPES.gradebookReadonly]);
    const gradebookToken = await tokenFor(stack, gradebookOnly);
    const refusals: Array<[string, string | undefined, number]> = [
      [`${ROSTERING}/users`, gradebookToken, 403],
      [`${GRADEBOOK}/lineItems`, token, 403],
      [`${ROSTERING}/users`, student.token, 403],
      [`${ROSTERING}/classes/${sectionId}/students`, faculty.token, 403],
      [`${ROSTERING}/users`, undefined, 401],
      ["/ims/oneroster/v1p2/csv", gradebookToken, 403],
    ];
    for (const [path, bearer, status] of refusals) {
      const answer = await stack.api(path, { token: bearer });
      expect(answer.status, path).toBe(status);
      expect(problems("statusInfo", answer.body), path).toEqual([]);
    }
    const write = await stack.api(`${GRADEBOOK}/results/final-${sectionId}-${student.id}`, {
      method: "PUT",
      token: gradebookToken,
      body: { result: { lineItem: { sourcedId: `final-${sectionId}` }, student: { sourcedId: student.id }, textScore: "A" } },
    });
    expect(write.status).toBe(403);
    expect((await get(`${ROSTERING}/users`, boss.token)).status).toBe(200);
  });

  test("the services refuse an LMS token outside its scope directly over gRPC too", async () => {
    const gradebookOnly = await registerClient(stack, boss.token, [SCOPES.gradebookReadonly]);
    const gradebookToken = await tokenFor(stack, gradebookOnly);
    const code = async (call: Promise<unknown>) => call.then(() => 0, (e: { code: number }) => e.code);
    expect(await code(stack.client("auth").ListUsers({ page_size: 10 } as never, { token: gradebookToken }))).toBe(7);
    expect(await code(stack.client("enrollment").ListEnrollments({} as never, { token: gradebookToken }))).toBe(7);
    expect(await code(stack.client("enrollment").FinalizeRoster({ section_id: sectionId }, { token }))).toBe(7);
    expect(await code(stack.client("facultyGrades").SetGrade({ section_id: sectionId, student_id: student.id, grade: "A", reason: "" }, { token }))).toBe(7);
    expect(await code(stack.client("course").CreateTerm({ code: "LMS1", name: "x", starts_on: "2040-01-01", ends_on: "2040-02-01" } as never, { token }))).toBe(7);
    expect(await code(stack.client("auth").ListLmsClients({}, { token }))).toBe(7);
  });
});

describe("the CSV bundle", () => {
  test("a zip of manifest.csv and the roster files, for a roster client and an admin", async () => {
    for (const bearer of [token, boss.token]) {
      const response = await fetch(`${stack.gatewayUrl}/ims/oneroster/v1p2/csv`, { headers: { authorization: `Bearer ${bearer}` } });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("application/zip");
      const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
      expect(Object.keys(files).sort()).toEqual(["academicSessions.csv", "classes.csv", "courses.csv", "enrollments.csv", "manifest.csv", "orgs.csv", "roles.csv", "users.csv"]);
      const manifest = strFromU8(files["manifest.csv"]!);
      expect(manifest).toContain("oneroster.version,1.2");
      expect(manifest).toContain("file.users,bulk");
      expect(manifest).toContain("file.demographics,absent");
      expect(strFromU8(files["users.csv"]!).split("\n")[0]).toStartWith("sourcedId,status,dateLastModified,enabledUser,username,userIds,givenName,familyName");
      const enrollments = strFromU8(files["enrollments.csv"]!);
      expect(enrollments.split("\n")[0]).toBe("sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,beginDate,endDate");
      expect(enrollments).toContain(`${sectionId},university,${student.id},student,false`);
    }
  });
});

describe("OpenAPI", () => {
  test("the binding's routes are in the OpenAPI document with their descriptions", async () => {
    const spec = (await stack.api("/api/docs/json")).body as { paths: Record<string, Record<string, { summary?: string; tags?: string[] }>> };
    for (const [path, method] of [
      ["/ims/oneroster/v1p2/oauth/token", "post"],
      ["/ims/oneroster/rostering/v1p2/classes/{id}/students", "get"],
      ["/ims/oneroster/rostering/v1p2/enrollments", "get"],
      ["/ims/oneroster/gradebook/v1p2/results/{id}", "put"],
      ["/ims/oneroster/v1p2/csv", "get"],
      ["/api/v1/lms-clients", "post"],
    ] as const) {
      const operation = spec.paths[path]?.[method];
      expect(operation?.summary, `${method} ${path}`).toBeTruthy();
    }
  });
});
