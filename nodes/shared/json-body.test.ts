import { describe, expect, test } from "bun:test";
import { AppError } from "./errors";
import { jsonDepthExceeds, MAX_JSON_DEPTH, parseJsonBody } from "./json-body";

describe("JSON bodies", () => {
  test("depth counts arrays and objects, not brackets inside strings", () => {
    expect(jsonDepthExceeds("[".repeat(MAX_JSON_DEPTH) + "]".repeat(MAX_JSON_DEPTH))).toBe(false);
    expect(jsonDepthExceeds("[".repeat(MAX_JSON_DEPTH + 1) + "]".repeat(MAX_JSON_DEPTH + 1))).toBe(true);
    expect(jsonDepthExceeds(`{"a":"${"[{".repeat(500)}","b":"\\"[[[["}`)).toBe(false);
    expect(jsonDepthExceeds('{"a":'.repeat(200_000))).toBe(true);
  });

  test("a body too deep or not JSON is a 400 naming the body; an empty one is undefined", () => {
    for (const text of ["[".repeat(100_000), "{", "nope"]) {
      let error: unknown;
      try {
        parseJsonBody(text);
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).details[0]!.field).toBe("body");
    }
    expect(parseJsonBody("  ")).toBeUndefined();
    expect(parseJsonBody('{"a":[1,{"b":2}]}')).toEqual({ a: [1, { b: 2 }] });
  });
});
