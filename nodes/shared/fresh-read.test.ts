import { setDefaultTimeout, describe, expect, test } from "bun:test";
import { FreshRead } from "./fresh-read";

setDefaultTimeout(30_000); // a bound on a hang on a busy machine, not a speed claim (tests/support/preload.ts)

/** A read whose answers the test releases one by one. */
function controlledRead() {
  const pending: Array<(value: number) => void> = [];
  let started = 0;
  const fresh = new FreshRead(() => {
    started++;
    return new Promise<number>((resolve) => pending.push(resolve));
  });
  return { fresh, pending, started: () => started };
}

describe("a read shared by the callers that asked before it started", () => {
  test("callers during a read wait for the next one, which starts after they asked", async () => {
    const { fresh, pending, started } = controlledRead();
    const first = fresh.get();
    const second = fresh.get();
    const third = fresh.get();
    expect(started()).toBe(1);
    pending[0]!(1);
    expect(await first).toBe(1);
    // The second read started only once the first was done: it can see what the first could not.
    await Bun.sleep(0);
    expect(started()).toBe(2);
    pending[1]!(2);
    expect(await second).toBe(2);
    expect(await third).toBe(2);
  });

  test("a failed read fails its callers only; the next caller reads again", async () => {
    let calls = 0;
    const fresh = new FreshRead(async () => {
      calls++;
      if (calls === 1) throw new Error("database away");
      return calls;
    });
    await expect(fresh.get()).rejects.toThrow("database away");
    expect(await fresh.get()).toBe(2);
  });
});
