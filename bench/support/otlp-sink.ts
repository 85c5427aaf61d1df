// A stand-alone OTLP/HTTP trace receiver (tests/support/otlp-receiver.ts) for the benchmarks: its
// endpoint on the first line of stdout; on SIGTERM the number of spans and requests it took on stderr.
import { startOtlpReceiver } from "../../tests/support/otlp-receiver";

const receiver = startOtlpReceiver();
console.log(receiver.endpoint);
process.once("SIGTERM", () => {
  console.error(JSON.stringify({ spans: receiver.spans.length, traces: new Set(receiver.spans.map((s) => s.traceId)).size, requests: receiver.requests }));
  receiver.stop();
  process.exit(0);
});
