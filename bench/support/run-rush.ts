// Runs bench/registration-rush.ts against a stack started in this process and returns its report.
import type { Stack } from "../../tests/support/stack";

export type RushReport = Record<string, any>;

const RUSH_STARTED = /^rush \(\w+\): /m;

/**
 * The rush against `stack` (BENCH_* settings from this process, BENCH_STUDENTS 600 unless set);
 * exit code kept in `failed`. `onRushStart` is called when the setup is done and the rush begins.
 */
export async function runRush(stack: Stack, label: string, onRushStart?: () => void): Promise<{ report: RushReport; failed: boolean }> {
  const rush = Bun.spawn(["bun", "bench/registration-rush.ts"], {
    cwd: stack.config.root,
    env: { ...process.env, ...stack.env, BENCH_STUDENTS: process.env.BENCH_STUDENTS || "600", EDUSTREAM_BENCH_URL: stack.gatewayUrl, EDUSTREAM_DB_POOLER_URL: "" },
    stdout: "pipe",
    stderr: "inherit",
  });
  let output = "";
  const decoder = new TextDecoder();
  const reader = rush.stdout.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read()) {
    const chunk = read.value;
    const before = output.length;
    output += decoder.decode(chunk, { stream: true });
    // The rush announces each path as it starts ("rush (api): 48 in flight ..."); the first one starts it.
    if (onRushStart && !RUSH_STARTED.test(output.slice(0, before)) && RUSH_STARTED.test(output)) onRushStart();
  }
  const code = await rush.exited;
  const start = output.lastIndexOf('{\n  "machine"');
  // The rush exits 1 on a 5xx or a broken invariant: its report still says which, so it is kept.
  if (start < 0) throw new Error(`the rush failed (${label}, exit ${code}):\n${output}`);
  const json = output.slice(start);
  return { report: JSON.parse(json.slice(0, json.lastIndexOf("}") + 1)), failed: code !== 0 };
}

/** One line of a rush's figures. */
export function rushLine(label: string, report: RushReport): string {
  return `${new Date().toISOString().slice(11, 16)} ${label}: ${report.enrollments_per_second} enrollments/s, p50 ${report.latency_ms.p50} ms, p95 ${report.latency_ms.p95} ms, p99 ${report.latency_ms.p99} ms, 5xx ${report.server_errors ?? "?"}, machine CPU ${report.machine_cpu_ms_per_request} ms/request, load before ${report.load_average_before}`;
}
