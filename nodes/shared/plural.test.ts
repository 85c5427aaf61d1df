import { setDefaultTimeout, expect, test } from "bun:test";
import { plural } from "./plural";

setDefaultTimeout(30_000); // a bound on a hang on a busy machine, not a speed claim (tests/support/preload.ts)

test("one thing is singular; none and many are plural", () => {
  expect(plural(1, "account")).toBe("1 account");
  expect(plural(0, "account")).toBe("0 accounts");
  expect(plural(2, "course")).toBe("2 courses");
  expect(plural(1, "match", "matches")).toBe("1 match");
  expect(plural(3, "match", "matches")).toBe("3 matches");
});
