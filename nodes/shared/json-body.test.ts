import { setDefaultTimeout, describe, expect, test } from "bun:test";
import { depthExceeds, jsonDepthExceeds, MAX_JSON_DEPTH } from "./json-body";

setDefaultTimeout(30_000); // a bound on a hang on a busy machine, not a speed claim (tests/support/preload.ts)

describe("JSON bodies", () => {
  test("depth counts arrays and objects, not brackets inside strings", () => {
    expect(jsonDepthExceeds("[".repeat(MAX_JSON_DEPTH) + "]".repeat(MAX_JSON_DEPTH))).toBe(false);
    expect(jsonDepthExceeds("[".repeat(MAX_JSON_DEPTH + 1) + "]".repeat(MAX_JSON_DEPTH + 1))).toBe(true);
    expect(jsonDepthExceeds(`{"a":"${"[{".repeat(500)}","b":"\\"[[[["}`)).toBe(false);
    expect(jsonDepthExceeds('{"a":'.repeat(200_000))).toBe(true);
  });

  test("the depth of a parsed value is measured without walking past the limit", () => {
    const deep = JSON.parse("[".repeat(100_000) + "]".repeat(100_000));
    expect(depthExceeds(deep)).toBe(true);
    expect(depthExceeds({ a: [{ b: [1, 2] }], c: "x" })).toBe(false);
    expect(depthExceeds(JSON.parse('{"a":'.repeat(MAX_JSON_DEPTH) + "1" + "}".repeat(MAX_JSON_DEPTH)))).toBe(false);
    expect(depthExceeds(JSON.parse('{"a":'.repeat(MAX_JSON_DEPTH + 1) + "1" + "}".repeat(MAX_JSON_DEPTH + 1)))).toBe(true);
  });
});
