import { setDefaultTimeout, describe, expect, test } from "bun:test";
import { isDatabaseConnectionLoss } from "./db";

setDefaultTimeout(30_000); // a bound on a hang on a busy machine, not a speed claim (tests/support/preload.ts)

describe("a lost database connection", () => {
  test("the server ending connections and the driver losing them are losses; a refused statement is not", () => {
    const withCode = (code: string, cause = false) => (cause ? Object.assign(new Error("Failed query"), { cause: { code } }) : Object.assign(new Error(code), { code }));
    for (const code of ["57P01", "57P02", "57P03", "CONNECTION_CLOSED", "CONNECTION_DESTROYED", "CONNECT_TIMEOUT", "ECONNREFUSED"]) {
      expect(isDatabaseConnectionLoss(withCode(code))).toBe(true);
    }
    expect(isDatabaseConnectionLoss(withCode("57P01", true))).toBe(true);
    for (const code of ["23505", "57014", "42501", "40P01"]) expect(isDatabaseConnectionLoss(withCode(code))).toBe(false);
    expect(isDatabaseConnectionLoss(new Error("boom"))).toBe(false);
    expect(isDatabaseConnectionLoss("text")).toBe(false);
  });
});
