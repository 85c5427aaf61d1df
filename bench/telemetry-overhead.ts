// What metrics and tracing cost (issue 16): the registration rush with telemetry off
// (EDUSTREAM_METRICS=false, no OTLP endpoint) and on (every node's /metrics scraped every 5 s,
// traces sampled at 1 %, parentbased_traceidratio, sent to a running OTLP receiver in a process of
// its own), back to back in one sitting, each run on a fresh in-process stack (as rush-pooled.ts),
// in the order off,on,on,off,off,on so a drift of the shared machine falls on both.
//
//   bun bench/telemetry-overhead.ts     # BENCH_ORDER, BENCH_* settings of the rush (BENCH_STUDENTS 600 here)
import { loadavg } from "node:os";
import { startOwnStack } from "../tests/support/stack";
import { runRush, rushLine, type RushReport } from "./support/run-rush";
import { median } from "./support/measure";

/** off: no telemetry; on: metrics and traces; metrics, traces: one of them (to tell their costs apart). */
type Mode = "off" | "on" | "metrics" | "traces";
const ORDER = (process.env.BENCH_ORDER || "off,on,on,off,off,on").split(",") as Mode[];
const SCRAPE_MS = 5000;

/** Starts the OTLP receiver in a child process; resolves with its endpoint and a stop that returns what it received. */
async function startSink() {
  const child = Bun.spawn(["bun", "bench/support/otlp-sink.ts"], { stdout: "pipe", stderr: "pipe" });
  const reader = child.stdout.getReader();
  const { value } = await reader.read();
  const endpoint = new TextDecoder().decode(value).trim().split("\n")[0]!;
  return {
    endpoint,
    async stop(): Promise<{ spans: number; traces: number; requests: number }> {
      child.kill("SIGTERM");
      const text = await new Response(child.stderr).text();
      await child.exited;
      return JSON.parse(text.trim().split("\n").at(-1) || "{}");
    },
  };
}

/** Scrapes every node's /metrics as Prometheus would, until stopped; returns the scrape count. */
function scrapeEvery(urls: string[], ms: number) {
  let scrapes = 0;
  const timer = setInterval(() => {
    for (const url of urls) fetch(url).then((r) => r.text()).then(() => scrapes++, () => {});
  }, ms);
  return () => {
    clearInterval(timer);
    return scrapes;
  };
}

/**
 * CPU per request of the seven nodes, whatever else the shared machine runs: they all run in this
 * process (the in-process stack), so its own CPU time from the start of the rush to its report
 * (scrapes served included) over the requests. PostgreSQL and the OTLP receiver run in processes of their own.
 */
function nodesCpu(report: RushReport, cpuMicros: number): number {
  return +(cpuMicros / 1000 / Math.max(1, report.requests as number)).toFixed(3);
}

const results: Array<{ mode: Mode; report: RushReport; telemetry?: unknown }> = [];
console.log(`load average at start: ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
for (const [index, mode] of ORDER.entries()) {
  const sink = mode === "on" || mode === "traces" ? await startSink() : undefined;
  // The rush signs in hundreds of students from this one address, slowly on a busy machine: no address lock.
  const env: Record<string, string> = { EDUSTREAM_DB_PREFIX: `edustream_bench_${process.pid}_${index}`, EDUSTREAM_LOGIN_FAILURES_PER_ADDRESS: "1000000" };
  if (sink) Object.assign(env, { OTEL_EXPORTER_OTLP_ENDPOINT: sink.endpoint, OTEL_TRACES_SAMPLER: "parentbased_traceidratio", OTEL_TRACES_SAMPLER_ARG: "0.01" });
  if (mode === "off" || mode === "traces") env.EDUSTREAM_METRICS = "false";
  const stack = await startOwnStack({ env });
  const stopScraping = mode === "on" || mode === "metrics" ? scrapeEvery(Object.values(stack.metricsUrls ?? {}), SCRAPE_MS) : undefined;
  try {
    // The nodes' CPU during the rush only (the setup hashes hundreds of passwords).
    let cpuBefore = process.cpuUsage();
    const { report, failed } = await runRush(stack, mode, () => (cpuBefore = process.cpuUsage()));
    const used = process.cpuUsage(cpuBefore);
    report.nodes_cpu_ms_per_request = nodesCpu(report, used.user + used.system);
    if (failed) process.exitCode = 1;
    const scrapes = stopScraping?.();
    await stack.stop();
    const received = await sink?.stop();
    const telemetry = mode === "off" ? undefined : { scrapes, ...received };
    results.push({ mode, report, telemetry });
    console.log(`${rushLine(mode, report)}, nodes CPU ${report.nodes_cpu_ms_per_request} ms/request${telemetry ? `, ${JSON.stringify(telemetry)}` : ""}`);
  } catch (error) {
    stopScraping?.();
    await stack.stop();
    await sink?.stop();
    throw error;
  }
}

const summary = Object.fromEntries(
  [...new Set(ORDER)].map((mode) => {
    const runs = results.filter((r) => r.mode === mode).map((r) => r.report);
    const eps = runs.map((r) => r.enrollments_per_second as number);
    const cpu = runs.map((r) => r.nodes_cpu_ms_per_request as number);
    return [mode, { runs: eps.length, enrollments_per_second: eps, median: median(eps), min: Math.min(...eps), max: Math.max(...eps), nodes_cpu_ms_per_request: cpu, cpu_median: median(cpu), p95_ms: runs.map((r) => r.latency_ms.p95), machine_cpu_ms_per_request: runs.map((r) => r.machine_cpu_ms_per_request), load_before: runs.map((r) => r.load_average_before) }];
  }),
);
const cost = summary.off?.median && summary.on ? +((1 - summary.on.median / summary.off.median) * 100).toFixed(1) : NaN;
const cpuCost = summary.off?.cpu_median && summary.on ? +((summary.on.cpu_median / summary.off.cpu_median - 1) * 100).toFixed(1) : NaN;
console.log(JSON.stringify({ summary, throughput_cost_percent: cost, cpu_per_request_cost_percent: cpuCost, load_average_at_end: loadavg().map((l) => +l.toFixed(2)) }, null, 1));
