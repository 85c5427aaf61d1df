import { setDefaultTimeout, afterAll, beforeAll, describe, expect, test } from "bun:test";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { embeddedPassword } from "../../nodes/shared/config";
import { makeDevCerts } from "../../scripts/dev-certs";
import { cannotMakeNamespaces, inHost, makeNetwork, type Host, type Network } from "./netns";

setDefaultTimeout(30_000); // see tests/support/preload.ts

// EduStream on several hosts: network namespaces made by this test (db, app1, app2, edge on one
// bridge; addresses only inside them), TLS between every node with certificates from
// scripts/dev-certs.ts, the five services on both application hosts and the gateway and view on
// the edge, which reaches each service through one name (`app`) that resolves to both
// application hosts. A registration rush goes through the edge while app1's processes are killed
// and later started again.
const ROOT = join(import.meta.dir, "..", "..");
const SERVICES = ["auth", "course", "enrollment", "grades", "faculty-grades"] as const;
const PORTS = { auth: 50051, course: 50052, enrollment: 50053, grades: 50054, "faculty-grades": 50055 };
const KILL_AFTER_MS = 5_000;
const RESTART_AFTER_MS = 7_000;
const skipReason = cannotMakeNamespaces();
if (skipReason) console.log(`multi-host test skipped: ${skipReason}`);

interface NodeProcess {
  host: string;
  script: string;
  process: ReturnType<typeof Bun.spawn>;
  lines: string[];
}

let network: Network | undefined;
let dataDir: string;
const running: NodeProcess[] = [];
/** Times (ms) at which each application host's enrollment node served an Enroll call. */
const enrollCalls: Record<string, number[]> = { app1: [], app2: [] };
const listeningAt: Record<string, number[]> = { app1: [], app2: [] };

/** Reads a stream line by line into `lines` (last 200 kept) and hands each line to `onLine`. */
async function follow(stream: ReadableStream<Uint8Array>, lines: string[], onLine?: (line: string) => void) {
  const decoder = new TextDecoder();
  let rest = "";
  for await (const chunk of stream as unknown as AsyncIterable<Uint8Array>) {
    const parts = (rest + decoder.decode(chunk, { stream: true })).split("\n");
    rest = parts.pop()!;
    for (const line of parts) {
      lines.push(line);
      if (lines.length > 200) lines.shift();
      onLine?.(line);
    }
  }
}

function start(host: Host, script: string, env: Record<string, string>, onLine?: (line: string) => void): NodeProcess {
  const child = Bun.spawn(inHost(host, ["bun", join(ROOT, script)]), { cwd: ROOT, env, stdout: "pipe", stderr: "pipe" });
  const node: NodeProcess = { host: host.name, script, process: child, lines: [] };
  void follow(child.stdout as ReadableStream<Uint8Array>, node.lines, onLine);
  void follow(child.stderr as ReadableStream<Uint8Array>, node.lines);
  running.push(node);
  return node;
}

/** Waits for a line of the process to match, failing with its output if it exits first or time runs out. */
async function waitFor(node: NodeProcess, pattern: RegExp, timeoutMs: number): Promise<void> {
  for (const deadline = Date.now() + timeoutMs; !node.lines.some((line) => pattern.test(line)); await Bun.sleep(50)) {
    if (node.process.exitCode !== null || Date.now() > deadline) throw new Error(`${node.host} ${node.script}: no ${pattern} (exit ${node.process.exitCode})\n${node.lines.slice(-30).join("\n")}`);
  }
}

function nodeEnv(base: Record<string, string>, host: string, extra: Record<string, string> = {}): Record<string, string> {
  return {
    ...base,
    EDUSTREAM_GRPC_CA: join(dataDir, "certs", "ca.pem"),
    EDUSTREAM_GRPC_CERT: join(dataDir, "certs", `${host}.pem`),
    EDUSTREAM_GRPC_KEY: join(dataDir, "certs", `${host}.key`),
    ...extra,
  };
}

function startAppHost(host: Host, base: Record<string, string>) {
  return SERVICES.map((service) =>
    start(host, `nodes/${service}/main.ts`, nodeEnv(base, host.name, { EDUSTREAM_GRPC_HOST: "0.0.0.0", EDUSTREAM_LOG_LEVEL: service === "enrollment" ? "debug" : "info" }), (line) => {
      if (service !== "enrollment" || !line.startsWith("{")) return;
      const entry = JSON.parse(line) as { time: string; message: string; method?: string };
      if ((entry.message === "call" || entry.message === "call refused") && entry.method === "Enroll") enrollCalls[host.name]!.push(Date.parse(entry.time));
      if (entry.message === "listening") listeningAt[host.name]!.push(Date.parse(entry.time));
    }),
  );
}

describe.skipIf(Boolean(skipReason))("EduStream on several hosts", () => {
  let base: Record<string, string>;
  let hosts: Record<string, Host>;

  beforeAll(async () => {
    network = makeNetwork(["db", "app1", "app2", "edge"], { app: ["app1", "app2"] });
    hosts = network.hosts;
    dataDir = mkdtempSync(join(tmpdir(), "edustream-multihost-"));
    chmodSync(dataDir, 0o755);
    makeDevCerts(join(dataDir, "certs"), [
      { name: "app1", names: ["app", hosts.app1!.address] },
      { name: "app2", names: ["app", hosts.app2!.address] },
      { name: "edge", names: [hosts.edge!.address] },
    ]);
    // Demo mode: the rush signs in as the demo admin (production mode is the default with a database URL).
    const common = { PATH: process.env.PATH ?? "/usr/bin:/bin", HOME: process.env.HOME ?? "/root", EDUSTREAM_ENV: "demo", EDUSTREAM_DATA_DIR: dataDir, EDUSTREAM_PG_PORT: "5432" };
    const db = start(hosts.db!, "tests/multihost/db-host.ts", common);
    await waitFor(db, /^ready$/, 60_000);
    base = {
      ...common,
      EDUSTREAM_DATABASE_URL: `postgres://postgres:${encodeURIComponent(embeddedPassword(dataDir))}@db:5432/postgres`,
      EDUSTREAM_LOG_LEVEL: "info",
      AUTH_ADDR: `dns:///app:${PORTS.auth}`,
      COURSE_ADDR: `dns:///app:${PORTS.course}`,
      ENROLLMENT_ADDR: `dns:///app:${PORTS.enrollment}`,
      GRADES_ADDR: `dns:///app:${PORTS.grades}`,
      FACULTY_GRADES_ADDR: `dns:///app:${PORTS["faculty-grades"]}`,
    };
    const apps = [...startAppHost(hosts.app1!, base), ...startAppHost(hosts.app2!, base)];
    for (const node of apps) await waitFor(node, /"listening"/, 60_000);
    const gateway = start(hosts.edge!, "nodes/gateway/main.ts", nodeEnv(base, "edge"));
    const view = start(hosts.edge!, "nodes/view/main.ts", nodeEnv(base, "edge", { GATEWAY_URL: "http://127.0.0.1:5001" }));
    await waitFor(gateway, /"listening"/, 30_000);
    await waitFor(view, /"listening"/, 30_000);
  }, 150_000);

  afterAll(() => {
    for (const node of running) node.process.kill("SIGKILL");
    network?.destroy();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  });

  test("a registration rush through the edge while app1 is cut off and comes back: nothing lost or doubled, calls move within 2 s, traffic spreads again", async () => {
    const driver = start(hosts.edge!, "tests/multihost/driver.ts", {
      ...base,
      EDUSTREAM_BENCH_URL: "http://127.0.0.1:5001",
      BENCH_STUDENTS: "48",
      BENCH_SLOTS: "8",
      BENCH_SECTIONS_PER_SLOT: "2",
      BENCH_CAPACITY: "18",
      MULTIHOST_RUSH_S: "28",
    });
    await waitFor(driver, /"rush-start"/, 90_000);
    const rushStart = (JSON.parse(driver.lines.find((line) => line.includes('"rush-start"'))!) as { at: number }).at;

    await Bun.sleep(Math.max(0, rushStart + KILL_AFTER_MS - Date.now()));
    const killedAt = Date.now();
    const app1 = running.filter((node) => node.host === "app1" && node.process.exitCode === null);
    for (const node of app1) node.process.kill("SIGKILL");
    await Promise.all(app1.map((node) => node.process.exited));

    await Bun.sleep(Math.max(0, rushStart + RESTART_AFTER_MS - Date.now()));
    const restarted = startAppHost(hosts.app1!, base);
    for (const node of restarted) await waitFor(node, /"listening"/, 30_000);
    const backAt = Math.max(...listeningAt.app1!.filter((t) => t >= killedAt));

    await waitFor(driver, /"report"/, 90_000);
    const report = JSON.parse(driver.lines.find((line) => line.includes('"report"'))!) as {
      end: number;
      attempts: Array<[number, number]>;
      outcomes: Record<string, number>;
      acknowledged: number;
      invariants: { problems: string[]; seats: number; waitlisted: number; missing: number; duplicates: number };
    };

    const failures = report.attempts.filter(([, status]) => status === 0 || status >= 500).map(([at]) => at);
    const lastFailureAfterKill = Math.max(killedAt, ...failures.filter((at) => at >= killedAt));
    const firstAnswerAfterKill = Math.min(...report.attempts.filter(([at, status]) => at >= killedAt && status > 0 && status < 500).map(([at]) => at));
    const count = (host: string, from: number, to: number) => enrollCalls[host]!.filter((t) => t >= from && t < to).length;
    const before = { app1: count("app1", rushStart, killedAt), app2: count("app2", rushStart, killedAt) };
    const cutOff = { app1: count("app1", killedAt, backAt), app2: count("app2", killedAt, backAt) };
    const after = { app1: count("app1", backAt + 2000, report.end), app2: count("app2", backAt + 2000, report.end) };
    const figures = {
      requests: report.attempts.length,
      outcomes: report.outcomes,
      acknowledged: report.acknowledged,
      acknowledged_lost: report.invariants.missing,
      duplicated: report.invariants.duplicates,
      seats_taken: report.invariants.seats,
      waitlisted: report.invariants.waitlisted,
      problems: report.invariants.problems,
      failed_attempts: failures.length,
      last_failure_after_kill_ms: lastFailureAfterKill - killedAt,
      first_answer_after_kill_ms: firstAnswerAfterKill - killedAt,
      enroll_calls_before_cut: before,
      enroll_calls_while_cut_off: cutOff,
      app1_back_after_kill_ms: backAt - killedAt,
      enroll_calls_after_return: after,
    };
    console.log(`multi-host figures: ${JSON.stringify(figures)}`);

    expect(report.invariants.problems).toEqual([]);
    expect(report.invariants.missing).toBe(0);
    expect(report.invariants.duplicates).toBe(0);
    // Every request got its answer in the end (retried with its key after a 5xx).
    expect(Object.keys(report.outcomes).filter((status) => status === "0" || Number(status) >= 500)).toEqual([]);
    expect(report.acknowledged).toBeGreaterThan(0);
    // Both hosts served before the cut, only app2 while app1 was gone, both again after it came back.
    expect(before.app1).toBeGreaterThan(0);
    expect(before.app2).toBeGreaterThan(0);
    expect(cutOff.app1).toBe(0);
    expect(cutOff.app2).toBeGreaterThan(0);
    expect(figures.last_failure_after_kill_ms).toBeLessThanOrEqual(2000);
    expect(figures.first_answer_after_kill_ms).toBeLessThanOrEqual(2000);
    expect(after.app1).toBeGreaterThan(0);
    expect(after.app1 / (after.app1 + after.app2)).toBeGreaterThan(0.2);
    expect(after.app2 / (after.app1 + after.app2)).toBeGreaterThan(0.2);
  }, 150_000);
});
