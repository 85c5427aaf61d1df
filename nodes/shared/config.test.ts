import { setDefaultTimeout, describe, expect, test } from "bun:test";
import { join } from "node:path";
import { ConfigError, databaseUrlFor, dbPasswordVariable, loadConfig, nodeDatabaseUrl, productionProblems } from "./config";

setDefaultTimeout(30_000); // a bound on a hang on a busy machine, not a speed claim (tests/support/preload.ts)

const base = { EDUSTREAM_DATABASE_URL: "postgres://postgres@127.0.0.1:5432/postgres" };

describe("configuration is validated at start", () => {
  test("gRPC: loopback and plaintext by default; dns:/// names and lists of IP addresses accepted", () => {
    expect(loadConfig(base).grpc).toEqual({ host: "127.0.0.1", tls: undefined, healthPort: undefined, tlsServerName: undefined });
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
    ["EDUSTREAM_AUTH_DATABASE_URL", { EDUSTREAM_AUTH_DATABASE_URL: "http://db:5432/x" }],
    ["EDUSTREAM_GRADES_DATABASE_URL", { EDUSTREAM_GRADES_DATABASE_URL: "grades-db:5432" }],
    ["EDUSTREAM_DB_POOLER_URL", { EDUSTREAM_DB_POOLER_URL: "127.0.0.1:6432" }],
    ["EDUSTREAM_METRICS_PORT", { EDUSTREAM_METRICS_PORT: "metrics" }],
    ["EDUSTREAM_METRICS_HOST", { EDUSTREAM_METRICS_HOST: "every interface" }],
    ["EDUSTREAM_METRICS", { EDUSTREAM_METRICS: "maybe" }],
    ["OTEL_EXPORTER_OTLP_ENDPOINT", { OTEL_EXPORTER_OTLP_ENDPOINT: "collector:4318" }],
    ["OTEL_TRACES_SAMPLER", { OTEL_TRACES_SAMPLER: "sometimes" }],
    ["OTEL_TRACES_SAMPLER_ARG", { OTEL_TRACES_SAMPLER_ARG: "1%" }],
    ["OTEL_TRACES_SAMPLER_ARG", { OTEL_TRACES_SAMPLER_ARG: "2" }],
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
    ["EDUSTREAM_TIMEZONE", { EDUSTREAM_TIMEZONE: "Mars/Olympus_Mons" }],
    ["EDUSTREAM_TIMEZONE", { EDUSTREAM_TIMEZONE: "+02:00" }],
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

  test("the university's time zone is UTC unless set, and an IANA zone when set", () => {
    expect(loadConfig(base).timeZone).toBe("UTC");
    expect(loadConfig({ ...base, EDUSTREAM_TIMEZONE: "Europe/Berlin" }).timeZone).toBe("Europe/Berlin");
  });

  test("a node started with an unknown time zone stops with exit code 78 naming the variable", () => {
    const root = join(import.meta.dir, "..", "..");
    const result = Bun.spawnSync(["bun", join(root, "nodes/view/main.ts")], { env: { ...process.env, ...base, EDUSTREAM_TIMEZONE: "Europe/Atlantis" }, stderr: "pipe", stdout: "pipe" });
    expect(result.exitCode).toBe(78);
    expect(result.stderr.toString()).toContain("EDUSTREAM_TIMEZONE must be an IANA time zone");
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

describe("production mode", () => {
  const keys = { EDUSTREAM_JWT_PUBLIC_KEY: "pem", EDUSTREAM_JWT_PRIVATE_KEY: "pem" };
  test("is the default with a database URL, demo without one or when asked for", () => {
    expect(loadConfig(base).mode).toBe("production");
    expect(loadConfig({ ...base, EDUSTREAM_ENV: "demo" }).mode).toBe("demo");
    expect(loadConfig({ EDUSTREAM_DATA_DIR: "/tmp/edustream-config-test" }).mode).toBe("demo");
    expect(() => loadConfig({ ...base, EDUSTREAM_ENV: "staging" })).toThrow("EDUSTREAM_ENV");
  });

  test("names every unsafe setting: insecure cookies, a demo or weak password, missing keys", () => {
    const env = { ...base, EDUSTREAM_DEMO_PASSWORD: "edustream", EDUSTREAM_ADMIN_PASSWORD: "edustream", EDUSTREAM_NODE: "auth" };
    const problems = productionProblems(loadConfig(env), env).map((p) => p.variable);
    expect(problems).toEqual(["EDUSTREAM_SECURE_COOKIES", "EDUSTREAM_DEMO_PASSWORD", "EDUSTREAM_ADMIN_PASSWORD", "EDUSTREAM_JWT_PUBLIC_KEY", "EDUSTREAM_JWT_PRIVATE_KEY"]);
    const safe = { ...base, ...keys, EDUSTREAM_SECURE_COOKIES: "true", EDUSTREAM_ADMIN_PASSWORD: "a long admin secret" };
    expect(productionProblems(loadConfig(safe), safe)).toEqual([]);
    // Plain-HTTP cookies only on purpose; demo mode is not checked.
    const intranet = { ...base, ...keys, EDUSTREAM_ALLOW_INSECURE_COOKIES: "true" };
    expect(productionProblems(loadConfig(intranet), intranet)).toEqual([]);
    const demo = { ...base, EDUSTREAM_ENV: "demo" };
    expect(productionProblems(loadConfig(demo), demo)).toEqual([]);
  });

  test("a node started in production with unsafe settings stops, naming each", () => {
    const root = join(import.meta.dir, "..", "..");
    const result = Bun.spawnSync(["bun", join(root, "nodes/course/main.ts")], {
      env: { ...process.env, ...base, EDUSTREAM_ENV: "", EDUSTREAM_SECURE_COOKIES: "", EDUSTREAM_JWT_PUBLIC_KEY: "", EDUSTREAM_DEMO_PASSWORD: "edustream" },
      stderr: "pipe",
      stdout: "pipe",
    });
    expect(result.exitCode).toBe(78);
    const stderr = result.stderr.toString();
    for (const variable of ["EDUSTREAM_SECURE_COOKIES", "EDUSTREAM_DEMO_PASSWORD", "EDUSTREAM_JWT_PUBLIC_KEY"]) expect(stderr).toContain(variable);
  });
});

describe("metrics and traces", () => {
  test("metrics on loopback by default; traces off unless an OTLP endpoint is set, then with the standard variables", () => {
    expect(loadConfig(base).metrics).toEqual({ enabled: true, host: "127.0.0.1", port: undefined, instance: 0 });
    expect(loadConfig({ ...base, EDUSTREAM_METRICS_PORT: "9999", NODE_APP_INSTANCE: "1" }).metrics).toMatchObject({ port: 9999, instance: 1 });
    expect(loadConfig(base).tracing).toBeUndefined();
    expect(loadConfig({ ...base, OTEL_TRACES_SAMPLER: "parentbased_traceidratio" }).tracing).toBeUndefined();
    expect(loadConfig({ ...base, OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318" }).tracing).toEqual({ endpoint: "http://collector:4318/v1/traces", serviceName: undefined, sampler: "parentbased_always_on", ratio: 1 });
    const sampled = loadConfig({ ...base, OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318/otlp/", OTEL_EXPORTER_OTLP_TRACES_ENDPOINT: "https://traces.example.edu/in", OTEL_TRACES_SAMPLER: "parentbased_traceidratio", OTEL_TRACES_SAMPLER_ARG: "0.01", OTEL_SERVICE_NAME: "registrar" });
    expect(sampled.tracing).toEqual({ endpoint: "https://traces.example.edu/in", serviceName: "registrar", sampler: "parentbased_traceidratio", ratio: 0.01 });
    expect(loadConfig({ ...base, OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318/otlp/" }).tracing?.endpoint).toBe("http://collector:4318/otlp/v1/traces");
    expect(loadConfig({ ...base, OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318", OTEL_SDK_DISABLED: "true" }).tracing).toBeUndefined();
    expect(loadConfig({ ...base, OTEL_EXPORTER_OTLP_ENDPOINT: "http://collector:4318", OTEL_TRACES_EXPORTER: "none" }).tracing).toBeUndefined();
  });
});

describe("database servers and roles", () => {
  test("each database falls back to the server URL; one may live elsewhere; nodes use their own role, through the pooler when set", () => {
    const env = { ...base, EDUSTREAM_DATA_DIR: "/nonexistent", EDUSTREAM_AUTH_DATABASE_URL: "postgres://owner:pw@auth-db:5433/postgres", EDUSTREAM_COURSE_DB_PASSWORD: "c-secret" };
    const config = loadConfig(env);
    expect(databaseUrlFor(config, "auth")).toBe("postgres://owner:pw@auth-db:5433/edustream_auth");
    expect(databaseUrlFor(config, "courses")).toBe("postgres://postgres@127.0.0.1:5432/edustream_courses");
    expect(config.dbRoles).toEqual({ owner: "edustream_owner", auth: "edustream_auth_node", course: "edustream_course_node", enrollment: "edustream_enrollment_node", grades: "edustream_grades_node", facultyGrades: "edustream_faculty_grades_node" });
    expect(dbPasswordVariable("facultyGrades")).toBe("EDUSTREAM_FACULTY_GRADES_DB_PASSWORD");
    expect(nodeDatabaseUrl(config, "course", "courses")).toBe("postgres://edustream_course_node:c-secret@127.0.0.1:5432/edustream_courses");
    const pooled = loadConfig({ ...env, EDUSTREAM_DB_POOLER_URL: "postgres://127.0.0.1:6432" });
    expect(nodeDatabaseUrl(pooled, "course", "courses")).toBe("postgres://edustream_course_node:c-secret@127.0.0.1:6432/edustream_courses");
  });
});
