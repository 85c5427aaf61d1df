// A whole EduStream (tests/support/stack.ts, demo data) in a process of its own, so a benchmark
// can count the system's CPU apart from its own: prints {viewUrl, gatewayUrl, pid} as one JSON
// line, runs until SIGTERM, then stops and drops its databases.
import { startOwnStack } from "../../tests/support/stack";

const stack = await startOwnStack({ env: { EDUSTREAM_DB_PREFIX: `edustream_bench_${process.pid}` } });
console.log(JSON.stringify({ viewUrl: stack.viewUrl, gatewayUrl: stack.gatewayUrl, pid: process.pid }));
process.on("SIGTERM", async () => {
  await stack.stop();
  process.exit(0);
});
