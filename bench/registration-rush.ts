// Registration-rush benchmark: against a running EduStream, creates a term open for
// registration, faculty, one-credit courses in non-overlapping weekly slots with several sections
// each, and many fresh students; then fires enrollments (every rule checked: window, duplicates,
// time conflicts, credit limit, prerequisites lookup, seats/waitlist) with bounded concurrency for
// a bounded time, reports throughput, latency percentiles and outcomes by status, and finally
// checks the invariants in the database. Two paths, one after the other in the same run, each
// with its own term and students: `api` (POST /api/v1/enrollments on the REST gateway) and `view`
// (students signed in through the portal's sign-in form click Add: the htmx request of the
// section card's form, with their cookies and CSRF token; bench/support/view-rush.ts).
//
//   bun run bench:rush                        # defaults below
//   BENCH_STUDENTS=2000 BENCH_CONCURRENCY=64 bun run bench:rush
//
// Settings (environment): EDUSTREAM_BENCH_URL (gateway, default http://127.0.0.1:5001; loopback
// only), EDUSTREAM_BENCH_VIEW_URL (view, default http://127.0.0.1:5000; loopback only),
// BENCH_PATHS (api,view: which paths, in that order), BENCH_STUDENTS (1200 per path), BENCH_SLOTS (15 one-credit slots a student takes), BENCH_SECTIONS_PER_SLOT
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
import { addClickRequest, addFormOf, clickOutcome, signInThroughView } from "./support/view-rush";
import { checkInvariants, type Outcome } from "./support/invariants";
import { MIX, mixOutcomes, mixWork, prepareMix, type MixItem } from "./support/rush-mix";

export { checkInvariants, type Outcome };

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
const VIEW = (env.EDUSTREAM_BENCH_VIEW_URL || "http://127.0.0.1:5000").replace(/\/$/, "");
const PATHS = (env.BENCH_PATHS || "api,view").split(",").map((p) => p.trim()) as Array<"api" | "view" | "mix">;
if (!PATHS.length || PATHS.some((p) => p !== "api" && p !== "view" && p !== "mix")) throw new Error(`BENCH_PATHS must list api, view and/or mix, got "${env.BENCH_PATHS}"`);
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

/**
 * A setup call that must succeed; retried a few times on 503/504 (password hashing is slow on a
 * busy machine) and after the wait a 429 names (sign-in throttling of this address).
 */
export async function must(path: string, init: Parameters<typeof api>[1], expected = [200, 201]) {
  let result = await api(path, init);
  for (let attempt = 1; [429, 503, 504].includes(result.status) && attempt < 5; attempt++) {
    const retryAfter = Number(result.body?.error?.details?.[0]?.retry_after_seconds ?? 0);
    await Bun.sleep(result.status === 429 ? Math.min(60, retryAfter + 1) * 1000 : 250 * attempt);
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

/** Creates the rush's term, faculty, sections and students; `apiLogin: false` leaves the students to sign in elsewhere (the view). */
export async function setUp(run: string, options: { apiLogin?: boolean } = {}) {
  const apiLogin = options.apiLogin ?? true;
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
    const created = await must("/api/v1/users", { token: await freshAdmin(), body: { username, password: PASSWORD, name: `Rush Student ${i}`, role: "STUDENT" } }, [201, 409]);
    if (!apiLogin && created?.user?.id) return { id: created.user.id as string, token: "", username };
    const session = await must("/api/v1/auth/login", { body: { username, password: PASSWORD } });
    return { id: session.user.id as string, token: session.access_token as string, username };
  });
  console.log(`setup: term ${term.code}, ${SLOTS * SECTIONS_PER_SLOT} sections of ${CAPACITY} seats, ${STUDENTS} students (${((performance.now() - started) / 1000).toFixed(1)} s to register${apiLogin ? " and sign in" : ""})`);
  return { config, termId: term.id as string, sectionIds, students };
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
function enrollmentSender(work: EnrollRequest[]): Sender {
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

/** The rush's requests: each student takes one section in every slot; all shuffled together, some repeated with the same key. */
function plan(students: Array<{ id: string; token: string }>, sectionIds: string[][]): EnrollRequest[] {
  return shuffle(
    students.flatMap((student, s) =>
      sectionIds.flatMap((slot, i) => {
        const section = slot[Math.floor(Math.random() * slot.length)]!;
        const key = `rush-${s}-${i}`;
        return Math.random() < RETRY_SHARE ? [{ student, section, key }, { student, section, key }] : [{ student, section, key }];
      }),
    ),
  );
}

/** How a request is sent; a sender whose requests answer several outcomes (a plan's Register, a swap) lists them. */
type Sender = { send(index: number, worker: number): Promise<{ status: number; body: any; outcomes?: Outcome[] }>; close(): void };

/** Fires the planned requests with CONCURRENCY in flight for at most DURATION_MS. */
async function rush(work: EnrollRequest[], sender: Sender) {
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
        if ("outcomes" in result && result.outcomes) {
          outcomes.push(...result.outcomes);
          continue;
        }
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

/** The mix's requests over fetch: an enroll (then its swap, at once), or a plan's Register. */
function mixSender(items: MixItem[]): Sender {
  return {
    send: async (index) => {
      const item = items[index]!;
      const t0 = performance.now();
      if (item.kind === "register") {
        const result = await api("/api/v1/me/plan/register", { token: item.student.token, body: {} });
        return { ...result, outcomes: mixOutcomes(item, result, performance.now() - t0) };
      }
      const result = await api("/api/v1/enrollments", { token: item.student.token, body: { section_id: item.section }, headers: { "idempotency-key": item.key } });
      const [enrolled] = mixOutcomes(item, result, performance.now() - t0);
      if (!item.swapTo || result.body?.enrollment?.status !== "ENROLLED") return { ...result, outcomes: [enrolled!] };
      const t1 = performance.now();
      const swap = await api(`/api/v1/enrollments/${result.body.enrollment.id}/swap`, { token: item.student.token, body: { section_id: item.swapTo, waitlist: true }, headers: { "idempotency-key": `${item.key}-swap` } });
      // A dropped now, or later by B's promotion: the enroll's answer no longer says what the row is.
      if (swap.status === 200) enrolled!.superseded = true;
      return { ...result, outcomes: [enrolled!, ...mixOutcomes({ ...item, section: item.swapTo }, swap, performance.now() - t1).map((o) => ({ ...o, status: swap.status === 200 ? 201 : o.status }))] };
    },
    close() {},
  };
}

/** The Add clicks of the view path: each student's htmx POST of the section card's form, over the lean client. */
async function viewClickSender(work: EnrollRequest[], students: Array<{ id: string; username: string }>, sectionIds: string[]): Promise<Sender> {
  const started = performance.now();
  const sessions = new Map(
    await pool(students, SETUP_CONCURRENCY, async (student) => [student.id, await signInThroughView(VIEW, student.username, PASSWORD)] as const),
  );
  // The card's form as the page renders it, read once per section; every student sends its fields
  // with their own CSRF token and key. The waitlist field is "true", as the card sends it when the
  // section is full: a section filling during the rush waitlists the student, as the API path does.
  const first = sessions.values().next().value!;
  const forms = new Map(await pool(sectionIds, SETUP_CONCURRENCY, async (id) => [id, await addFormOf(VIEW, first, id)] as const));
  for (const form of forms.values()) form.fields.waitlist = "true";
  console.log(`view: ${sessions.size} students signed in through the sign-in form, ${forms.size} Add forms read (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  const requests = work.map((item) => addClickRequest(VIEW, sessions.get(item.student.id)!, forms.get(item.section)!, item.key));
  const connections = new Http1Pool(new URL(VIEW), CONCURRENCY);
  return {
    send: async (index, worker) => {
      const response = await connections.connections[worker]!.request(requests[index]!);
      const outcome = clickOutcome(response.status, response.body);
      return { status: response.status, body: { enrollment: outcome.state ? { status: outcome.state } : undefined, error: { message: outcome.message } } };
    },
    close: () => connections.close(),
  };
}

/** One path's rush (setup, requests, CPU, invariants) and its report. */
async function measure(path: "api" | "view" | "mix", run: string) {
  const { config, sectionIds, students, termId } = await setUp(`${run}${path === "view" ? "V" : path === "mix" ? "M" : "A"}`, { apiLogin: path !== "view" });
  let work: Array<{ student: { id: string; token: string }; section: string; key: string }>;
  let sender: Sender;
  if (path === "mix") {
    const admin = (await must("/api/v1/auth/login", { body: { username: env.EDUSTREAM_BENCH_ADMIN || "admin", password: env.EDUSTREAM_BENCH_ADMIN_PASSWORD || config.demoPassword } })).access_token as string;
    const planned = await prepareMix(must, pool, { admin, termId, students, sectionIds });
    const items = shuffle(mixWork(students, sectionIds, planned, RETRY_SHARE));
    console.log(`mix: appointment group open, ${planned.size} students planned ${MIX.planned} sections each`);
    work = items;
    sender = mixSender(items);
  } else {
    work = plan(students, sectionIds);
    sender = path === "api" ? enrollmentSender(work) : await viewClickSender(work, students, sectionIds.flat());
  }
  console.log(`rush (${path}): ${CONCURRENCY} in flight (${CLIENT === "fetch" && path === "api" ? "fetch" : "http1"} client) for at most ${DURATION_MS / 1000} s ...`);
  const supervisorPid = supervisorOf(Number(new URL(GATEWAY).port || 80));
  const cpuBefore = cpuByNode(supervisorPid);
  const busyBefore = machineBusySeconds();
  const loadBefore = loadavg();
  const { outcomes, seconds } = await rush(work, sender);
  const cpuAfter = cpuByNode(supervisorPid);
  const busy = machineBusySeconds() - busyBefore;

  const latencies = outcomes.map((o) => o.ms).sort((a, b) => a - b);
  const taken = outcomes.filter((o) => o.status < 300 && (o.state === "ENROLLED" || o.state === "WAITLISTED"));
  const byStatus = new Map<string, number>();
  for (const o of outcomes) {
    const label = o.state ? `${o.status} ${o.replayed ? "replayed" : o.state}` : `${o.status} ${(o.message ?? "").replace(/[0-9a-f-]{36}|\d+/g, "#").slice(0, 60)}`;
    byStatus.set(label, (byStatus.get(label) ?? 0) + 1);
  }
  const serverErrors = outcomes.filter((o) => o.status >= 500 || o.status === 0).length;
  const databaseUrl = databaseUrlFor(config, "courses");
  requireLoopback(databaseUrl.replace(/^postgres(ql)?:/, "http:"), "The database");
  const invariants = await checkInvariants(databaseUrl, sectionIds.flat(), outcomes);
  const spent = (node: string, total: number) => total - (cpuBefore.get(node) ?? 0);
  return {
    requests: outcomes.length,
    planned: work.length,
    seconds: +seconds.toFixed(2),
    requests_per_second: Math.round(outcomes.length / seconds),
    // Seats and waitlist places taken: each (student, section) once, a retried request not again.
    enrollments_per_second: Math.round(new Set(taken.map((o) => `${o.student}/${o.section}`)).size / seconds),
    latency_ms: { p50: +percentile(latencies, 50).toFixed(1), p95: +percentile(latencies, 95).toFixed(1), p99: +percentile(latencies, 99).toFixed(1), max: +(latencies.at(-1) ?? 0).toFixed(1) },
    // CPU time each part of the system spent per request during the rush (all processes share the cores).
    cpu_ms_per_request: Object.fromEntries(
      [...cpuAfter.entries()].map(([node, total]) => [node, +((spent(node, total) * 1000) / Math.max(1, outcomes.length)).toFixed(3)]).sort((a, b) => (b[1] as number) - (a[1] as number)),
    ),
    // Everything the machine did during the rush per request, and the share of the cores used; "other" is what ran outside the system and the benchmark.
    machine_cpu_ms_per_request: +((busy * 1000) / Math.max(1, outcomes.length)).toFixed(3),
    other_cpu_ms_per_request: +(((busy - [...cpuAfter.entries()].reduce((sum, [node, total]) => sum + spent(node, total), 0)) * 1000) / Math.max(1, outcomes.length)).toFixed(3),
    cores_busy: +(busy / seconds).toFixed(2),
    load_average_before: loadBefore.map((l) => +l.toFixed(2)),
    processes: Object.fromEntries(copies),
    outcomes: Object.fromEntries([...byStatus.entries()].sort((a, b) => b[1] - a[1])),
    server_errors: serverErrors,
    invariants: { ok: invariants.problems.length === 0, problems: invariants.problems.slice(0, 20), seats_taken: invariants.seats, waitlisted: invariants.waitlisted, sections: invariants.sections },
  };
}

async function main() {
  requireLoopback(GATEWAY, "EDUSTREAM_BENCH_URL");
  if (PATHS.includes("view")) requireLoopback(VIEW, "EDUSTREAM_BENCH_VIEW_URL");
  const ready = await api("/readyz").catch(() => ({ status: 0, body: undefined }));
  const viewReady = PATHS.includes("view") ? await fetch(`${VIEW}/readyz`).then((r) => r.status, () => 0) : 200;
  if (ready.status !== 200 || viewReady !== 200) {
    console.error(`The system at ${GATEWAY} (gateway: ${ready.status}) and ${VIEW} (view: ${viewReady}) is not ready. Start it with \`bun run start\`.`);
    process.exit(1);
  }
  const run = Date.now().toString(36).slice(-6).toUpperCase();
  const paths: Record<string, Awaited<ReturnType<typeof measure>>> = {};
  for (const path of PATHS) {
    paths[path] = await measure(path, run);
    console.log(`${path}: ${JSON.stringify(paths[path])}`);
  }
  const report = {
    machine: { cpus: cpus().length, cpu_model: cpus()[0]?.model ?? "unknown", memory_gb: +(totalmem() / 2 ** 30).toFixed(1), bun: Bun.version },
    settings: { students: STUDENTS, sections: SLOTS * SECTIONS_PER_SLOT, capacity: CAPACITY, concurrency: CONCURRENCY, duration_limit_s: DURATION_MS / 1000, retry_share: RETRY_SHARE, client: CLIENT, paths: PATHS },
    ...paths,
    ...(paths.api && paths.view ? { view_share_of_api_enrollments: +(paths.view.enrollments_per_second / Math.max(1, paths.api.enrollments_per_second)).toFixed(2) } : {}),
  };
  console.log(JSON.stringify(report, null, 2));
  if (Object.values(paths).some((p) => !p.invariants.ok || p.server_errors > 0)) process.exit(1);
}

if (import.meta.main) await main();
