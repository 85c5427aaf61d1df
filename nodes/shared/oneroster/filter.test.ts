import { describe, expect, setDefaultTimeout, test } from "bun:test";
import { FilterError, matches, parseFilter } from "./filter";

setDefaultTimeout(30_000); // see tests/support/preload.ts

const FIELDS = ["sourcedId", "status", "dateLastModified", "givenName", "familyName", "roles.role", "score"];
const user = { sourcedId: "u1", status: "active", dateLastModified: "2026-04-20T10:00:00.000Z", givenName: "Ada", familyName: "Lovelace", roles: [{ role: "student" }, { role: "aide" }], score: 91.5 };

const refused = (text: string) => {
  try {
    parseFilter(text, FIELDS);
  } catch (error) {
    expect(error).toBeInstanceOf(FilterError);
    return error as FilterError;
  }
  throw new Error(`accepted: ${text}`);
};

describe("OneRoster filter", () => {
  test("one predicate per operator", () => {
    expect(matches(user, parseFilter("givenName='Ada'", FIELDS))).toBe(true);
    expect(matches(user, parseFilter("givenName!='Ada'", FIELDS))).toBe(false);
    expect(matches(user, parseFilter("dateLastModified>'2026-04-20T00:00:00Z'", FIELDS))).toBe(true);
    expect(matches(user, parseFilter("dateLastModified>='2026-04-21'", FIELDS))).toBe(false);
    expect(matches(user, parseFilter("dateLastModified<'2026-04-21'", FIELDS))).toBe(true);
    expect(matches(user, parseFilter("dateLastModified<='2026-04-19'", FIELDS))).toBe(false);
    expect(matches(user, parseFilter("familyName~'love'", FIELDS))).toBe(true);
  });

  test("numbers compare as numbers, bare or quoted", () => {
    expect(matches(user, parseFilter("score>9", FIELDS))).toBe(true);
    expect(matches(user, parseFilter("score<'100'", FIELDS))).toBe(true);
  });

  test("AND binds tighter than OR; keywords are upper case and spaced", () => {
    const tree = parseFilter("status='active' AND givenName='Bob' OR familyName='Lovelace'", FIELDS);
    expect(tree.kind).toBe("or");
    expect(matches(user, tree)).toBe(true);
    expect(matches(user, parseFilter("status='active' AND givenName='Bob'", FIELDS))).toBe(false);
    expect(matches(user, parseFilter("givenName='ORla' OR givenName='ANDy'", FIELDS))).toBe(false);
  });

  test("list fields: any item matches; != means none does", () => {
    expect(matches(user, parseFilter("roles.role='student'", FIELDS))).toBe(true);
    expect(matches(user, parseFilter("roles.role!='teacher'", FIELDS))).toBe(true);
    expect(matches(user, parseFilter("roles.role!='aide'", FIELDS))).toBe(false);
  });

  test("quotes inside values are doubled", () => {
    expect(matches({ familyName: "O'Brien" }, parseFilter("familyName='O''Brien'", FIELDS))).toBe(true);
  });

  test("bad filters are refused, naming the problem", () => {
    expect(refused("nickname='x'").codeMinor).toBe("invalid_filter_field");
    expect(refused("nickname='x'").message).toContain("nickname");
    expect(refused("givenName='Ada").message).toContain("cannot be read");
    expect(refused("givenName=='Ada'").message).toContain("not valid");
    expect(refused("givenName='Ada' AND").message).toContain("the end of the filter");
    expect(refused("givenName='Ada' and status='active'").codeMinor).toBe("invalid_data");
    expect(refused("").message).toContain("empty");
    expect(refused(`${"status='a' AND ".repeat(10)}status='a'`).message).toContain("at most 10");
    expect(refused("x".repeat(1001)).message).toContain("longer");
  });
});
