// The registration rush direct and through PgBouncer in one sitting: starts the system in this
// process (the test stack: its own embedded PostgreSQL, the five services, the gateway and the
// view on free ports) once with the nodes connecting straight to PostgreSQL and once through
// PgBouncer in transaction mode, and runs `bench/registration-rush.ts` against each, in the order
// direct, pooled, pooled, direct so a drift of the machine falls on both.
//
//   bun bench/rush-pooled.ts          # BENCH_* settings are passed to the rush (BENCH_STUDENTS 600 here)
import { startOwnStack } from "../tests/support/stack";
import { pgbouncerBinary } from "../tests/support/pgbouncer";
import { runRush, rushLine, type RushReport } from "./support/run-rush";

if (!pgbouncerBinary()) {
  console.error("pgbouncer is not installed (apt-get install pgbouncer)");
  process.exit(2);
}

const ORDER = (process.env.BENCH_ORDER || "direct,pooled,pooled,direct").split(",") as Array<"direct" | "pooled">;
const results: Array<{ mode: string; report: RushReport }> = [];

for (const [index, mode] of ORDER.entries()) {
  const stack = await startOwnStack({ pooled: mode === "pooled", env: { EDUSTREAM_DB_PREFIX: `edustream_bench_${process.pid}_${index}` } });
  try {
    const { report, failed } = await runRush(stack, mode);
    results.push({ mode, report });
    if (failed) process.exitCode = 1;
    console.log(rushLine(mode, report));
  } finally {
    await stack.stop();
  }
}
console.log(JSON.stringify(results.map(({ mode, report }) => ({ mode, eps: report.enrollments_per_second, latency_ms: report.latency_ms, server_errors: report.server_errors, invariants: (report.invariants as { ok: boolean }).ok })), null, 1));
