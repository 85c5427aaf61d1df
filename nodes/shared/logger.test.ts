import { afterEach, describe, expect, spyOn, test } from "bun:test";
import { createLogger } from "./logger";

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
});
