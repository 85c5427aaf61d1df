// What notifications cost (issue 17): the registration rush with notifications on (every
// promotion and skip writes its notice and outbox row; the nodes mail over SMTP to a server in
// this process, tests/support/mail-server.ts) and off (EDUSTREAM_SMTP_URL unset: notices only),
// back to back, each run on a fresh in-process stack, in the order off,on,on,off.
// The rush itself only enrolls (no seat frees, so nothing is notified): beside it, a churn of
// drops on full one-seat sections promotes a waitlisted student about 10 times a second (each
// promotion a notice and, with email on, a mail), the same in both modes.
//
//   BENCH_PATHS=api bun bench/notifications-overhead.ts     # BENCH_ORDER, BENCH_* settings of the rush (BENCH_STUDENTS 600 here)
import { loadavg } from "node:os";
import { startOwnStack, type Stack } from "../tests/support/stack";
import { enroll, newSection, newStudents, newTerm, type Person } from "../tests/system/enrollment-fixtures";
import { runRush, rushLine, type RushReport } from "./support/run-rush";
import { median } from "./support/measure";

type Mode = "off" | "on";
const ORDER = (process.env.BENCH_ORDER || "off,on,on,off").split(",") as Mode[];
const SECTIONS = 10;
const QUEUE = 4;
const CHURN_PAUSE_MS = 100;

/** Full one-seat sections with a queue each: the first holds the seat, the others wait (each with an email address). */
async function prepareChurn(stack: Stack) {
  const term = await newTerm(stack);
  const queues: Array<{ sectionId: string; people: Array<Person & { enrollmentId: string }> }> = [];
  for (let i = 0; i < SECTIONS; i++) {
    const section = await newSection(stack, { termId: term.id, capacity: 1, meetings: [{ day: "SUN", start_time: `${String(8 + i).padStart(2, "0")}:00`, end_time: `${String(8 + i).padStart(2, "0")}:50` }] });
    const people = [];
    for (const person of await newStudents(stack, QUEUE)) {
      await stack.api("/api/v1/me/email", { method: "PUT", token: person.token, body: { email: `${person.username}@bench.example` } });
      people.push({ ...person, enrollmentId: (await enroll(stack, person, section.id)).body.enrollment.id as string });
    }
    queues.push({ sectionId: section.id, people });
  }
  return queues;
}

/** Until stopped: the seat's holder drops (the next in line is promoted) and joins the end of the queue again. */
function churn(stack: Stack, queues: Awaited<ReturnType<typeof prepareChurn>>) {
  let running = true;
  let promotions = 0;
  const done = (async () => {
    for (let round = 0; running; round++) {
      const queue = queues[round % queues.length]!;
      const holder = queue.people.shift()!;
      const dropped = await stack.api(`/api/v1/enrollments/${holder.enrollmentId}`, { method: "DELETE", token: holder.token });
      if (dropped.status < 300) promotions++;
      const again = await enroll(stack, holder, queue.sectionId);
      queue.people.push({ ...holder, enrollmentId: again.body.enrollment.id });
      await Bun.sleep(CHURN_PAUSE_MS);
    }
  })();
  return async () => {
    running = false;
    await done;
    return promotions;
  };
}

const results: Array<{ mode: Mode; report: RushReport; promotions: number; mails: number }> = [];
console.log(`load average at start: ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
for (const [index, mode] of ORDER.entries()) {
  const env: Record<string, string> = { EDUSTREAM_DB_PREFIX: `edustream_bench_${process.pid}_${index}`, EDUSTREAM_LOGIN_FAILURES_PER_ADDRESS: "1000000" };
  // The setup hashes hundreds of passwords: on a loaded machine a sign-in needs more than the 5 s default.
  env.EDUSTREAM_GRPC_DEADLINE_MS = process.env.EDUSTREAM_GRPC_DEADLINE_MS || "20000";
  if (mode === "off") env.EDUSTREAM_SMTP_URL = "";
  const stack = await startOwnStack({ env });
  try {
    const queues = await prepareChurn(stack);
    let stopChurn: (() => Promise<number>) | undefined;
    let cpuBefore = process.cpuUsage();
    const { report: whole, failed } = await runRush(stack, mode, () => {
      cpuBefore = process.cpuUsage();
      stopChurn = churn(stack, queues);
    });
    // The rush reports each path it ran (BENCH_PATHS); this measures the API path.
    const report = (whole.api ?? whole) as RushReport;
    const used = process.cpuUsage(cpuBefore);
    const promotions = (await stopChurn?.()) ?? 0;
    report.nodes_cpu_ms_per_request = +((used.user + used.system) / 1000 / Math.max(1, report.requests as number)).toFixed(3);
    await Bun.sleep(3000); // the last promotions' mails
    const mails = stack.mail?.received.length ?? 0;
    if (failed) process.exitCode = 1;
    results.push({ mode, report, promotions, mails });
    console.log(`${rushLine(mode, report)}, nodes CPU ${report.nodes_cpu_ms_per_request} ms/request, ${promotions} promotions, ${mails} mails`);
  } finally {
    await stack.stop();
  }
}

const summary = Object.fromEntries(
  [...new Set(ORDER)].map((mode) => {
    const runs = results.filter((r) => r.mode === mode);
    const eps = runs.map((r) => r.report.enrollments_per_second as number);
    const cpu = runs.map((r) => r.report.nodes_cpu_ms_per_request as number);
    return [mode, { runs: eps.length, enrollments_per_second: eps, median: median(eps), p99_ms: runs.map((r) => r.report.latency_ms.p99), nodes_cpu_ms_per_request: cpu, cpu_median: median(cpu), promotions: runs.map((r) => r.promotions), mails: runs.map((r) => r.mails), load_before: runs.map((r) => r.report.load_average_before) }];
  }),
);
const cost = summary.off?.median && summary.on ? +((1 - summary.on.median / summary.off.median) * 100).toFixed(1) : NaN;
console.log(JSON.stringify({ summary, throughput_cost_percent: cost, load_average_at_end: loadavg().map((l) => +l.toFixed(2)) }, null, 1));
