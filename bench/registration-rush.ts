// Registration-rush benchmark: against a running EduStream (through the REST gateway), creates a
// term open for registration, faculty, one-credit courses in non-overlapping weekly slots with
// several sections each, and many fresh students; then fires enrollments (every rule checked:
// window, duplicates, time conflicts, credit limit, prerequisites lookup, seats/waitlist) with
// bounded concurrency for a bounded time, reports throughput, latency percentiles and outcomes by
// status, and finally checks the invariants in the database.
//
//   bun run bench:rush                        # defaults below
//   BENCH_STUDENTS=2000 BENCH_CONCURRENCY=64 bun run bench:rush
//
// Settings (environment): EDUSTREAM_BENCH_URL (gateway, default http://127.0.0.1:5001; loopback
// only), BENCH_STUDENTS (1200), BENCH_SLOTS (15 one-credit slots a student takes), BENCH_SECTIONS_PER_SLOT
// (8), BENCH_CAPACITY (seats a section, 110), BENCH_CONCURRENCY (32), BENCH_DURATION_S (30),
// BENCH_RETRY_SHARE (0.03: share of requests repeated with the same Idempotency-Key), BENCH_CLIENT
// (http1: the rush's requests go over a lean keep-alive HTTP/1.1 client, one connection per
// request in flight, so the load generator takes less of the shared cores; fetch: Bun's fetch,
// as the setup does).
// The database for the invariant checks is the one the system uses (EDUSTREAM_DATABASE_URL or
// the embedded PostgreSQL under .data/), also loopback only.
import postgres from "postgres";
import { cpus, loadavg, totalmem } from "node:os";
import { databaseUrlFor, loadConfig } from "../nodes/shared/config";
import { encodeRequest, Http1Pool } from "./support/http1-client";
import { copies, cpuByNode, machineBusySeconds, percentile, requireLoopback, supervisorOf } from "./support/measure";

const env = process.env;
const num = (name: string, fallback: number) => {
  const raw = env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new Error(`${name} must be a non-negative number, got "${raw}"`);
  return value;
};

const GATEWAY = (env.EDUSTREAM_BENCH_URL || "http://127.0.0.1:5001").replace(/\/$/, "");
const STUDENTS = num("BENCH_STUDENTS", 1200);
const SLOTS = Math.min(num("BENCH_SLOTS", 15), 18);
const SECTIONS_PER_SLOT = num("BENCH_SECTIONS_PER_SLOT", 8);
const CAPACITY = num("BENCH_CAPACITY", 110);
const CONCURRENCY = num("BENCH_CONCURRENCY", 32);
const DURATION_MS = num("BENCH_DURATION_S", 30) * 1000;
const RETRY_SHARE = num("BENCH_RETRY_SHARE", 0.03);
const CLIENT = env.BENCH_CLIENT || "http1";
if (CLIENT !== "http1" && CLIENT !== "fetch") throw new Error(`BENCH_CLIENT must be http1 or fetch, got "${CLIENT}"`);
const SETUP_CONCURRENCY = 8;
const PASSWORD = "Rush-Bench-Password-7";
export async function api(path: string, init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { ...init.headers };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  if (init.body !== undefined) headers["content-type"] = "application/json";
  const response = await fetch(GATEWAY + path, { method: init.method ?? (init.body === undefined ? "GET" : "POST"), headers, body: init.body === undefined ? undefined : JSON.stringify(init.body) });
  return { status: response.status, body: parseBody(await response.text()) };
}

/** A response body as JSON, or as the text itself when it is not JSON. */
function parseBody(text: string): any {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text;
  }
}

/** A setup call that must succeed; retried a few times on 503/504 (password hashing is slow on a busy machine). */
export async function must(path: string, init: Parameters<typeof api>[1], expected = [200, 201]) {
  let result = await api(path, init);
  for (let attempt = 1; (result.status === 503 || result.status === 504) && attempt < 5; attempt++) {
    await Bun.sleep(250 * attempt);
    result = await api(path, init);
  }
  if (!expected.includes(result.status)) throw new Error(`${init?.method ?? "GET"} ${path} → ${result.status} ${JSON.stringify(result.body)}`);
  return result.body;
}

/** Runs `work` over items with at most `limit` at once. */
async function pool<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index]!, index);
      }
    }),
  );
  return results;
}

function shuffle<T>(items: T[]): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

const DAYS = ["MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN"];
/** Weekly slot i: a 50-minute meeting; slots never overlap. */
function slotMeeting(i: number) {
  const start = 7 * 60 + Math.floor(i / DAYS.length) * 60;
  const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, "0")}:${String(m % 60).padStart(2, "0")}`;
  return { day: DAYS[i % DAYS.length]!, start_time: clock(start), end_time: clock(start + 50) };
}

export async function setUp(run: string) {
  const config = loadConfig();
  const adminPassword = env.EDUSTREAM_BENCH_ADMIN_PASSWORD || config.demoPassword;
  const signIn = async () => (await must("/api/v1/auth/login", { body: { username: env.EDUSTREAM_BENCH_ADMIN || "admin", password: adminPassword } })).access_token as string;
  const admin = await signIn();
  // Creating the students outlives an access token on a busy machine: a fresh one every 2 minutes.
  // One sign-in at a time: the workers asking together would count as that many failed attempts
  // on the admin account (each attempt counts until its password is checked) and lock it.
  let adminToken = { token: admin, at: Date.now() };
  let signingIn: Promise<void> | undefined;
  const freshAdmin = async () => {
    if (Date.now() - adminToken.at > 120_000) {
      signingIn ??= signIn().then((token) => void (adminToken = { token, at: Date.now() })).finally(() => (signingIn = undefined));
      await signingIn;
    }
    return adminToken.token;
  };
  const iso = (minutes: number) => new Date(Date.now() + minutes * 60_000).toISOString();
  const { term } = await must("/api/v1/terms", {
    token: admin,
    body: {
      code: `RUSH-${run}`,
      name: `Registration rush ${run}`,
      starts_on: "2099-01-10",
      ends_on: "2099-05-10",
      registration_opens_at: iso(-1),
      registration_closes_at: iso(120),
      add_drop_deadline: iso(120),
    },
  });
  const faculty = await pool(Array.from({ length: SECTIONS_PER_SLOT }, (_, k) => k), SETUP_CONCURRENCY, async (k) => {
    const { user } = await must("/api/v1/users", { token: admin, body: { username: `rush${run}f${k}`.toLowerCase(), password: PASSWORD, name: `Rush Professor ${k}`, role: "FACULTY" } });
    return user.id as string;
  });
  const sectionIds: string[][] = [];
  for (let slot = 0; slot < SLOTS; slot++) {
    let course: { id: string } | undefined;
    for (let attempt = 0; !course; attempt++) {
      const code = `CS ${9000 + Math.floor(Math.random() * 1000)}${String.fromCharCode(65 + Math.floor(Math.random() * 26))}`;
      const created = await api("/api/v1/courses", { token: admin, body: { code, title: `Rush seminar ${run} #${slot + 1}`, credits: 1, department: "CS" } });
      if (created.status === 201) course = created.body.course;
      else if (created.status !== 409 || attempt > 20) throw new Error(`create course → ${created.status} ${JSON.stringify(created.body)}`);
    }
    sectionIds.push(
      await pool(Array.from({ length: SECTIONS_PER_SLOT }, (_, k) => k), SETUP_CONCURRENCY, async (k) => {
        const { section } = await must("/api/v1/sections", {
          token: admin,
          body: { course_id: course!.id, term_id: term.id, code: String(k + 1).padStart(3, "0"), instructor_id: faculty[k], room: `RUSH ${run} ${k}`, meetings: [slotMeeting(slot)], capacity: CAPACITY },
        });
        return section.id as string;
      }),
    );
  }
  const started = performance.now();
  const students = await pool(Array.from({ length: STUDENTS }, (_, i) => i), SETUP_CONCURRENCY, async (i) => {
    const username = `rush${run}s${i}`.toLowerCase();
    // Created by the admin (self-registration is throttled per address). 409: an earlier attempt that timed out did create the account.
    await must("/api/v1/users", { token: await freshAdmin(), body: { username, password: PASSWORD, name: `Rush Student ${i}`, role: "STUDENT" } }, [201, 409]);
    const session = await must("/api/v1/auth/login", { body: { username, password: PASSWORD } });
    return { id: session.user.id as string, token: session.access_token as string };
  });
  console.log(`setup: term ${term.code}, ${SLOTS * SECTIONS_PER_SLOT} sections of ${CAPACITY} seats, ${STUDENTS} students (${((performance.now() - started) / 1000).toFixed(1)} s to register and sign in)`);
  return { config, termId: term.id as string, sectionIds, students };
}

export interface Outcome {
  student: string;
  section: string;
  status: number;
  ms: number;
  enrollmentId?: string;
  state?: string;
  replayed?: boolean;
  message?: string;
}

interface EnrollRequest {
  student: { id: string; token: string };
  section: string;
  key: string;
}

/**
 * How the rush sends the request at `index` of the plan from worker `worker`: with the lean
 * HTTP/1.1 client, its bytes built beforehand and one connection per worker; or with fetch.
 */
function enrollmentSender(work: EnrollRequest[]) {
  if (CLIENT === "fetch") {
    return {
      send: (index: number) => {
        const item = work[index]!;
        return api("/api/v1/enrollments", { token: item.student.token, body: { section_id: item.section }, headers: { "idempotency-key": item.key } });
      },
      close() {},
    };
  }
  const url = new URL(GATEWAY + "/api/v1/enrollments");
  const requests = work.map((item) =>
    encodeRequest("POST", url, { Authorization: `Bearer ${item.student.token}`, "Content-Type": "application/json", "Idempotency-Key": item.key }, JSON.stringify({ section_id: item.section })),
  );
  const connections = new Http1Pool(url, CONCURRENCY);
  return {
    send: async (index: number, worker: number) => {
      const response = await connections.connections[worker]!.request(requests[index]!);
      return { status: response.status, body: parseBody(response.body) };
    },
    close: () => connections.close(),
  };
}

async function rush(students: Array<{ id: string; token: string }>, sectionIds: string[][]) {
  // Each student takes one section in every slot; all requests shuffled together, some repeated with the same key.
  const work: EnrollRequest[] = shuffle(
    students.flatMap((student, s) =>
      sectionIds.flatMap((slot, i) => {
        const section = slot[Math.floor(Math.random() * slot.length)]!;
        const key = `rush-${s}-${i}`;
        return Math.random() < RETRY_SHARE ? [{ student, section, key }, { student, section, key }] : [{ student, section, key }];
      }),
    ),
  );
  const sender = enrollmentSender(work);
  const outcomes: Outcome[] = [];
  const deadline = performance.now() + DURATION_MS;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async (_, worker) => {
      while (next < work.length && performance.now() < deadline) {
        const index = next++;
        const item = work[index]!;
        const t0 = performance.now();
        const result = await sender.send(index, worker).catch((error: Error) => ({
          status: 0,
          body: { error: { message: error.message } },
        }));
        const ms = performance.now() - t0;
        outcomes.push({
          student: item.student.id,
          section: item.section,
          status: result.status,
          ms,
          enrollmentId: result.body?.enrollment?.id,
          state: result.body?.enrollment?.status,
          replayed: result.body?.replayed,
          message: result.body?.error?.message,
        });
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  sender.close();
  return { outcomes, seconds, planned: work.length };
}

/** Checks the rows and counters of the rush's sections against each other and against the answers. */
export async function checkInvariants(databaseUrl: string, sectionIds: string[], outcomes: Outcome[]) {
  const sql = postgres(databaseUrl, { max: 2, onnotice: () => {} });
  try {
    const problems: string[] = [];
    const over = await sql`select section_id, capacity, enrolled from section_seats where enrolled > capacity`;
    if (over.length) problems.push(`${over.length} sections over capacity`);
    const counters = await sql<Array<{ section_id: string; capacity: number; enrolled: number; waiting: number; rows: number; waitlisted: number }>>`
      select ss.section_id, ss.capacity, ss.enrolled, ss.waitlisted as waiting,
             (select count(*)::int from enrollments e where e.section_id = ss.section_id and e.status = 'ENROLLED') as rows,
             (select count(*)::int from enrollments e where e.section_id = ss.section_id and e.status = 'WAITLISTED') as waitlisted
      from section_seats ss where ss.section_id = any(${sectionIds}::uuid[])`;
    for (const c of counters) {
      if (c.rows !== c.enrolled) problems.push(`section ${c.section_id}: counter says ${c.enrolled} enrolled, ${c.rows} rows`);
      if (c.waiting !== c.waitlisted) problems.push(`section ${c.section_id}: counter says ${c.waiting} waitlisted, ${c.waitlisted} rows`);
      if (c.waitlisted > 0 && c.enrolled < c.capacity) problems.push(`section ${c.section_id}: ${c.waitlisted} waitlisted while ${c.capacity - c.enrolled} seats are free`);
    }
    const duplicates = await sql`select student_id, section_id from enrollments where section_id = any(${sectionIds}::uuid[]) group by 1, 2 having count(*) > 1`;
    if (duplicates.length) problems.push(`${duplicates.length} duplicate (student, section) rows`);
    const rows = await sql<Array<{ id: string; student_id: string; section_id: string; status: string }>>`
      select id, student_id, section_id, status from enrollments where section_id = any(${sectionIds}::uuid[])`;
    const byId = new Map(rows.map((r) => [r.id, r]));
    const firstIdOf = new Map<string, string>();
    let missing = 0;
    for (const o of outcomes.filter((o) => o.status === 201)) {
      const row = o.enrollmentId ? byId.get(o.enrollmentId) : undefined;
      if (!row || row.student_id !== o.student || row.section_id !== o.section || row.status !== o.state) missing++;
      const pair = `${o.student}/${o.section}`;
      if (firstIdOf.has(pair) && firstIdOf.get(pair) !== o.enrollmentId) problems.push(`two different enrollments answered for ${pair}`);
      firstIdOf.set(pair, o.enrollmentId ?? "");
    }
    if (missing) problems.push(`${missing} accepted requests without their row`);
    const seats = counters.reduce((sum, c) => sum + c.enrolled, 0);
    const waitlisted = counters.reduce((sum, c) => sum + c.waitlisted, 0);
    return { problems, seats, waitlisted, sections: counters.length, missing, duplicates: duplicates.length };
  } finally {
    await sql.end({ timeout: 5 });
  }
}

async function main() {
  requireLoopback(GATEWAY, "EDUSTREAM_BENCH_URL");
  const ready = await api("/readyz").catch(() => ({ status: 0, body: undefined }));
  if (ready.status !== 200) {
    console.error(`The system at ${GATEWAY} is not ready (${ready.status}). Start it with \`bun run start\`.`);
    process.exit(1);
  }
  const run = Date.now().toString(36).slice(-6).toUpperCase();
  const { config, sectionIds, students } = await setUp(run);
  console.log(`rush: ${CONCURRENCY} in flight (${CLIENT} client) for at most ${DURATION_MS / 1000} s ...`);
  const supervisorPid = supervisorOf(Number(new URL(GATEWAY).port || 80));
  const cpuBefore = cpuByNode(supervisorPid);
  const busyBefore = machineBusySeconds();
  const loadBefore = loadavg()[0]!;
  const { outcomes, seconds, planned } = await rush(students, sectionIds);
  const cpuAfter = cpuByNode(supervisorPid);
  const busy = machineBusySeconds() - busyBefore;

  const latencies = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const accepted = outcomes.filter((o) => o.status === 201);
  const byStatus = new Map<string, number>();
  for (const o of outcomes) {
    const label = o.status === 201 ? `201 ${o.replayed ? "replayed" : o.state}` : `${o.status} ${(o.message ?? "").replace(/[0-9a-f-]{36}|\d+/g, "#").slice(0, 60)}`;
    byStatus.set(label, (byStatus.get(label) ?? 0) + 1);
  }
  const serverErrors = outcomes.filter((o) => o.status >= 500 || o.status === 0).length;
  const databaseUrl = databaseUrlFor(config, "courses");
  requireLoopback(databaseUrl.replace(/^postgres(ql)?:/, "http:"), "The database");
  const invariants = await checkInvariants(databaseUrl, sectionIds.flat(), outcomes);

  const report = {
    machine: { cpus: cpus().length, cpu_model: cpus()[0]?.model ?? "unknown", memory_gb: +(totalmem() / 2 ** 30).toFixed(1), bun: Bun.version },
    settings: { students: STUDENTS, sections: SLOTS * SECTIONS_PER_SLOT, capacity: CAPACITY, concurrency: CONCURRENCY, duration_limit_s: DURATION_MS / 1000, retry_share: RETRY_SHARE, client: CLIENT },
    requests: outcomes.length,
    planned,
    seconds: +seconds.toFixed(2),
    requests_per_second: Math.round(outcomes.length / seconds),
    enrollments_per_second: Math.round(accepted.filter((o) => !o.replayed).length / seconds),
    latency_ms: { p50: +percentile(latencies, 50).toFixed(1), p95: +percentile(latencies, 95).toFixed(1), p99: +percentile(latencies, 99).toFixed(1), max: +(latencies.at(-1) ?? 0).toFixed(1) },
    // CPU time each part of the system spent per request during the rush (all processes share the cores).
    cpu_ms_per_request: Object.fromEntries(
      [...cpuAfter.entries()].map(([node, total]) => [node, +(((total - (cpuBefore.get(node) ?? 0)) * 1000) / Math.max(1, outcomes.length)).toFixed(3)]).sort((a, b) => (b[1] as number) - (a[1] as number)),
    ),
    // Everything the machine did during the rush per request, and the share of the cores used; "other" is what ran outside the system and the benchmark.
    machine_cpu_ms_per_request: +((busy * 1000) / Math.max(1, outcomes.length)).toFixed(3),
    other_cpu_ms_per_request: +(((busy - [...cpuAfter.entries()].reduce((sum, [node, total]) => sum + total - (cpuBefore.get(node) ?? 0), 0)) * 1000) / Math.max(1, outcomes.length)).toFixed(3),
    cores_busy: +(busy / seconds).toFixed(2),
    load_average_before: +loadBefore.toFixed(2),
    processes: Object.fromEntries(copies),
    outcomes: Object.fromEntries([...byStatus.entries()].sort((a, b) => b[1] - a[1])),
    server_errors: serverErrors,
    invariants: { ok: invariants.problems.length === 0, problems: invariants.problems.slice(0, 20), seats_taken: invariants.seats, waitlisted: invariants.waitlisted, sections: invariants.sections },
  };
  console.log(JSON.stringify(report, null, 2));
  if (!report.invariants.ok || serverErrors > 0) process.exit(1);
}

if (import.meta.main) await main();
