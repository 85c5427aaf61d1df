import { setDefaultTimeout, describe, expect, test } from "bun:test";
import { parseGradeCsv } from "./csv";

setDefaultTimeout(30_000); // a bound on a hang on a busy machine, not a speed claim (tests/support/preload.ts)

describe("reading a grades CSV", () => {
  test("plain rows, no header, line numbers from the file", () => {
    expect(parseGradeCsv("student1,A\nstudent2,B+\n")).toEqual([
      { line: 1, student: "student1", grade: "A" },
      { line: 2, student: "student2", grade: "B+" },
    ]);
  });

  test("BOM, header, CRLF, blank lines and surrounding spaces", () => {
    expect(parseGradeCsv("\uFEFFStudent,Grade\r\n\r\n student1 , A- \r\nstudent2,C\r\n")).toEqual([
      { line: 3, student: "student1", grade: "A-" },
      { line: 4, student: "student2", grade: "C" },
    ]);
  });

  test("semicolons, as European spreadsheets export them, and quoted fields", () => {
    expect(parseGradeCsv('username;grade\n"student1";"B-"\nstudent2;P;\n')).toEqual([
      { line: 2, student: "student1", grade: "B-" },
      { line: 3, student: "student2", grade: "P" },
    ]);
  });

  test("a first row that is data is not taken for a header", () => {
    expect(parseGradeCsv("user,A\n")).toEqual([{ line: 1, student: "user", grade: "A" }]);
  });

  test("malformed rows say what is wrong", () => {
    const rows = parseGradeCsv('student1\nstudent2,A,extra\n,B\nstudent3,\n"student4,A\n');
    expect(rows.map((r) => [r.line, r.malformed])).toEqual([
      [1, "Expected 2 columns (student,grade), found 1."],
      [2, "Expected 2 columns (student,grade), found 3."],
      [3, "The student is missing."],
      [4, "The grade is missing."],
      [5, "A quoted field is not closed."],
    ]);
  });

  test("an empty file has no rows", () => {
    expect(parseGradeCsv("\uFEFF\n\n")).toEqual([]);
  });
});
