import { setDefaultTimeout, describe, expect, test } from "bun:test";
import { nulField } from "./input-guard";

setDefaultTimeout(30_000); // a bound on a hang on a busy machine, not a speed claim (tests/support/preload.ts)

describe("nulField", () => {
  test("clean values have no NUL field", () => {
    expect(nulField({ section_id: "abc", waitlist: false, meetings: [{ day: "MON" }], note: null })).toBeUndefined();
    expect(nulField(undefined)).toBeUndefined();
    expect(nulField(42)).toBeUndefined();
  });

  test("names the first field holding NUL, nested in objects and lists", () => {
    expect(nulField("a\u0000")).toBe("body");
    expect(nulField({ name: "ok", room: "R\u00001" })).toBe("room");
    expect(nulField({ meetings: [{ day: "MON" }, { day: "TU\u0000E" }] })).toBe("meetings[1].day");
    expect(nulField({ ids: ["a", "b\u0000"] })).toBe("ids[1]");
    expect(nulField([["x", "\u0000"]])).toBe("[0][1]");
  });

  test("only the value's own fields are searched", () => {
    const inherited = Object.create({ hidden: "x\u0000" }) as Record<string, unknown>;
    inherited.shown = "fine";
    expect(nulField(inherited)).toBeUndefined();
  });
});
