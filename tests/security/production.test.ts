// Production mode on a real stack: no demo data, the first admin from the environment must
// change the password before anything else, no demo banner, secure cookie names and HSTS; the
// setup step prints a generated one-time password once; and the auth node refuses to run in
// production over demo data.
import { setDefaultTimeout, afterAll, beforeAll, describe, expect, test } from "bun:test";
import { join } from "node:path";
import { dropDatabases } from "../../db/setup";
import { loadConfig } from "../../nodes/shared/config";
import { getStack, startOwnStack, type Stack } from "../support/stack";
import { ViewClient } from "../support/view-client";

setDefaultTimeout(30_000); // see tests/support/preload.ts

const ROOT = join(import.meta.dir, "..", "..");
const ADMIN_PASSWORD = "First-Admin-Secret-2026";
let production: Stack & { stop(): Promise<void> };

beforeAll(async () => {
  production = await startOwnStack({ production: true, env: { EDUSTREAM_ADMIN_PASSWORD: ADMIN_PASSWORD, EDUSTREAM_SECURE_COOKIES: "true", EDUSTREAM_REGISTRATIONS_PER_ADDRESS: "3" } });
}, 120_000);
afterAll(() => production?.stop());

describe("a production install", () => {
  test("has no demo accounts: the demo password opens nothing", async () => {
    for (const username of ["admin", "student1", "faculty1"]) {
      expect((await production.api("/api/v1/auth/login", { body: { username, password: "edustream" } })).status).toBe(401);
    }
    const terms = await production.api("/api/v1/terms");
    expect(terms.status).toBe(200);
    expect(terms.body.terms).toEqual([]);
  });

  test("the first admin must change the environment's password before doing anything else", async () => {
    const first = await production.login("admin", ADMIN_PASSWORD);
    expect(first.user).toMatchObject({ role: "ADMIN", must_change_password: true });
    const users = await production.api("/api/v1/users", { token: first.access_token });
    expect(users.status).toBe(403);
    expect(users.body.error.message).toContain("temporary password");
    const changed = await production.api("/api/v1/auth/password", { token: first.access_token, body: { current_password: ADMIN_PASSWORD, new_password: "Campus-Keeper-2026" } });
    expect(changed.status).toBe(200);
    const listed = await production.api("/api/v1/users", { token: changed.body.access_token });
    expect(listed.status).toBe(200);
    expect(listed.body.users.map((u: { username: string }) => u.username)).toEqual(["admin"]);
  });

  test("self-registration is throttled per client address", async () => {
    const register = (i: number, address: string) =>
      production.api("/api/v1/auth/register", { body: { username: `signup${i}x${process.pid}`, password: "Correct-Horse-Battery-9", name: "New Student" }, headers: { "x-forwarded-for": address } });
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await register(i, "192.0.2.44")).status);
    expect(statuses).toEqual([201, 201, 201, 429]);
    const refused = await register(9, "192.0.2.44");
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await register(10, "192.0.2.45")).status).toBe(201);
  });

  test("pages carry no demo banner, cookies have __Host- names, responses HSTS", async () => {
    const page = await new ViewClient(production.viewUrl).request("/login");
    expect(page.status).toBe(200);
    expect(page.html).not.toContain("demo-banner");
    expect(page.headers.get("strict-transport-security")).toContain("max-age=");
    expect(page.headers.getSetCookie().join("\n")).toMatch(/^__Host-es_csrf=.*; Path=\/;.*Secure/im);
    expect((await production.api("/healthz")).headers.get("strict-transport-security")).toContain("max-age=");
  });
});

describe("demo mode", () => {
  test("every page says it is demo data; no HSTS without secure cookies", async () => {
    const stack = await getStack();
    const anonymous = await new ViewClient(stack.viewUrl).request("/login");
    expect(anonymous.html).toContain('id="demo-banner"');
    expect(anonymous.headers.get("strict-transport-security")).toBeNull();
    const signedIn = await ViewClient.signIn(stack.viewUrl, "student1", stack.config.demoPassword);
    expect((await signedIn.request("/dashboard")).html).toContain('id="demo-banner"');
    const missing = await signedIn.request("/no-such-page");
    expect(missing.status).toBe(404);
    expect(missing.html).toContain('id="demo-banner"');
  });
});

describe("setting up production", () => {
  test("the setup step creates the first admin with a one-time password printed once, and never demo data", async () => {
    const env = {
      ...production.env,
      EDUSTREAM_DB_PREFIX: `edustream_test_${process.pid}_fresh`,
      EDUSTREAM_ADMIN_PASSWORD: "",
      EDUSTREAM_JWT_PUBLIC_KEY: "unused by the setup step",
    };
    const config = loadConfig(env);
    const run = () => Bun.spawnSync(["bun", join(ROOT, "scripts/prepare.ts")], { env: { ...process.env, ...env }, stdout: "pipe", stderr: "pipe" });
    try {
      const first = run();
      expect(first.exitCode).toBe(0);
      const password = /^ {4}(\S{24})$/m.exec(first.stdout.toString())?.[1];
      expect(password).toBeDefined();
      const second = run();
      expect(second.exitCode).toBe(0);
      expect(second.stdout.toString()).not.toContain(password!);
      const seed = Bun.spawnSync(["bun", join(ROOT, "scripts/db-seed.ts")], { env: { ...process.env, ...env }, stdout: "pipe", stderr: "pipe" });
      expect(seed.exitCode).toBe(1);
      expect(seed.stderr.toString()).toContain("never loaded in production");
    } finally {
      await dropDatabases(config);
    }
  }, 120_000);

  test("the auth node refuses to start in production over demo data", async () => {
    const stack = await getStack();
    const env = { ...stack.env, EDUSTREAM_ENV: "production", EDUSTREAM_SECURE_COOKIES: "true", AUTH_PORT: "0", EDUSTREAM_JWT_PUBLIC_KEY: "", EDUSTREAM_JWT_PRIVATE_KEY: "" };
    // Keys from the environment, as production requires (the test stack generated them into its data folder).
    const keyDir = join(stack.config.dataDir, "keys");
    env.EDUSTREAM_JWT_PUBLIC_KEY = await Bun.file(join(keyDir, "jwt-ed25519-public.pem")).text();
    env.EDUSTREAM_JWT_PRIVATE_KEY = await Bun.file(join(keyDir, "jwt-ed25519-private.pem")).text();
    const result = Bun.spawnSync(["bun", join(ROOT, "nodes/auth/main.ts")], { env: { ...process.env, ...env }, stdout: "pipe", stderr: "pipe", timeout: 30_000 });
    expect(result.exitCode).toBe(78);
    expect(result.stderr.toString()).toContain("demo password");
  }, 60_000);
});
