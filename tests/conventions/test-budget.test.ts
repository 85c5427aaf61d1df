// Bun applies setDefaultTimeout only to the file that calls it (tests/support/preload.ts), so a
// test file that forgets it runs at Bun's 5 s default and fails only on a busy machine (as the
// pooler test's stop once did, and a gRPC unit test's server start). Every test file must set it.
import { setDefaultTimeout, expect, test } from "bun:test";
import { Glob } from "bun";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

setDefaultTimeout(30_000); // see tests/support/preload.ts

const ROOT = resolve(import.meta.dir, "..", "..");

test("every test file of the project sets a test budget of at least 30 s", () => {
  const files = ["tests", "nodes", "db", "bench", "scripts"].flatMap((folder) => [...new Glob(`${folder}/**/*.test.ts`).scanSync(ROOT)]);
  expect(files.length).toBeGreaterThan(80);
  const budget = (file: string) => Number(/setDefaultTimeout\(([\d_]+)\)/.exec(readFileSync(join(ROOT, file), "utf8"))?.[1]?.replaceAll("_", "") ?? 0);
  const missing = files.filter((file) => budget(file) < 30_000);
  expect(missing).toEqual([]);
});
