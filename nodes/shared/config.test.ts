import { describe, expect, test } from "bun:test";
import { join } from "node:path";
import { ConfigError, loadConfig } from "./config";

const base = { EDUSTREAM_DATABASE_URL: "postgres://postgres@127.0.0.1:5432/postgres" };

describe("configuration is validated at start", () => {
  test("defaults give the documented ports and database names", () => {
    const config = loadConfig(base);
    expect(config.ports).toEqual({ view: 5000, gateway: 5001, auth: 50051, course: 50052, enrollment: 50053, grades: 50054, facultyGrades: 50055 });
    expect(config.databases).toEqual({ auth: "edustream_auth", courses: "edustream_courses", grades: "edustream_grades" });
    expect(config.embeddedPostgres).toBe(false);
  });

  const bad: Array<[string, Record<string, string>]> = [
    ["AUTH_PORT", { AUTH_PORT: "fifty" }],
    ["GATEWAY_PORT", { GATEWAY_PORT: "70000" }],
    ["EDUSTREAM_DATABASE_URL", { EDUSTREAM_DATABASE_URL: "mysql://localhost/db" }],
    ["EDUSTREAM_DATABASE_URL", { EDUSTREAM_DATABASE_URL: "not a url" }],
    ["COURSE_ADDR", { COURSE_ADDR: "no port here" }],
    ["EDUSTREAM_CREDIT_LIMIT", { EDUSTREAM_CREDIT_LIMIT: "-3" }],
    ["EDUSTREAM_ACCESS_TOKEN_TTL", { EDUSTREAM_ACCESS_TOKEN_TTL: "5" }],
    ["EDUSTREAM_LOG_LEVEL", { EDUSTREAM_LOG_LEVEL: "loud" }],
    ["EDUSTREAM_DB_PREFIX", { EDUSTREAM_DB_PREFIX: "Bad-Prefix" }],
    ["EDUSTREAM_SECURE_COOKIES", { EDUSTREAM_SECURE_COOKIES: "maybe" }],
  ];
  for (const [variable, env] of bad) {
    test(`a malformed ${variable} is refused by name`, () => {
      let error: unknown;
      try {
        loadConfig({ ...base, ...env });
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).variable).toBe(variable);
      expect((error as ConfigError).message).toContain(variable);
    });
  }

  test("a node started with a malformed variable stops with a message naming it", () => {
    const root = join(import.meta.dir, "..", "..");
    const result = Bun.spawnSync(["bun", join(root, "nodes/auth/main.ts")], { env: { ...process.env, ...base, AUTH_PORT: "not-a-port" }, stderr: "pipe", stdout: "pipe" });
    expect(result.exitCode).toBe(78);
    expect(result.stderr.toString()).toContain("AUTH_PORT must be a port number");
  });

  test("a node without its token key stops with a message naming the variable", () => {
    const root = join(import.meta.dir, "..", "..");
    const result = Bun.spawnSync(["bun", join(root, "nodes/gateway/main.ts")], {
      env: { ...process.env, ...base, EDUSTREAM_DATA_DIR: "/nonexistent-edustream", EDUSTREAM_JWT_PUBLIC_KEY: "" },
      stderr: "pipe",
      stdout: "pipe",
    });
    expect(result.exitCode).toBe(78);
    expect(result.stderr.toString()).toContain("EDUSTREAM_JWT_PUBLIC_KEY");
  });
});
