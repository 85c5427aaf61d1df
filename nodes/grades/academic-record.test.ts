import { setDefaultTimeout, describe, expect, test } from "bun:test";
import { GRADE_SCALE } from "../../db/grades/scale";
import { academicRecord, type ReleasedGrade } from "./academic-record";

setDefaultTimeout(30_000); // a bound on a hang on a busy machine, not a speed claim (tests/support/preload.ts)

const SCALE = new Map(GRADE_SCALE.map((g) => [g.code as string, { points: g.points, countsInGpa: g.countsInGpa, passing: g.passing }]));
const FALL = { termId: "t-fall", termCode: "2024FA", termName: "Fall 2024", termStartsOn: "2024-08-26" };
const SPRING = { termId: "t-spring", termCode: "2025SP", termName: "Spring 2025", termStartsOn: "2025-01-13" };

let sequence = 0;
function graded(term: typeof FALL, courseCode: string, credits: number, grade: string): ReleasedGrade {
  sequence += 1;
  return {
    ...term,
    sectionId: `section-${sequence}`,
    courseId: `course-${courseCode}`,
    courseCode,
    courseTitle: courseCode,
    credits,
    grade,
    releasedAt: new Date(`${term.termStartsOn}T00:00:00Z`),
  };
}

describe("GPA and credits, worked by hand", () => {
  test("mixed credits and plus/minus: (4x4.0 + 4x3.3 + 3x3.7 + 3x0.0) / 14 = 40.3 / 14 = 2.879 -> 2.88", () => {
    const record = academicRecord(
      [graded(FALL, "CS 101", 4, "A"), graded(FALL, "MATH 101", 4, "B+"), graded(FALL, "ENG 101", 3, "A-"), graded(FALL, "PSYC 101", 3, "F")],
      SCALE,
    );
    expect(record.cumulative_gpa).toBe(2.88);
    expect(record.terms[0]!.gpa).toBe(2.88);
    expect(record.quality_points).toBe(40.3);
    expect(record.credits_attempted).toBe(14);
    expect(record.credits_earned).toBe(11);
  });

  test("P, NP, I and W earn no grade points and stay out of the GPA", () => {
    const record = academicRecord(
      [
        graded(FALL, "CS 101", 4, "B"),
        graded(FALL, "ART 100", 2, "P"),
        graded(FALL, "PHIL 100", 3, "NP"),
        graded(FALL, "BIO 101", 4, "I"),
        graded(FALL, "HIST 101", 3, "W"),
      ],
      SCALE,
    );
    // Only CS 101 counts: 4 x 3.0 / 4.
    expect(record.cumulative_gpa).toBe(3);
    expect(record.quality_points).toBe(12);
    // Attempted: everything but W (4 + 2 + 3 + 4); earned: B and P (4 + 2).
    expect(record.credits_attempted).toBe(13);
    expect(record.credits_earned).toBe(6);
    const pass = record.terms[0]!.entries.find((e) => e.grade === "P")!;
    expect(pass.counts_in_gpa).toBe(false);
    expect(pass.points).toBe(0);
  });

  test("nothing counts: no GPA at all (not 0.00)", () => {
    const record = academicRecord([graded(FALL, "ART 100", 2, "P"), graded(FALL, "HIST 101", 3, "W")], SCALE);
    expect(record.cumulative_gpa).toBeUndefined();
    expect(record.terms[0]!.gpa).toBeUndefined();
  });

  test("a repeated course counts only its latest attempt; both stay listed", () => {
    const firstTry = graded(FALL, "CS 101", 4, "F");
    const record = academicRecord([graded(SPRING, "CS 101", 4, "B+"), firstTry, graded(FALL, "MATH 101", 4, "B")], SCALE);
    // Cumulative: (4 x 3.0 + 4 x 3.3) / 8 = 25.2 / 8 = 3.15; the F is replaced.
    expect(record.cumulative_gpa).toBe(3.15);
    expect(record.terms.map((t) => t.term_code)).toEqual(["2024FA", "2025SP"]);
    const [fall, spring] = record.terms;
    expect(fall!.entries.map((e) => [e.course_code, e.grade, e.repeated, e.counts_in_gpa])).toEqual([
      ["CS 101", "F", true, false],
      ["MATH 101", "B", false, true],
    ]);
    expect(fall!.gpa).toBe(3);
    expect(spring!.gpa).toBe(3.3);
    // Attempted counts both tries; earned counts the course once.
    expect(record.credits_attempted).toBe(12);
    expect(record.credits_earned).toBe(8);
  });

  test("a later W or P does not replace an earlier letter grade", () => {
    const withdrawn = academicRecord([graded(FALL, "CS 101", 4, "D"), graded(SPRING, "CS 101", 4, "W")], SCALE);
    expect(withdrawn.cumulative_gpa).toBe(1);
    expect(withdrawn.terms[0]!.entries[0]!.repeated).toBe(false);
    expect(withdrawn.credits_earned).toBe(4);

    const passed = academicRecord([graded(FALL, "ENG 101", 3, "F"), graded(SPRING, "ENG 101", 3, "P")], SCALE);
    expect(passed.cumulative_gpa).toBe(0);
    expect(passed.credits_earned).toBe(3);
  });

  test("exact math, rounded once at the end: (3x3.7 + 3x3.3 + 2x1.0) / 8 = 2.875 -> 2.88", () => {
    const record = academicRecord([graded(FALL, "A 1", 3, "A-"), graded(FALL, "B 1", 3, "B+"), graded(FALL, "C 1", 2, "D")], SCALE);
    expect(record.cumulative_gpa).toBe(2.88);
    expect(record.quality_points).toBe(23);
  });

  test("term GPAs differ and the cumulative is not their average: fall 4.0 (1 credit), spring 2.0 (4 credits) -> 10 / 5 = 2.4", () => {
    const record = academicRecord([graded(FALL, "PE 100", 1, "A"), graded(SPRING, "CHEM 101", 4, "C")], SCALE);
    expect(record.terms.map((t) => t.gpa)).toEqual([4, 2]);
    expect(record.cumulative_gpa).toBe(2.4);
  });
});
