// The setup Job of deploy/kubernetes run as the cluster runs it, on this machine's PostgreSQL: the
// DBA's step first (`scripts/db-roles.ts --apply` as a superuser, with the passwords the Secret
// holds), then the Job's command with the Job's environment (the owner's URL, production mode).
// Its data folder cannot be written (the container's file system is read-only): everything must
// come from the environment, nothing generated.
import { afterAll, describe, expect, setDefaultTimeout, test } from "bun:test";
import { mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import postgres from "postgres";
import { databaseUrlFor, loadConfig } from "../../nodes/shared/config";
import { dropDatabases } from "../../db/setup";
import { getStack } from "../support/stack";
import { loadManifests, podSpecOf, ROOT } from "./manifests";
import { podEnvironment } from "./pods";

setDefaultTimeout(30_000);

const stack = await getStack();
const work = mkdtempSync(join(tmpdir(), "edustream-setup-job-"));
// A data folder under a regular file: any attempt to create or write it fails, even as root.
writeFileSync(join(work, "not-a-folder"), "");
const unwritable = join(work, "not-a-folder", "data");
const prefix = `edustream_test_${process.pid}_k8s`;
const documents = loadManifests();
const job = documents.find((d) => d.object.kind === "Job")!.object;
const pod = podSpecOf(job);
const { env: jobEnv } = podEnvironment(pod, pod.containers[0], documents.filter((d) => d.object.kind === "ConfigMap").map((d) => d.object), join(work, "secrets"));
// Straight to the server (never the test stack's pooler): the Job talks to the server too.
const superuserUrl = stack.config.databaseUrl;
const asSuperuser = loadConfig({ ...jobEnv, EDUSTREAM_DATABASE_URL: superuserUrl, EDUSTREAM_DB_PREFIX: prefix, EDUSTREAM_DATA_DIR: unwritable });

afterAll(async () => {
  await dropDatabases(asSuperuser);
  rmSync(work, { recursive: true, force: true });
});

/** Runs a script of the image from the repository root with only the given environment. */
function run(args: string[], env: Record<string, string>) {
  const result = Bun.spawnSync(["bun", ...args], { cwd: ROOT, env: { PATH: process.env.PATH!, HOME: work, ...env }, stdout: "pipe", stderr: "pipe" });
  return { code: result.exitCode, out: result.stdout.toString(), err: result.stderr.toString() };
}

describe("the setup Job on a new server", () => {
  test("roles by the DBA, then the Job as the owner: migrations, grants and the first admin, nothing written to disk", async () => {
    const common = { ...jobEnv, EDUSTREAM_DB_PREFIX: prefix, EDUSTREAM_DATA_DIR: unwritable };
    const roles = run(["scripts/db-roles.ts", "--apply"], { ...common, EDUSTREAM_DATABASE_URL: superuserUrl });
    expect({ code: roles.code, err: roles.err }).toEqual({ code: 0, err: "" });

    const owner = new URL(superuserUrl);
    owner.username = asSuperuser.dbRoles.owner;
    owner.password = encodeURIComponent(jobEnv.EDUSTREAM_OWNER_DB_PASSWORD!);
    const assets = statSync(join(ROOT, "public", "build", "app.css")).mtimeMs;
    const setup = run(pod.containers[0].args, { ...common, EDUSTREAM_DATABASE_URL: owner.toString() });
    expect({ code: setup.code, err: setup.err }).toEqual({ code: 0, err: "" });
    expect(setup.out).toContain('first admin "admin" created');
    // --databases-only: the image's built assets are left alone.
    expect(statSync(join(ROOT, "public", "build", "app.css")).mtimeMs).toBe(assets);

    const auth = postgres(databaseUrlFor(loadConfig({ ...common, EDUSTREAM_DATABASE_URL: owner.toString() }), "auth"), { max: 1, onnotice: () => {} });
    try {
      // The first admin only (production never loads demo data), with the Secret's password to change at first sign-in.
      const users = await auth`select username, role, must_change_password from users`;
      expect([...users]).toEqual([{ username: "admin", role: "ADMIN", must_change_password: true }]);
    } finally {
      await auth.end({ timeout: 1 });
    }
    // Run again (every release): nothing to do, no error.
    expect(run(pod.containers[0].args, { ...common, EDUSTREAM_DATABASE_URL: owner.toString() }).code).toBe(0);
  }, 120_000);
});
