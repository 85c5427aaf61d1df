import { setDefaultTimeout, describe, expect, test } from "bun:test";
import { fieldLabel, fieldList, fieldMessage } from "./field-labels";

setDefaultTimeout(30_000); // a bound on a hang on a busy machine, not a speed claim (tests/support/preload.ts)

describe("field labels", () => {
  test("a field code reads as the label of its form control", () => {
    expect(fieldLabel("ends_on")).toBe("Last day of classes");
    expect(fieldLabel("registration_closes_at")).toBe("Registration closes");
    expect(fieldLabel("instructor_id")).toBe("Instructor");
  });

  test("an item of a list names its row, counted from 1, and its part", () => {
    expect(fieldLabel("meetings[0]")).toBe("Meeting times, row 1");
    expect(fieldLabel("meetings.2.start_time")).toBe("Meeting times, row 3 (Start time)");
  });

  test("an unknown code still reads as words, not as a code", () => {
    expect(fieldLabel("some_new_field")).toBe("Some new field");
  });

  test("messages and lists start with the label", () => {
    expect(fieldMessage("ends_on", "must be a date like 2026-12-18.")).toBe("Last day of classes must be a date like 2026-12-18.");
    expect(fieldList(["ends_on", "registration_closes_at", "capacity"])).toBe("Last day of classes, Registration closes and Capacity");
  });
});
