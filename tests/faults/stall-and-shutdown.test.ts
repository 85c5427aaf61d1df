// Faults on a system that uses an external PostgreSQL server (EDUSTREAM_DATABASE_URL), started
// under PM2 as users start it: the database server restarted (or, when a restart would disturb
// other users of the server, every connection of our databases terminated) under load; a
// service that stalls (SIGSTOP) cut off by deadlines while other routes stay responsive; and
// SIGTERM during load: requests in flight finish, new ones are refused, nothing half-written.
// Without a reachable server the external part falls back to the embedded PostgreSQL. The server
// is EDUSTREAM_FAULT_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres); it is
// really restarted only with EDUSTREAM_FAULT_PG_RESTART=1, else our connections are terminated.
import { setDefaultTimeout, afterAll, afterEach, beforeAll, describe, expect, test } from "bun:test";
import postgres from "postgres";
import { newFaculty, type Person } from "../system/enrollment-fixtures";
import { checkInvariants, Ledger, Recorder, readers, rush, type Student } from "./support/load";
import { ms, Report } from "./support/report";
import { isReady, openSections, settled, startFaultSystem, waitFor, watchDatabase, type FaultSystem } from "./support/system";
import { alive } from "../../scripts/embedded-postgres";

setDefaultTimeout(30_000); // see tests/support/preload.ts

const EXTERNAL_URL = process.env.EDUSTREAM_FAULT_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const DEADLINE_MS = 2000;
const report = new Report("stall-and-shutdown");

let system: FaultSystem;
let external = false;
let students: Student[];
let faculty: Person;


async function reachable(url: string): Promise<boolean> {
  const sql = postgres(url, { max: 1, connect_timeout: 2, onnotice: () => {} });
  try {
    await sql`select 1`;
    return true;
  } catch {
    return false;
  } finally {
    await sql.end({ timeout: 1 }).catch(() => {});
  }
}

beforeAll(async () => {
  external = await reachable(EXTERNAL_URL);
  const started = performance.now();
  system = await startFaultSystem("ext", external ? { databaseUrl: EXTERNAL_URL } : {});
  report.add({ step: `bun run start (${external ? "external PostgreSQL, fresh databases" : "embedded PostgreSQL"})`, ms: ms(performance.now() - started) });
  faculty = await newFaculty(system);
  students = [];
  for (let i = 1; i <= 40; i += 5) {
    const batch = await Promise.all([i, i + 1, i + 2, i + 3, i + 4].map((n) => system.login(`student${n}`)));
    students.push(...batch.map((s) => ({ id: s.user.id, username: s.user.username, token: s.access_token })));
  }
}, 120_000);

// Each fault starts on a settled system: every gateway copy reaches every service again.
afterEach(async () => {
  if (system) await settled(system);
}, 70_000);

afterAll(async () => {
  report.save();
  await system?.stop();
}, 60_000);

/** A term with one section per capacity (Sundays, no clashes). */
const sectionsFor = (capacities: number[]) => openSections(system, faculty.id, capacities, "SUN");

function readerTargets(termId: string) {
  const g = `${system.gatewayUrl}/api/v1`;
  const token = students[0]!.token;
  return [
    { label: "auth", url: `${g}/me`, token },
    { label: "course", url: `${g}/terms` },
    { label: "catalog", url: `${g}/courses?q=data&page_size=5` },
    { label: "enrollment", url: `${g}/me/enrollments?term=${termId}`, token },
    { label: "grades", url: `${g}/me/grades`, token },
  ];
}

/** The cluster (version, name) serving `url` on this machine, from pg_lsclusters. */
function localCluster(url: string): { version: string; name: string } | undefined {
  const { hostname, port } = new URL(url);
  if (!["127.0.0.1", "localhost"].includes(hostname)) return undefined;
  const listed = Bun.spawnSync(["pg_lsclusters", "-h"], { stdout: "pipe", stderr: "pipe" });
  if (listed.exitCode !== 0) return undefined;
  for (const line of listed.stdout.toString().trim().split("\n")) {
    const [version, name, clusterPort, state] = line.split(/\s+/);
    if (clusterPort === (port || "5432") && state === "online" && version && name) return { version, name };
  }
  return undefined;
}

describe("the database server goes away under load", () => {
  test("the nodes reconnect by themselves, without a restart; /readyz is 503 meanwhile; nothing lost or doubled", async () => {
    const { term, sectionIds } = await sectionsFor([8, 8, 4, 16]);
    const before = await system.apps();
    const recorder = new Recorder();
    const ledger = new Ledger();
    const background = readers(recorder, readerTargets(term.id));
    const load = rush({ gatewayUrl: system.gatewayUrl, students, sectionIds, durationMs: 3000, recorder, ledger, run: "db-restart" });
    await Bun.sleep(700);

    let fault: string;
    const admin = postgres(external ? EXTERNAL_URL : system.config.databaseUrl, { max: 1, onnotice: () => {} });
    const ours = Object.values(system.config.databases);
    // A real restart of the server only when asked for (EDUSTREAM_FAULT_PG_RESTART=1: it restarts a
    // cluster of this machine with pg_ctlcluster) and nobody else uses it right now.
    const cluster = external && process.env.EDUSTREAM_FAULT_PG_RESTART === "1" ? localCluster(EXTERNAL_URL) : undefined;
    const others = cluster
      ? (await admin<{ n: number }[]>`select count(*)::int as n from pg_stat_activity where datname is not null and datname <> all(${ours}) and pid <> pg_backend_pid()`)[0]!.n
      : -1;
    let sawNotReady = false;
    let watching = true;
    const watch = (async () => {
      while (watching && !sawNotReady) {
        sawNotReady = (await fetch(`${system.gatewayUrl}/readyz`).then((r) => r.status)) === 503;
        await Bun.sleep(50);
      }
    })();
    const faultAt = performance.now();
    const dbBack = watchDatabase(external ? EXTERNAL_URL : system.config.databaseUrl, faultAt);
    if (cluster && others === 0) {
      // A restart as an operator does it: fast shutdown (sessions cut), 2 s down, start.
      fault = `pg_ctlcluster ${cluster.version} ${cluster.name} stop -m fast, 2 s down, start (external server)`;
      await admin.end({ timeout: 1 });
      const pgctl = async (...args: string[]) => expect(await Bun.spawn(["pg_ctlcluster", cluster.version, cluster.name, ...args], { stdout: "pipe", stderr: "pipe" }).exited).toBe(0);
      await pgctl("stop", "-m", "fast");
      await Bun.sleep(2000);
      await pgctl("start");
    } else {
      fault = external
        ? `pg_terminate_backend of every connection to our databases, twice 300 ms apart (${others > 0 ? `server in use by ${others} other sessions` : "EDUSTREAM_FAULT_PG_RESTART not set"}: not restarted)`
        : "pg_terminate_backend of every connection (embedded server)";
      // Twice, 300 ms apart: connections the pools reopen at once are cut again.
      for (let i = 0; i < 2; i++) {
        await admin`select pg_terminate_backend(pid) from pg_stat_activity where datname = any(${ours}) and pid <> pg_backend_pid()`;
        await Bun.sleep(300);
      }
      await admin.end({ timeout: 1 });
    }
    await waitFor(() => isReady(system), 30_000);
    watching = false;
    await watch;
    const readyMs = performance.now() - faultAt;
    await waitFor(async () => {
      const a = await recorder.request("enrollment-probe", readerTargets(term.id)[3]!.url, { headers: { authorization: `Bearer ${students[0]!.token}` } });
      return a.status === 200 && a.at > faultAt;
    }, 30_000);
    const recoverMs = performance.now() - faultAt;
    const dbBackMs = await Promise.race([dbBack, Bun.sleep(100).then(() => undefined)]);
    await load;
    await background.stop();
    const after = await system.apps();

    // No node restarted: each reconnected by itself.
    const pids = (list: typeof before) => list.filter((a) => a.name !== "edustream-postgres").map((a) => `${a.name}#${a.pid}:${a.restarts}`).sort();
    expect(pids(after)).toEqual(pids(before));
    const unexpected = recorder.answers.filter((a) => a.status === 0 || (a.status >= 500 && a.status !== 503 && a.status !== 504));
    expect(unexpected.map((a) => `${a.label} ${a.status} ${a.error ?? JSON.stringify(a.body)}`)).toEqual([]);
    expect(recorder.maxMs()).toBeLessThan(DEADLINE_MS + 1500);
    const invariants = await checkInvariants(system.sql("courses"), sectionIds, ledger);
    if (fault.startsWith("pg_ctlcluster")) expect(sawNotReady).toBe(true);
    report.add({ fault, requests: recorder.count(), statuses: recorder.statuses(), sawNotReady, slowestAnswerMs: ms(recorder.maxMs()), databaseBackMs: dbBackMs === undefined ? null : ms(dbBackMs), readyAgainMs: ms(readyMs), recoverMs: ms(recoverMs), readyAfterDatabaseBackMs: dbBackMs === undefined ? null : ms(readyMs - dbBackMs), retries: ledger.retries, ...invariants });
  }, 90_000);
});

describe("a stalled service (SIGSTOP)", () => {
  test("calls to it are cut off at the deadline with 504; other routes and /readyz stay quick; after SIGCONT all is well", async () => {
    const { term, sectionIds } = await sectionsFor([6, 6]);
    const recorder = new Recorder();
    const ledger = new Ledger();
    const targets = readerTargets(term.id);
    const background = readers(recorder, targets);
    await Bun.sleep(300);
    const pid = await system.pidOf("enrollment");
    const stalledAt = performance.now();
    process.kill(pid, "SIGSTOP");
    let resumedAt = Infinity;
    try {
      // Enrollments during the stall: cut off at the deadline, retried with the same key.
      const load = rush({ gatewayUrl: system.gatewayUrl, students: students.slice(0, 12), sectionIds, durationMs: 1500, recorder, ledger, run: "stall" });
      const ready = await recorder.request("readyz", `${system.gatewayUrl}/readyz`);
      expect(ready.status).toBe(503);
      expect(ready.body.services.enrollment).toBe("NOT_SERVING");
      expect(ready.ms).toBeLessThan(1500);
      await Bun.sleep(3000);
      process.kill(pid, "SIGCONT");
      resumedAt = performance.now();
      await load;
    } finally {
      process.kill(pid, "SIGCONT");
    }
    await waitFor(() => isReady(system), 15_000);
    const recoverMs = performance.now() - resumedAt;
    await background.stop();

    const stalled = (a: { at: number; ms: number }) => a.at >= stalledAt && a.at + a.ms <= resumedAt;
    const cutOff = recorder.answers.filter((a) => stalled(a) && (a.label === "enrollment" || a.label === "enroll" || a.label === "drop"));
    expect(cutOff.length).toBeGreaterThan(0);
    expect(cutOff.every((a) => a.status === 504 && a.body.error.status === "DEADLINE_EXCEEDED")).toBe(true);
    expect(Math.max(...cutOff.map((a) => a.ms))).toBeLessThan(DEADLINE_MS + 1000);
    // Routes that do not need the stalled service answer as usual.
    const others = recorder.answers.filter((a) => stalled(a) && ["auth", "course", "catalog", "grades"].includes(a.label));
    expect(others.length).toBeGreaterThan(20);
    expect(others.every((a) => a.status === 200)).toBe(true);
    const slowestOther = Math.max(...others.map((a) => a.ms));
    expect(slowestOther).toBeLessThan(1000);
    expect(recorder.answers.filter((a) => a.status === 0 || (a.status >= 500 && a.status !== 503 && a.status !== 504))).toEqual([]);
    const invariants = await checkInvariants(system.sql("courses"), sectionIds, ledger);
    report.add({
      fault: "SIGSTOP enrollment for 3 s",
      requests: recorder.count(),
      statuses: recorder.statuses(),
      cutOffAt504: cutOff.length,
      slowestCutOffMs: ms(Math.max(...cutOff.map((a) => a.ms))),
      otherRoutesDuringStall: others.length,
      slowestOtherRouteMs: ms(slowestOther),
      recoverAfterSigcontMs: ms(recoverMs),
      retries: ledger.retries,
      ...invariants,
    });
  }, 60_000);
});

describe("graceful shutdown (SIGTERM) under load", () => {
  /** Holds the section's enrollment lock so enroll calls wait inside the service, in flight. */
  async function holdSectionLock(sectionId: string) {
    const sql = system.sql("courses");
    let release!: () => void;
    const released = new Promise<void>((r) => (release = r));
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => (locked = r));
    const done = sql.begin(async (tx) => {
      await tx`select registration_lock_section(${sectionId}::uuid)`;
      locked();
      await released;
    });
    await isLocked;
    return { release: async () => (release(), await done) };
  }

  test("enrollment: calls in flight finish and commit, new calls get 503, PM2 brings it back, nothing half-written", async () => {
    const { sectionIds } = await sectionsFor([10]);
    const sectionId = sectionIds[0]!;
    const lock = await holdSectionLock(sectionId);
    const recorder = new Recorder();
    const ledger = new Ledger();
    const enrollAs = (s: Student) =>
      recorder.request("in-flight enroll", `${system.gatewayUrl}/api/v1/enrollments`, {
        method: "POST",
        headers: { authorization: `Bearer ${s.token}`, "content-type": "application/json", "idempotency-key": `term-${s.username}` },
        body: JSON.stringify({ section_id: sectionId }),
      });
    // The pid first: asking PM2 takes a while on a busy machine, and the calls in flight have 2 s.
    const pid = await system.pidOf("enrollment");
    const inFlight = students.slice(0, 8).map(enrollAs);
    await Bun.sleep(400); // they are now waiting for the lock inside the enrollment service
    const termAt = performance.now();
    process.kill(pid, "SIGTERM");
    await Bun.sleep(200);
    const refused = await recorder.request("new call", `${system.gatewayUrl}/api/v1/me/enrollments`, { headers: { authorization: `Bearer ${students[9]!.token}` } });
    await Bun.sleep(300);
    await lock.release();
    const finished = await Promise.all(inFlight);
    await waitFor(async () => !alive(pid), 15_000);
    const exitedMs = performance.now() - termAt;
    await system.waitRestarted("enrollment", pid);
    await waitFor(() => isReady(system), 15_000);
    const recoverMs = performance.now() - termAt;

    expect(finished.map((a) => a.status)).toEqual(Array(8).fill(201));
    expect(refused.status).toBe(503);
    for (const [i, a] of finished.entries()) {
      ledger.accepted++;
      ledger.told.set(`${students[i]!.id}:${sectionId}`, a.body.enrollment.status);
      ledger.ids.set(a.body.enrollment.id, `${students[i]!.id}:${sectionId}`);
    }
    const invariants = await checkInvariants(system.sql("courses"), sectionIds, ledger);
    expect(invariants.rows).toBe(8);
    report.add({ fault: "SIGTERM enrollment with 8 enrolls in flight", inFlightFinished: finished.filter((a) => a.status === 201).length, newCallDuringShutdown: refused.status, newCallMs: ms(refused.ms), exitedAfterMs: ms(exitedMs), backInMs: ms(recoverMs), ...invariants });
  }, 60_000);

  test("gateway (one of two copies): requests in flight finish, new connections go to the other copy; no request fails", async () => {
    const { term, sectionIds } = await sectionsFor([10]);
    const sectionId = sectionIds[0]!;
    const pid = await system.pidOf("gateway", 0);
    const lock = await holdSectionLock(sectionId);
    const recorder = new Recorder();
    const background = readers(recorder, readerTargets(term.id));
    // Fresh connections for the slow requests, spread over both copies.
    const inFlight = students.slice(10, 20).map((s) =>
      recorder.request("in-flight enroll", `${system.gatewayUrl}/api/v1/enrollments`, {
        method: "POST",
        headers: { authorization: `Bearer ${s.token}`, "content-type": "application/json", connection: "close" },
        body: JSON.stringify({ section_id: sectionId }),
      }),
    );
    await Bun.sleep(400);
    const termAt = performance.now();
    process.kill(pid, "SIGTERM");
    await Bun.sleep(300);
    await lock.release();
    const finished = await Promise.all(inFlight);
    const newPid = await system.waitRestarted("gateway", pid);
    const backMs = performance.now() - termAt;
    await Bun.sleep(300);
    await background.stop();

    expect(newPid).not.toBe(pid);
    expect(finished.map((a) => a.status)).toEqual(Array(10).fill(201));
    const failed = recorder.answers.filter((a) => a.status === 0 || a.status >= 500);
    expect(failed.map((a) => `${a.label} ${a.status} ${a.error ?? ""}`)).toEqual([]);
    const seats = await system.sql("courses")`select enrolled from section_seats where section_id = ${sectionId}`;
    expect(seats[0]!.enrolled).toBe(10);
    report.add({ fault: "SIGTERM one gateway copy with 10 requests in flight", requests: recorder.count(), statuses: recorder.statuses(), inFlightFinished: finished.filter((a) => a.status === 201).length, failed: failed.length, backInMs: ms(backMs) });
  }, 60_000);
});
