import { setDefaultTimeout, describe, expect, test } from "bun:test";
import { AppError } from "./errors";
import { checkRequestLimits, DEFAULT_MAX_TEXT } from "./request-limits";

setDefaultTimeout(30_000); // a bound on a hang on a busy machine, not a speed claim (tests/support/preload.ts)

function refusal(request: unknown): string | undefined {
  try {
    checkRequestLimits(request);
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    return (error as AppError).details[0]!.field;
  }
}

describe("request limits", () => {
  test("every text field has a maximum, named when exceeded; nested and repeated fields included", () => {
    expect(refusal({ username: "a".repeat(64), password: "p".repeat(1024) })).toBeUndefined();
    expect(refusal({ username: "a".repeat(1024 * 1024), password: "x" })).toBe("username");
    expect(refusal({ anything: "x".repeat(DEFAULT_MAX_TEXT + 1) })).toBe("anything");
    expect(refusal({ meetings: [{ day: "MON", start_time: "x".repeat(5000) }] })).toBe("meetings.start_time");
    expect(refusal({ usernames: ["ok", "u".repeat(65)] })).toBe("usernames");
    expect(refusal({ ids: Array.from({ length: 5001 }, () => "x") })).toBe("ids");
    expect(refusal({ csv: "s,A\n".repeat(200_000) })).toBeUndefined();
  });
});
