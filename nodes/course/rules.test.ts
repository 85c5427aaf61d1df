import { setDefaultTimeout, describe, expect, test } from "bun:test";
import { findPrerequisiteCycle } from "./rules";

setDefaultTimeout(30_000); // a bound on a hang on a busy machine, not a speed claim (tests/support/preload.ts)

describe("prerequisite cycles", () => {
  test("a chain without a way back is not a cycle", () => {
    const requires = new Map([
      ["310", ["201", "230"]],
      ["201", ["101"]],
      ["230", ["101"]],
    ]);
    expect(findPrerequisiteCycle(requires, "310")).toBeUndefined();
  });

  test("a way back to the course is named in order", () => {
    const requires = new Map([
      ["101", ["310"]],
      ["310", ["201"]],
      ["201", ["101"]],
    ]);
    expect(findPrerequisiteCycle(requires, "101")).toEqual(["101", "310", "201", "101"]);
  });

  test("a cycle elsewhere that does not pass through the course is not reported", () => {
    const requires = new Map([
      ["101", ["201"]],
      ["201", ["230"]],
      ["230", ["201"]],
    ]);
    expect(findPrerequisiteCycle(requires, "101")).toBeUndefined();
  });
});
