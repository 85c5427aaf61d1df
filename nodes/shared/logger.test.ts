import { setDefaultTimeout, afterEach, describe, expect, spyOn, test } from "bun:test";
import { callScope } from "./grpc/call-scope";
import { createLogger } from "./logger";
import { startTracing, withSpan } from "./telemetry/tracing";

setDefaultTimeout(30_000); // a bound on a hang on a busy machine, not a speed claim (tests/support/preload.ts)

describe("logger", () => {
  const spies: Array<{ mockRestore(): void }> = [];
  afterEach(() => spies.splice(0).forEach((s) => s.mockRestore()));

  test("a line carries only a short prefix of each value, with the value's length", () => {
    const lines: string[] = [];
    for (const stream of [process.stdout, process.stderr]) {
      spies.push(spyOn(stream, "write").mockImplementation(((chunk: string) => lines.push(String(chunk)) > 0) as never));
    }
    const logger = createLogger("test", "debug");
    const huge = "u".repeat(1024 * 1024);
    logger.info("call refused", { reason: `The username "${huge}" is already taken.`, nested: { username: huge } });
    logger.error("call failed", { error: `Error: Failed query\nparams: ${huge}` });
    expect(lines).toHaveLength(2);
    expect(lines[0]!.length).toBeLessThan(1000);
    expect(lines[0]).toContain(`(${huge.length + 33} characters)`);
    expect(lines[1]!.length).toBeLessThan(5000);
    expect(JSON.parse(lines[0]!).message).toBe("call refused");
  });

  test("lines carry the node, the request id of the call and, inside a sampled span, its trace id; warnings and errors go to stderr", async () => {
    const out: string[] = [];
    const err: string[] = [];
    spies.push(spyOn(process.stdout, "write").mockImplementation(((chunk: string) => out.push(String(chunk)) > 0) as never));
    spies.push(spyOn(process.stderr, "write").mockImplementation(((chunk: string) => err.push(String(chunk)) > 0) as never));
    const logger = createLogger("enrollment", "info");
    const tracing = startTracing("edustream-test", { endpoint: "http://127.0.0.1:9/v1/traces", serviceName: undefined, sampler: "always_on", ratio: 1 });
    const span = tracing.tracer.startSpan("call");
    callScope.run({ requestId: "req-12345678" }, () => withSpan(span, () => logger.info("enrolled", { section: "CS 101-001" })));
    logger.debug("not shown at info");
    logger.warn("slow");
    expect(out).toHaveLength(1);
    const line = JSON.parse(out[0]!);
    expect(line).toMatchObject({ level: "info", node: "enrollment", message: "enrolled", section: "CS 101-001", request_id: "req-12345678", trace_id: span.spanContext().traceId });
    expect(new Date(line.time).getTime()).toBeGreaterThan(0);
    expect(err).toHaveLength(1);
    const warning = JSON.parse(err[0]!);
    expect(warning).toMatchObject({ level: "warn", message: "slow" });
    expect(warning.trace_id).toBeUndefined();
    expect(warning.request_id).toBeUndefined();
    await tracing.shutdown();
  });
});
