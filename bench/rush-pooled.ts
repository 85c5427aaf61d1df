// The registration rush direct and through PgBouncer in one sitting: starts the system in this
// process (the test stack: its own embedded PostgreSQL, the five services, the gateway and the
// view on free ports) once with the nodes connecting straight to PostgreSQL and once through
// PgBouncer in transaction mode, and runs `bench/registration-rush.ts` against each, in the order
// direct, pooled, pooled, direct so a drift of the machine falls on both.
//
//   bun bench/rush-pooled.ts          # BENCH_* settings are passed to the rush (BENCH_STUDENTS 600 here)
import { startOwnStack } from "../tests/support/stack";
import { pgbouncerBinary } from "../tests/support/pgbouncer";

if (!pgbouncerBinary()) {
  console.error("pgbouncer is not installed (apt-get install pgbouncer)");
  process.exit(2);
}

const ORDER = (process.env.BENCH_ORDER || "direct,pooled,pooled,direct").split(",") as Array<"direct" | "pooled">;
const results: Array<{ mode: string; report: Record<string, unknown> }> = [];

for (const [index, mode] of ORDER.entries()) {
  const stack = await startOwnStack({ pooled: mode === "pooled", env: { EDUSTREAM_DB_PREFIX: `edustream_bench_${process.pid}_${index}` } });
  try {
    const rush = Bun.spawn(["bun", "bench/registration-rush.ts"], {
      cwd: stack.config.root,
      env: { ...process.env, ...stack.env, BENCH_STUDENTS: process.env.BENCH_STUDENTS || "600", EDUSTREAM_BENCH_URL: stack.gatewayUrl, EDUSTREAM_DB_POOLER_URL: "" },
      stdout: "pipe",
      stderr: "inherit",
    });
    const output = await new Response(rush.stdout).text();
    const code = await rush.exited;
    const start = output.lastIndexOf("{\n  \"machine\"");
    // The rush exits 1 on a 5xx or a broken invariant: its report still says which, so it is kept.
    if (start < 0) throw new Error(`the rush failed (${mode}, exit ${code}):\n${output}`);
    const json = output.slice(start);
    const report = JSON.parse(json.slice(0, json.lastIndexOf("}") + 1));
    results.push({ mode, report });
    if (code !== 0) process.exitCode = 1;
    console.log(`${new Date().toISOString().slice(11, 16)} ${mode}: ${report.enrollments_per_second} enrollments/s, p50 ${report.latency_ms.p50} ms, p95 ${report.latency_ms.p95} ms, p99 ${report.latency_ms.p99} ms, 5xx ${report.server_errors ?? "?"}, machine CPU ${report.machine_cpu_ms_per_request} ms/request, load before ${report.load_average_before}`);
  } finally {
    await stack.stop();
  }
}
console.log(JSON.stringify(results.map(({ mode, report }) => ({ mode, eps: report.enrollments_per_second, latency_ms: report.latency_ms, server_errors: report.server_errors, invariants: (report.invariants as { ok: boolean }).ok })), null, 1));
