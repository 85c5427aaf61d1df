// The real system for tests: a real PostgreSQL (embedded, or the server in
// EDUSTREAM_TEST_DATABASE_URL; the auth database on EDUSTREAM_TEST_AUTH_DATABASE_URL when set), fresh uniquely-named databases with migrations and demo data,
// the five gRPC services on real ports, the gateway and the view. Started once per `bun test`
// run and shared by every test file.
import { createServer } from "node:net";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig, type Config } from "../../nodes/shared/config";
import { dropDatabases, setupDatabases } from "../../db/setup";
import { seedDemoData } from "../../db/seed/seed";
import { createFirstAdmin } from "../../db/seed/first-admin";
import { ensureLocalKeys } from "../../nodes/shared/tokens";
import { ClientRegistry, type ServiceClient } from "../../nodes/shared/grpc/client";
import type { ServiceKey } from "../../nodes/shared/grpc/proto";
import type { RunningServiceNode } from "../../nodes/shared/service-node";
import { startEmbeddedPostgres } from "../../scripts/embedded-postgres";
import { startPgBouncer, type RunningPgBouncer } from "./pgbouncer";
import { startAuthNode } from "../../nodes/auth/main";
import { startCourseNode } from "../../nodes/course/main";
import { startEnrollmentNode } from "../../nodes/enrollment/main";
import { startGradesNode } from "../../nodes/grades/main";
import { startFacultyGradesNode } from "../../nodes/faculty-grades/main";
import { startGateway } from "../../nodes/gateway/main";
import { startView } from "../../nodes/view/main";
import { TestMailServer } from "./mail-server";

export interface Stack {
  config: Config;
  env: Record<string, string>;
  gatewayUrl: string;
  viewUrl: string;
  /** Where each node serves /metrics, by node name (view, gateway, auth, …, faculty-grades); the in-process stacks only. */
  metricsUrls?: Record<string, string>;
  client<K extends ServiceKey>(service: K): ServiceClient<K>;
  /** Signs in through the gateway and returns the tokens and user. */
  login(username: string, password?: string): Promise<{ access_token: string; refresh_token: string; user: { id: string; username: string; role: string } }>;
  /** The SMTP server the nodes mail notifications to (in this process, see mail-server.ts); the in-process stacks only. */
  mail?: TestMailServer;
  /** JSON request to the gateway. */
  api(path: string, init?: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> }): Promise<{ status: number; body: any; headers: Headers }>;
}

/** JSON requests to a gateway at `gatewayUrl`: the body parsed when it is JSON, else its text. */
export function gatewayApi(gatewayUrl: string): Stack["api"] {
  return async (path, init = {}) => {
    const headers: Record<string, string> = { ...init.headers };
    if (init.token) headers.authorization = `Bearer ${init.token}`;
    if (init.body !== undefined) headers["content-type"] ??= "application/json";
    const response = await fetch(gatewayUrl + path, {
      method: init.method ?? (init.body !== undefined ? "POST" : "GET"),
      headers,
      body: init.body === undefined ? undefined : typeof init.body === "string" ? init.body : JSON.stringify(init.body),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // Non-JSON bodies are returned as text for the test to inspect.
    }
    return { status: response.status, body, headers: response.headers };
  };
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

let starting: Promise<Stack> | undefined;
/** The PgBouncer of a pooled stack, by its config. */
export const pgbouncers = new WeakMap<Config, RunningPgBouncer>();
const stoppers: Array<() => Promise<unknown>> = [];

/** The shared test stack (demo mode), started on first use. */
export function getStack(): Promise<Stack> {
  starting ??= startStack({}, stoppers);
  return starting;
}

/** Stops everything the stack started and drops its databases. */
export async function stopStack(): Promise<void> {
  if (!starting) return;
  await runStoppers(stoppers);
  starting = undefined;
}

async function runStoppers(list: Array<() => Promise<unknown>>) {
  for (const stop of list.reverse()) await stop().catch(() => {});
  list.length = 0;
}

export interface StackOptions {
  /** Production mode: no demo data, the first admin only (password EDUSTREAM_ADMIN_PASSWORD from `env`). */
  production?: boolean;
  /** More settings for every node. */
  env?: Record<string, string>;
  /** The nodes connect through PgBouncer in transaction mode (also EDUSTREAM_TEST_POOLED=1 for the shared stack). */
  pooled?: boolean;
}

/** A stack of the test's own (e.g. production mode), with its own databases; `stop` when done. */
export async function startOwnStack(options: StackOptions): Promise<Stack & { stop(): Promise<void> }> {
  const own: Array<() => Promise<unknown>> = [];
  try {
    const stack = await startStack(options, own);
    return { ...stack, stop: () => runStoppers(own) };
  } catch (error) {
    await runStoppers(own);
    throw error;
  }
}

async function startStack(options: StackOptions, stoppers: Array<() => Promise<unknown>>): Promise<Stack> {
  const dataDir = mkdtempSync(join(tmpdir(), "edustream-test-"));
  chmodSync(dataDir, 0o755); // the embedded cluster runs as the postgres user and must reach its folder
  const [view, gateway, auth, course, enrollment, grades, facultyGrades, postgresPort, smtp] = await Promise.all(Array.from({ length: 9 }, freePort));
  const mail = new TestMailServer(smtp!);
  await mail.start();
  stoppers.push(() => mail.stop());
  const external = process.env.EDUSTREAM_TEST_DATABASE_URL;
  const env: Record<string, string> = {
    EDUSTREAM_DATA_DIR: dataDir,
    EDUSTREAM_DB_PREFIX: `edustream_test_${process.pid}${options.production ? "_prod" : ""}`,
    EDUSTREAM_ENV: options.production ? "production" : "demo",
    // Test files register hundreds of students from this one address.
    EDUSTREAM_REGISTRATIONS_PER_ADDRESS: "1000000",
    EDUSTREAM_LOG_LEVEL: process.env.EDUSTREAM_LOG_LEVEL ?? "error",
    EDUSTREAM_PG_PORT: String(postgresPort),
    VIEW_PORT: String(view),
    GATEWAY_PORT: String(gateway),
    AUTH_PORT: String(auth),
    COURSE_PORT: String(course),
    ENROLLMENT_PORT: String(enrollment),
    GRADES_PORT: String(grades),
    FACULTY_GRADES_PORT: String(facultyGrades),
    // Each node's /metrics on a free port of its own (RunningNode.metricsUrl says which).
    EDUSTREAM_METRICS_PORT: "0",
    // Notifications are mailed to the run's own SMTP server; a failed send is tried again soon.
    EDUSTREAM_SMTP_URL: mail.url,
    EDUSTREAM_MAIL_RETRY_MS: "200",
    ...(external ? { EDUSTREAM_DATABASE_URL: external } : {}),
    // The auth database on a server of its own (e.g. the machine's PostgreSQL by URL).
    ...(process.env.EDUSTREAM_TEST_AUTH_DATABASE_URL ? { EDUSTREAM_AUTH_DATABASE_URL: process.env.EDUSTREAM_TEST_AUTH_DATABASE_URL } : {}),
    ...options.env,
  };
  let config = loadConfig(env);
  if (!external) {
    // A cluster of this run's own (initdb ~1 s), so concurrent test runs never disturb each other.
    const pg = await startEmbeddedPostgres({ dataDir, port: config.embeddedPgPort, log: () => {} });
    stoppers.push(() => pg.stop());
    env.EDUSTREAM_DATABASE_URL = config.databaseUrl;
    config = loadConfig(env);
  }
  if (options.pooled || process.env.EDUSTREAM_TEST_POOLED === "1") {
    const pooler = await startPgBouncer(config, await freePort());
    stoppers.push(() => pooler.stop());
    env.EDUSTREAM_DB_POOLER_URL = pooler.url;
    config = loadConfig(env);
    pgbouncers.set(config, pooler);
  }
  ensureLocalKeys(config);
  await dropDatabases(config);
  await setupDatabases(config);
  if (options.production) await createFirstAdmin(config);
  else await seedDemoData(config);
  stoppers.push(() => dropDatabases(config));
  stoppers.unshift(async () => rmSync(dataDir, { recursive: true, force: true }));

  const metricsUrls: Record<string, string> = {};
  for (const start of serviceStarters(config)) {
    const running = await start();
    stoppers.push(() => running.shutdown(1000));
    if (running.metricsUrl) metricsUrls[running.node] = running.metricsUrl;
  }
  const gatewayNode = startGateway(config);
  stoppers.push(() => gatewayNode.shutdown());
  const viewNode = startView(config);
  stoppers.push(() => viewNode.shutdown());
  if (gatewayNode.metricsUrl) metricsUrls.gateway = gatewayNode.metricsUrl;
  if (viewNode.metricsUrl) metricsUrls.view = viewNode.metricsUrl;

  const gatewayUrl = `http://127.0.0.1:${config.ports.gateway}`;
  const clients = new ClientRegistry(config.addresses, 5000);
  stoppers.push(async () => clients.closeAll());
  const api = gatewayApi(gatewayUrl);

  return {
    config,
    env,
    gatewayUrl,
    viewUrl: `http://127.0.0.1:${config.ports.view}`,
    metricsUrls,
    mail,
    client: (service) => clients.get(service),
    api,
    async login(username, password = config.demoPassword) {
      const { status, body } = await api("/api/v1/auth/login", { body: { username, password } });
      if (status !== 200) throw new Error(`login ${username} failed: ${status} ${JSON.stringify(body)}`);
      return body;
    },
  };
}

/** The five services in start order: auth first (the others poll it for revoked subjects). */
function serviceStarters(config: Config): Array<() => Promise<RunningServiceNode>> {
  return [startAuthNode, startCourseNode, startEnrollmentNode, startGradesNode, startFacultyGradesNode].map((start) => () => start(config));
}
