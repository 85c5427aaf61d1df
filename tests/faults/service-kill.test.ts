// Kill -9 during a registration rush, on a whole system started under PM2 as users start it.
// For each of the five gRPC services, then for the embedded PostgreSQL: PM2 brings the process
// back; meanwhile the gateway answers 503/504 in the JSON error shape within its deadline (the
// view says "try again"); afterwards every accepted enrollment is there exactly once, no seat is
// lost or double-taken and retries with the same Idempotency-Key did not double.
import { setDefaultTimeout, afterAll, afterEach, beforeAll, describe, expect, test } from "bun:test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { newFaculty, type Person } from "../system/enrollment-fixtures";
import { ViewBrowser } from "./support/browser";
import { checkInvariants, Ledger, Recorder, readers, rush, type Answer, type Student } from "./support/load";
import { ms, Report } from "./support/report";
import { isReady, openSections, settled, startFaultSystem, waitFor, watchDatabase, type FaultSystem } from "./support/system";

setDefaultTimeout(30_000); // see tests/support/preload.ts

const DEADLINE_MS = 2000; // EDUSTREAM_GRPC_DEADLINE_MS of the fault system
const HANG_LIMIT_MS = DEADLINE_MS + 1500;
const report = new Report("service-kill");

let system: FaultSystem;
let students: Student[];
let faculty: Person;
let professor: { token: string };

beforeAll(async () => {
  const started = performance.now();
  system = await startFaultSystem("kill");
  report.add({ step: "bun run start", ms: ms(performance.now() - started) });
  faculty = await newFaculty(system);
  professor = { token: (await system.login("faculty1")).access_token };
  // Sign-in hashes the password (argon2id, deliberately slow): a few at a time.
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

/** A term with four sections of one instructor (Saturdays, no clashes); capacities make waitlists. */
const rushSections = () => openSections(system, faculty.id, [8, 8, 4, 16], "SAT");

/** One reader per service, each on an endpoint that needs that service. */
function probes(termId: string) {
  const g = `${system.gatewayUrl}/api/v1`;
  const student = students[0]!.token;
  return {
    auth: { label: "auth", url: `${g}/me`, token: student },
    course: { label: "course", url: `${g}/terms` },
    enrollment: { label: "enrollment", url: `${g}/me/enrollments?term=${termId}`, token: student },
    grades: { label: "grades", url: `${g}/me/grades`, token: student },
    "faculty-grades": { label: "faculty-grades", url: `${g}/me/sections`, token: professor.token },
  } as const;
}

/** A view page that needs each service, and who looks at it. */
const VIEW_PAGES = { auth: ["/login", "student2"], course: ["/catalog", "student2"], enrollment: ["/schedule", "student2"], grades: ["/grades", "student2"], "faculty-grades": ["/teaching", "faculty1"] } as const;

/** Checks shared by every fault: no 500, errors in the JSON shape, nothing past the deadline. */
function expectCleanAnswers(recorder: Recorder) {
  const unexpected = recorder.answers.filter((a) => a.status === 0 || (a.status >= 500 && a.status !== 503 && a.status !== 504));
  expect(unexpected.map((a) => `${a.label} ${a.status} ${a.error ?? JSON.stringify(a.body)}`)).toEqual([]);
  const shapeless = recorder.answers.filter((a) => a.status >= 400 && !(a.body?.error?.code === a.status && typeof a.body.error.message === "string"));
  expect(shapeless.map((a) => `${a.label} ${a.status}`)).toEqual([]);
  expect(recorder.maxMs()).toBeLessThan(HANG_LIMIT_MS);
}

describe("kill -9 of a gRPC service during a registration rush", () => {
  for (const service of ["enrollment", "course", "grades", "auth", "faculty-grades"] as const) {
    test(`${service}: PM2 restarts it, the gateway answers 503 meanwhile, nothing lost or doubled`, async () => {
      const { term, sectionIds } = await rushSections();
      const target = probes(term.id)[service];
      const [page, viewer] = VIEW_PAGES[service];
      const browser = await ViewBrowser.signIn(system.viewUrl, viewer, system.config.demoPassword);
      const signingIn = new ViewBrowser(system.viewUrl);
      await signingIn.request("/login");
      const recorder = new Recorder();
      const ledger = new Ledger();
      const background = readers(recorder, Object.values(probes(term.id)));
      const load = rush({ gatewayUrl: system.gatewayUrl, students, sectionIds, durationMs: 2500, recorder, ledger, run: `kill-${service}` });

      await Bun.sleep(700);
      const pid = await system.pidOf(service);
      const killedAt = performance.now();
      process.kill(pid, "SIGKILL");
      // While it is down: the probe gets 503 fast, the view says "try again" in place.
      const down = await recorder.request(`${service}-down`, target.url, { headers: "token" in target ? { authorization: `Bearer ${target.token}` } : {} });
      // Signing in needs auth; every other page is looked at by a signed-in user.
      const viewDown = service === "auth" ? await signingIn.request("/login", { form: { username: viewer, password: system.config.demoPassword } }) : await browser.request(page);
      const recoveredMs = await waitFor(async () => {
        const a = await recorder.request(`${service}-probe`, target.url, { headers: "token" in target ? { authorization: `Bearer ${target.token}` } : {} });
        return a.status === 200 && a.at > killedAt;
      }, 30_000);
      const readyMs = performance.now() - killedAt + (await waitFor(() => isReady(system), 30_000));
      const newPid = await system.waitRestarted(service, pid);
      await load;
      await background.stop();

      expect(newPid).not.toBe(pid);
      expect(down.status).toBe(503);
      expect(down.body.error).toMatchObject({ code: 503, status: "UNAVAILABLE" });
      expect(down.ms).toBeLessThan(1000);
      expect([503, 504]).toContain(viewDown.status);
      expect(viewDown.html).toMatch(/try again/i);
      expectCleanAnswers(recorder);
      const invariants = await checkInvariants(system.sql("courses"), sectionIds, ledger);
      const whileDown = (a: Answer) => a.at >= killedAt && a.at <= killedAt + recoveredMs;
      report.add({
        fault: `kill -9 ${service}`,
        requests: recorder.count(),
        statuses: recorder.statuses(),
        answered503WhileDown: recorder.count((a) => whileDown(a) && a.status === 503),
        slowestAnswerMs: ms(recorder.maxMs()),
        slowestWhileDownMs: ms(recorder.maxMs(whileDown)),
        recoverMs: ms(recoveredMs),
        readyAgainMs: ms(readyMs),
        retries: ledger.retries,
        ...invariants,
      });
      expect(recoveredMs).toBeLessThan(15_000);
    }, 90_000);
  }
});

describe("kill -9 of the embedded PostgreSQL during a registration rush", () => {
  test("PM2 restarts it; the nodes reconnect without a restart; /readyz is 503 meanwhile", async () => {
    const { term, sectionIds } = await rushSections();
    const before = await system.apps();
    const recorder = new Recorder();
    const ledger = new Ledger();
    const background = readers(recorder, Object.values(probes(term.id)));
    const load = rush({ gatewayUrl: system.gatewayUrl, students, sectionIds, durationMs: 4000, recorder, ledger, run: "kill-pg" });
    await Bun.sleep(700);
    const postmaster = Number(readFileSync(join(system.config.dataDir, "pg", "postmaster.pid"), "utf8").split("\n")[0]);
    const killedAt = performance.now();
    process.kill(postmaster, "SIGKILL");
    const dbBack = watchDatabase(system.config.databaseUrl, killedAt);
    // /readyz while the database is gone: the services report NOT_SERVING within their 1 s health poll.
    await waitFor(async () => (await fetch(`${system.gatewayUrl}/readyz`)).status === 503, 10_000);
    const notReadyMs = performance.now() - killedAt;
    await waitFor(() => isReady(system), 30_000);
    const readyMs = performance.now() - killedAt;
    await waitFor(async () => {
      const a = await recorder.request("enrollment-probe", probes(term.id).enrollment.url, { headers: { authorization: `Bearer ${students[0]!.token}` } });
      return a.status === 200 && a.at > killedAt;
    }, 30_000);
    const recoverMs = performance.now() - killedAt;
    const dbBackMs = await dbBack;
    await load;
    await background.stop();
    const after = await system.apps();

    expectCleanAnswers(recorder);
    const invariants = await checkInvariants(system.sql("courses"), sectionIds, ledger);
    // Only the database was restarted: every node reconnected by itself.
    const restarts = (list: typeof before) => Object.fromEntries(list.filter((a) => a.name !== "edustream-postgres").map((a) => [`${a.name}#${a.pid}`, a.restarts]));
    expect(restarts(after)).toEqual(restarts(before));
    expect(after.find((a) => a.name === "edustream-postgres")!.restarts).toBeGreaterThan(before.find((a) => a.name === "edustream-postgres")!.restarts);
    report.add({
      fault: "kill -9 embedded PostgreSQL (postmaster)",
      requests: recorder.count(),
      statuses: recorder.statuses(),
      notReadyAfterMs: ms(notReadyMs),
      slowestAnswerMs: ms(recorder.maxMs()),
      databaseBackMs: dbBackMs === undefined ? null : ms(dbBackMs),
      readyAgainMs: ms(readyMs),
      recoverMs: ms(recoverMs),
      readyAfterDatabaseBackMs: dbBackMs === undefined ? null : ms(readyMs - dbBackMs),
      retries: ledger.retries,
      ...invariants,
    });
  }, 90_000);
});
