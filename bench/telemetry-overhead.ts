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

type Mode = "off" | "on";
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

const results: Array<{ mode: Mode; report: RushReport; telemetry?: unknown }> = [];
console.log(`load average at start: ${loadavg().map((l) => l.toFixed(2)).join(" ")}`);
for (const [index, mode] of ORDER.entries()) {
  const sink = mode === "on" ? await startSink() : undefined;
  // The rush signs in hundreds of students from this one address, slowly on a busy machine: no address lock.
  const env: Record<string, string> = { EDUSTREAM_DB_PREFIX: `edustream_bench_${process.pid}_${index}`, EDUSTREAM_LOGIN_FAILURES_PER_ADDRESS: "1000000" };
  if (sink) Object.assign(env, { OTEL_EXPORTER_OTLP_ENDPOINT: sink.endpoint, OTEL_TRACES_SAMPLER: "parentbased_traceidratio", OTEL_TRACES_SAMPLER_ARG: "0.01" });
  else env.EDUSTREAM_METRICS = "false";
  const stack = await startOwnStack({ env });
  const stopScraping = mode === "on" ? scrapeEvery(Object.values(stack.metricsUrls ?? {}), SCRAPE_MS) : undefined;
  try {
    const { report, failed } = await runRush(stack, mode);
    if (failed) process.exitCode = 1;
    const scrapes = stopScraping?.();
    await stack.stop();
    const received = await sink?.stop();
    const telemetry = mode === "on" ? { scrapes, ...received } : undefined;
    results.push({ mode, report, telemetry });
    console.log(`${rushLine(mode, report)}${telemetry ? `, ${JSON.stringify(telemetry)}` : ""}`);
  } catch (error) {
    stopScraping?.();
    await stack.stop();
    await sink?.stop();
    throw error;
  }
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const summary = Object.fromEntries(
  (["off", "on"] as const).map((mode) => {
    const runs = results.filter((r) => r.mode === mode).map((r) => r.report);
    const eps = runs.map((r) => r.enrollments_per_second as number);
    return [mode, { runs: eps.length, enrollments_per_second: eps, median: median(eps), min: Math.min(...eps), max: Math.max(...eps), p95_ms: runs.map((r) => r.latency_ms.p95), machine_cpu_ms_per_request: runs.map((r) => r.machine_cpu_ms_per_request), load_before: runs.map((r) => r.load_average_before) }];
  }),
);
const cost = summary.off!.median > 0 ? +((1 - summary.on!.median / summary.off!.median) * 100).toFixed(1) : NaN;
console.log(JSON.stringify({ summary, throughput_cost_percent: cost, load_average_at_end: loadavg().map((l) => +l.toFixed(2)) }, null, 1));
