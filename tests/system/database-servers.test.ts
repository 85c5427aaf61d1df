// The auth database on a PostgreSQL server of its own (a second embedded cluster) while the
// courses and grades databases stay on the first: setup creates each database and its roles on
// its own server, and the nodes work across the two.
import { setDefaultTimeout, afterAll, beforeAll, describe, expect, test } from "bun:test";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import postgres from "postgres";
import { embeddedPassword } from "../../nodes/shared/config";
import { startEmbeddedPostgres } from "../../scripts/embedded-postgres";
import { freePort, startOwnStack, type Stack } from "../support/stack";

setDefaultTimeout(30_000); // see tests/support/preload.ts

let second: { stop(): Promise<void> } | undefined;
let stack: (Stack & { stop(): Promise<void> }) | undefined;
let secondDir = "";
let secondUrl = "";

beforeAll(async () => {
  secondDir = mkdtempSync(join(tmpdir(), "edustream-auth-server-"));
  chmodSync(secondDir, 0o755);
  const port = await freePort();
  second = await startEmbeddedPostgres({ dataDir: secondDir, port, log: () => {} });
  secondUrl = `postgres://postgres:${encodeURIComponent(embeddedPassword(secondDir))}@127.0.0.1:${port}/postgres`;
  stack = await startOwnStack({ env: { EDUSTREAM_AUTH_DATABASE_URL: secondUrl, EDUSTREAM_DB_PREFIX: `edustream_test_${process.pid}_split` } });
}, 120_000);

afterAll(async () => {
  await stack?.stop();
  await second?.stop();
  if (secondDir) rmSync(secondDir, { recursive: true, force: true });
}, 60_000);

async function on<T>(url: string, query: (sql: postgres.Sql) => Promise<T>): Promise<T> {
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  try {
    return await query(sql);
  } finally {
    await sql.end({ timeout: 1 });
  }
}

const databasesOn = (url: string) => on(url, async (sql) => (await sql<Array<{ datname: string }>>`select datname from pg_database where datname like ${`${stack!.config.databases.auth.replace(/_auth$/, "")}_%`} order by datname`).map((r) => r.datname));
const rolesOn = (url: string) => on(url, async (sql) => (await sql<Array<{ rolname: string }>>`select rolname from pg_roles where rolname like ${`${stack!.config.dbRoles.owner.replace(/_owner$/, "")}_%`} order by rolname`).map((r) => r.rolname));

describe("the auth database on a second server", () => {
  test("each database and the roles it needs are on their own server", async () => {
    const { databases, dbRoles, databaseUrl } = stack!.config;
    expect(await databasesOn(secondUrl)).toEqual([databases.auth]);
    expect(await databasesOn(databaseUrl)).toEqual([databases.courses, databases.grades]);
    expect(await rolesOn(secondUrl)).toEqual([dbRoles.auth, dbRoles.owner].sort());
    expect(await rolesOn(databaseUrl)).toEqual([dbRoles.course, dbRoles.enrollment, dbRoles.facultyGrades, dbRoles.grades, dbRoles.owner].sort());
  });

  test("sign-in, the catalog, enrolment and grades work across the two servers", async () => {
    const student = await stack!.login("student1");
    expect(student.user.role).toBe("STUDENT");
    const me = await stack!.api("/api/v1/me", { token: student.access_token });
    expect(me.status).toBe(200);
    const mine = await stack!.api("/api/v1/me/enrollments", { token: student.access_token });
    expect(mine.status).toBe(200);
    const grades = await stack!.api("/api/v1/me/grades", { token: student.access_token });
    expect(grades.status).toBe(200);
    const transcript = await stack!.api("/api/v1/me/transcript", { token: student.access_token });
    expect(transcript.status).toBe(200);
    // The names on a roster come from auth (second server), its rows from courses (first).
    const faculty = await stack!.login("faculty1");
    const sections = await stack!.api("/api/v1/me/sections", { token: faculty.access_token });
    expect(sections.status).toBe(200);
    const enrolled: Array<Record<string, unknown>> = [];
    for (const section of sections.body.sections ?? sections.body.items ?? sections.body) {
      const roster = await stack!.api(`/api/v1/sections/${section.id ?? section.section_id}/roster`, { token: faculty.access_token });
      expect(roster.status).toBe(200);
      enrolled.push(...roster.body.enrolled);
    }
    expect(enrolled.length).toBeGreaterThan(0);
    expect(JSON.stringify(enrolled)).toContain("student");
  });
});
