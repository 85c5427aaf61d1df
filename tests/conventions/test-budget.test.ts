// Bun applies setDefaultTimeout only to the file that calls it (tests/support/preload.ts), so a
// test file that forgets it runs at Bun's 5 s default and fails only on a busy machine (as the
// pooler test's stop once did). Every test file under tests/ must set it.
import { setDefaultTimeout, expect, test } from "bun:test";
import { Glob } from "bun";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

setDefaultTimeout(30_000); // see tests/support/preload.ts

const TESTS = resolve(import.meta.dir, "..");

test("every test file under tests/ sets the 30 s test budget", () => {
  const files = [...new Glob("**/*.test.ts").scanSync(TESTS)];
  expect(files.length).toBeGreaterThan(50);
  const missing = files.filter((file) => !/setDefaultTimeout\(30_000\)/.test(readFileSync(join(TESTS, file), "utf8")));
  expect(missing).toEqual([]);
});
