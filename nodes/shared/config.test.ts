import { describe, expect, test } from "bun:test";
import { join } from "node:path";
import { ConfigError, loadConfig } from "./config";

const base = { EDUSTREAM_DATABASE_URL: "postgres://postgres@127.0.0.1:5432/postgres" };

describe("configuration is validated at start", () => {
  test("gRPC: loopback and plaintext by default; dns:/// names and lists of IP addresses accepted", () => {
    expect(loadConfig(base).grpc).toEqual({ host: "127.0.0.1", tls: undefined, tlsServerName: undefined });
    const config = loadConfig({ ...base, EDUSTREAM_GRPC_HOST: "0.0.0.0", AUTH_ADDR: "dns:///app:50051", COURSE_ADDR: "10.0.0.11:50052,10.0.0.12:50052" });
    expect(config.grpc.host).toBe("0.0.0.0");
    expect(config.addresses.auth).toBe("dns:///app:50051");
    expect(config.addresses.course).toBe("10.0.0.11:50052,10.0.0.12:50052");
  });

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
    ["ENROLLMENT_ADDR", { ENROLLMENT_ADDR: "app1:50053,app2:50053" }],
    ["EDUSTREAM_GRPC_HOST", { EDUSTREAM_GRPC_HOST: "every interface" }],
    ["EDUSTREAM_GRPC_KEY", { EDUSTREAM_GRPC_CA: "/etc/hostname", EDUSTREAM_GRPC_CERT: "/etc/hostname" }],
    ["EDUSTREAM_GRPC_CA", { EDUSTREAM_GRPC_CA: "/no/such/ca.pem", EDUSTREAM_GRPC_CERT: "/etc/hostname", EDUSTREAM_GRPC_KEY: "/etc/hostname" }],
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
