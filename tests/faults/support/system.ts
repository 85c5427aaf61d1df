// A whole EduStream started the way users start it (`bun run start`: PM2, ecosystem.config.js),
// isolated from any other copy on the machine by its environment alone: its own PM2 home, its
// own ports for the seven nodes, its own data folder and embedded PostgreSQL port (or its own
// databases on an external server). The fault tests kill, stall and stop its processes.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import postgres from "postgres";
import { databaseUrlFor, loadConfig, type Config } from "../../../nodes/shared/config";
import { ClientRegistry, type ServiceClient } from "../../../nodes/shared/grpc/client";
import type { ServiceKey } from "../../../nodes/shared/grpc/proto";
import { dropDatabases } from "../../../db/setup";
import { alive } from "../../../scripts/embedded-postgres";
import { freePort, gatewayApi, type Stack } from "../../support/stack";
import { newSection, newTerm } from "../../system/enrollment-fixtures";

const ROOT = join(import.meta.dir, "..", "..", "..");

export interface PmApp {
  name: string;
  pid: number;
  status: string;
  restarts: number;
}

export interface FaultSystem extends Stack {
  name: string;
  /** The PM2 apps of this system. */
  apps(): Promise<PmApp[]>;
  /** Pid of an app (the first copy unless `index`). */
  pidOf(app: string, index?: number): Promise<number>;
  /** Waits until the app has a live process other than `oldPid`, online in PM2. */
  waitRestarted(app: string, oldPid: number, timeoutMs?: number): Promise<number>;
  /** A raw SQL client of one database (closed by `stop`). */
  sql(database: keyof Config["databases"]): postgres.Sql;
  /** `bun run stop` (and, for an external server, drops the databases). */
  stop(): Promise<void>;
}

/** True when a PM2 daemon of this home is running. */
function daemonAlive(home: string): boolean {
  const file = join(home, "pm2.pid");
  if (!existsSync(file)) return false;
  return alive(Number(readFileSync(file, "utf8").trim()));
}

/** Drops the databases of earlier runs of this system whose test process is gone (a run that was killed). */
async function dropStaleDatabases(url: string, name: string) {
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const rows = await admin<{ datname: string }[]>`select datname from pg_database where datname like ${`edustream_fault_${name}_%`}`;
    for (const { datname } of rows) {
      const pid = Number(datname.split("_")[3]);
      if (pid && pid !== process.pid && !alive(pid)) await admin.unsafe(`drop database if exists "${datname}" with (force)`);
    }
  } finally {
    await admin.end({ timeout: 2 });
  }
}


/** Runs a command with the system's environment; resolves with its exit code and output. */
async function run(cmd: string[], env: Record<string, string>): Promise<{ code: number; out: string }> {
  const child = Bun.spawn(cmd, { cwd: ROOT, env, stdout: "pipe", stderr: "pipe" });
  const [out, err] = await Promise.all([new Response(child.stdout).text(), new Response(child.stderr).text()]);
  return { code: await child.exited, out: out + err };
}

/**
 * Starts an isolated system named `name` (PM2 home `.data/fpm2-<name>`, data `.data/fault-<name>`).
 * With `databaseUrl` the nodes use that server (databases `edustream_fault_<name>_<pid>_*`).
 */
export async function startFaultSystem(name: string, options: { databaseUrl?: string; env?: Record<string, string> } = {}): Promise<FaultSystem> {
  const [view, gateway, auth, course, enrollment, grades, facultyGrades, pgPort] = await Promise.all(Array.from({ length: 8 }, freePort));
  const pm2Home = join(ROOT, ".data", `fpm2-${name}`);
  const dataDir = join(ROOT, ".data", `fault-${name}`);
  // Only the variables a user would have, none of this shell's EduStream settings.
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(EDUSTREAM_|PM2_|[A-Z_]+_(PORT|ADDR)$|GATEWAY_URL)/.test(k))) as Record<string, string>;
  const env: Record<string, string> = {
    ...base,
    PM2_HOME: pm2Home,
    EDUSTREAM_DATA_DIR: dataDir,
    EDUSTREAM_PG_PORT: String(pgPort),
    EDUSTREAM_LOG_LEVEL: "warn",
    // The demo data even with a database URL (which defaults to production mode).
    EDUSTREAM_ENV: "demo",
    // The fault tests register many students from this one address.
    EDUSTREAM_REGISTRATIONS_PER_ADDRESS: "1000000",
    // Short deadlines keep the stall tests quick; tokens outlive the whole file.
    EDUSTREAM_GRPC_DEADLINE_MS: "2000",
    EDUSTREAM_ACCESS_TOKEN_TTL: "3600",
    VIEW_PORT: String(view),
    GATEWAY_PORT: String(gateway),
    AUTH_PORT: String(auth),
    COURSE_PORT: String(course),
    ENROLLMENT_PORT: String(enrollment),
    GRADES_PORT: String(grades),
    FACULTY_GRADES_PORT: String(facultyGrades),
    // Each node's /metrics on a free port: the defaults may be taken by a system running here.
    EDUSTREAM_METRICS_PORT: "0",
    ...(options.databaseUrl ? { EDUSTREAM_DATABASE_URL: options.databaseUrl, EDUSTREAM_DB_PREFIX: `edustream_fault_${name}_${process.pid}` } : {}),
    ...options.env,
  };
  // A leftover of an earlier run (same home) is stopped. The data folder is kept between runs
  // (the tests make their own terms and sections), which spares initdb and the demo data.
  if (daemonAlive(pm2Home)) await run(["bun", "scripts/stop.ts"], env);
  const config = loadConfig(env);
  if (options.databaseUrl) {
    await dropDatabases(config);
    await dropStaleDatabases(options.databaseUrl, name);
  }
  const started = await run(["bun", "scripts/start.ts"], env);
  if (started.code !== 0) throw new Error(`bun run start failed (${started.code}):\n${started.out}`);

  const gatewayUrl = `http://127.0.0.1:${gateway}`;
  const clients = new ClientRegistry(config.addresses, 5000);
  const pools: postgres.Sql[] = [];

  const apps = async (): Promise<PmApp[]> => {
    const { out } = await run(["bun", "scripts/pm2.ts", "jlist"], env);
    const list = JSON.parse(out.slice(out.indexOf("["), out.lastIndexOf("]") + 1)) as Array<{ name: string; pid: number; pm2_env: { status: string; restart_time: number } }>;
    return list.map((p) => ({ name: p.name, pid: p.pid, status: p.pm2_env.status, restarts: p.pm2_env.restart_time }));
  };
  const pidOf = async (app: string, index = 0) => {
    const pid = (await apps()).filter((a) => a.name === `edustream-${app}`)[index]?.pid;
    if (!pid) throw new Error(`no process for edustream-${app}`);
    return pid;
  };

  const api = gatewayApi(gatewayUrl);


  const system: FaultSystem = {
    name,
    config,
    env,
    gatewayUrl,
    viewUrl: `http://127.0.0.1:${view}`,
    client: <K extends ServiceKey>(service: K): ServiceClient<K> => clients.get(service),
    api,
    async login(username, password = config.demoPassword) {
      const { status, body } = await api("/api/v1/auth/login", { body: { username, password } });
      if (status !== 200) throw new Error(`login ${username} failed: ${status} ${JSON.stringify(body)}`);
      return body;
    },
    apps,
    pidOf,
    async waitRestarted(app, oldPid, timeoutMs = 30_000) {
      const until = Date.now() + timeoutMs;
      while (Date.now() < until) {
        const found = (await apps()).find((a) => a.name === `edustream-${app}` && a.pid && a.pid !== oldPid && a.status === "online");
        if (found) return found.pid;
        await Bun.sleep(100);
      }
      throw new Error(`edustream-${app} did not come back within ${timeoutMs} ms`);
    },
    sql(database) {
      const pool = postgres(databaseUrlFor(config, database), { max: 2, onnotice: () => {} });
      pools.push(pool);
      return pool;
    },
    async stop() {
      clients.closeAll();
      await Promise.all(pools.map((p) => p.end({ timeout: 2 }).catch(() => {})));
      await run(["bun", "scripts/stop.ts"], env);
      if (options.databaseUrl) await dropDatabases(config).catch(() => {});
    },
  };
  return system;
}

/** Polls `probe` until it is true; returns the milliseconds it took (throws after `timeoutMs`). */
export async function waitFor(probe: () => Promise<boolean>, timeoutMs = 30_000, everyMs = 25): Promise<number> {
  const started = performance.now();
  while (performance.now() - started < timeoutMs) {
    if (await probe().catch(() => false)) return performance.now() - started;
    await Bun.sleep(everyMs);
  }
  throw new Error(`condition not met within ${timeoutMs} ms`);
}

/** True when the gateway's /readyz answers 200. */
export async function isReady(system: { gatewayUrl: string }): Promise<boolean> {
  const response = await fetch(`${system.gatewayUrl}/readyz`, { signal: AbortSignal.timeout(3000) }).catch(() => undefined);
  return response?.status === 200;
}

/**
 * Waits until the enrollment node has opened the seats of new sections. It does so when it
 * applies the catalog's event: right after the commit, or at its next sweep when the course
 * node's call did not reach it (e.g. while it was coming back from the previous fault). When it
 * does not, the error says why: the pending events, what the enrollment node's connections are
 * doing, and the end of its logs.
 */
export async function seatsOpen(system: Pick<FaultSystem, "sql" | "env" | "config">, sectionIds: string[], timeoutMs = 20_000): Promise<void> {
  const courses = system.sql("courses");
  try {
    await waitFor(async () => {
      const [open] = await courses<Array<{ n: number }>>`select count(*)::int as n from section_seats where section_id = any(${sectionIds}::uuid[])`;
      return open!.n === sectionIds.length;
    }, timeoutMs);
  } catch (error) {
    throw new Error(`${(error as Error).message}: seats of ${sectionIds.join(", ")} not opened\n${await registrationDiagnosis(system).catch((e) => `(no diagnosis: ${(e as Error).message})`)}`);
  }
}

/** What the registration side is doing now: pending catalog events, the enrollment node's sessions, its last log lines. */
async function registrationDiagnosis(system: Pick<FaultSystem, "sql" | "env" | "config">): Promise<string> {
  const courses = system.sql("courses");
  const pending = await courses`select seq, kind, section_id, created_at from catalog_events where applied_at is null order by seq limit 20`;
  const sessions = await courses`
    select pid, application_name, state, wait_event_type, wait_event, now() - query_start as running_for, left(query, 120) as query
    from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid() order by application_name`;
  const logs = ["out", "error"].map((kind) => {
    const file = join(system.env.PM2_HOME ?? "", "logs", `edustream-enrollment-${kind}.log`);
    return existsSync(file) ? `--- ${file} (end)\n${readFileSync(file, "utf8").slice(-4000)}` : `--- ${file}: none`;
  });
  return [`pending catalog events: ${JSON.stringify(pending)}`, `sessions: ${JSON.stringify(sessions)}`, ...logs].join("\n");
}

/**
 * A new term with one section per capacity, all of one instructor on `day` two hours apart (no
 * clashes), their seats opened by the enrollment node.
 */
export async function openSections(system: FaultSystem, instructorId: string, capacities: number[], day: string) {
  const term = await newTerm(system);
  const sectionIds: string[] = [];
  for (const [i, capacity] of capacities.entries()) {
    const hour = String(8 + 2 * i).padStart(2, "0");
    sectionIds.push((await newSection(system, { termId: term.id, instructorId, capacity, meetings: [{ day, start_time: `${hour}:00`, end_time: `${hour}:50` }] })).id);
  }
  await seatsOpen(system, sectionIds);
  return { term, sectionIds };
}

/**
 * A settled system, for the start of each fault: every gateway copy reaches every service again,
 * and so does the test's own channel to the course service (its fixtures), which may still be in
 * its reconnect back-off after a fault.
 */
export async function settled(system: FaultSystem): Promise<void> {
  await waitFor(() => readyOnEveryCopy(system), 30_000);
  await waitFor(async () => Boolean(await system.client("course").ListTerms({})), 30_000);
}

/**
 * Ready as seen by every copy of the gateway: `connections` readiness checks, each on a fresh
 * connection (the kernel spreads new connections over the copies sharing the port), all 200.
 * A test that restarted a service waits for this before the next one starts, so no copy is still
 * reconnecting to the restarted service (up to 1 s of back-off) when the next fault is measured.
 */
export async function readyOnEveryCopy(system: { gatewayUrl: string }, connections = 8): Promise<boolean> {
  const answers = await Promise.all(
    Array.from({ length: connections }, () =>
      fetch(`${system.gatewayUrl}/readyz`, { headers: { connection: "close" }, signal: AbortSignal.timeout(3000) }).catch(() => undefined),
    ),
  );
  return answers.every((response) => response?.status === 200);
}

/**
 * Watches a PostgreSQL server from the outside: resolves with the milliseconds from `since` to
 * the first successful `select 1` after it went away (or undefined if it never went away).
 */
export function watchDatabase(url: string, since: number, timeoutMs = 30_000): Promise<number | undefined> {
  return (async () => {
    let down = false;
    while (performance.now() - since < timeoutMs) {
      const sql = postgres(url, { max: 1, connect_timeout: 1, idle_timeout: 1, onnotice: () => {} });
      const ok = await sql`select 1`.then(() => true, () => false);
      await sql.end({ timeout: 0 }).catch(() => {});
      if (!ok) down = true;
      else if (down) return performance.now() - since;
      await Bun.sleep(50);
    }
    return undefined;
  })();
}
