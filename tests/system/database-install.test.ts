// A production install's database path: `bun run db:roles --apply` (as a superuser) creates the
// roles and databases, `db:setup` then runs as the owner role (no superuser), and a production
// node whose role was made a superuser refuses to start.
import { setDefaultTimeout, afterAll, describe, expect, test } from "bun:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import postgres from "postgres";
import { dbRolePassword, loadConfig, nodeDatabaseUrl } from "../../nodes/shared/config";
import { dropDatabases, setupDatabases } from "../../db/setup";
import { startCourseNode } from "../../nodes/course/main";
import { getStack } from "../support/stack";

setDefaultTimeout(30_000); // see tests/support/preload.ts

const stack = await getStack();
const dataDir = mkdtempSync(join(tmpdir(), "edustream-install-"));
const superuserUrl = stack.config.databaseUrl;
// Straight to the server even when the shared stack is pooled (its PgBouncer knows only its own roles).
const env = { ...stack.env, EDUSTREAM_DATA_DIR: dataDir, EDUSTREAM_DB_PREFIX: `edustream_test_${process.pid}_install`, EDUSTREAM_DATABASE_URL: superuserUrl, EDUSTREAM_DB_POOLER_URL: "" };
const asSuperuser = loadConfig(env);

afterAll(async () => {
  await dropDatabases(asSuperuser);
  rmSync(dataDir, { recursive: true, force: true });
}, 60_000);

describe("a production install of the databases", () => {
  test("db:roles --apply, then setup as the owner role, then the nodes' grants", async () => {
    const run = Bun.spawnSync(["bun", "scripts/db-roles.ts", "--apply"], { cwd: stack.config.root, env: { ...process.env, ...env }, stdout: "pipe", stderr: "pipe" });
    expect(run.stderr.toString()).toBe("");
    expect(run.exitCode).toBe(0);
    expect(run.stdout.toString()).toContain(`${asSuperuser.databases.courses}`);

    const ownerUrl = new URL(superuserUrl);
    ownerUrl.username = asSuperuser.dbRoles.owner;
    ownerUrl.password = encodeURIComponent(dbRolePassword(asSuperuser, "owner"));
    const asOwner = loadConfig({ ...env, EDUSTREAM_DATABASE_URL: ownerUrl.toString() });
    await setupDatabases(asOwner);
    await setupDatabases(asOwner); // again: nothing to do, no error

    const enrollment = postgres(nodeDatabaseUrl(asOwner, "enrollment", "courses"), { max: 1, onnotice: () => {} });
    try {
      expect((await enrollment`select count(*)::int as n from enrollments`)[0]!.n).toBe(0);
      await expect(enrollment.unsafe("update courses set credits = 0 where false")).rejects.toMatchObject({ code: "42501" });
    } finally {
      await enrollment.end({ timeout: 1 });
    }
  });

  test("setup as the owner names the missing database and the script that creates it", async () => {
    const ownerUrl = new URL(superuserUrl);
    ownerUrl.username = asSuperuser.dbRoles.owner;
    ownerUrl.password = encodeURIComponent(dbRolePassword(asSuperuser, "owner"));
    const other = loadConfig({ ...env, EDUSTREAM_DATABASE_URL: ownerUrl.toString(), EDUSTREAM_DB_PREFIX: `edustream_test_${process.pid}_missing` });
    // (With the auth database on a superuser's server of its own, setup creates that one and stops at courses.)
    try {
      await expect(setupDatabases(other)).rejects.toThrow(/edustream_test_\d+_missing_(auth|courses) does not exist .*bun run db:roles/);
    } finally {
      await dropDatabases(loadConfig({ ...env, EDUSTREAM_DB_PREFIX: `edustream_test_${process.pid}_missing` }));
    }
  });

  test("a production node whose database role is a superuser refuses to start", async () => {
    const admin = postgres(superuserUrl, { max: 1, onnotice: () => {} });
    try {
      await admin.unsafe(`alter role "${asSuperuser.dbRoles.course}" superuser`);
      const production = { ...loadConfig({ ...stack.env, ...env }), mode: "production" as const };
      await expect(startCourseNode(production, 0)).rejects.toThrow(/refusing to start the course node: its database role ".*_course_node" is a superuser/);
    } finally {
      await admin.unsafe(`alter role "${asSuperuser.dbRoles.course}" nosuperuser`);
      await admin.end({ timeout: 1 });
    }
  });
});
