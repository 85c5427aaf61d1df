import { setDefaultTimeout, describe, expect, test } from "bun:test";
import {
  COURSES,
  CURRENT_ENROLLMENTS,
  DEPARTMENTS,
  PAST_GRADES,
  SECTIONS,
  type DemoMeeting,
  type DemoSection,
  type DemoTermKey,
} from "./demo-catalog";

setDefaultTimeout(30_000); // a bound on a hang on a busy machine, not a speed claim (tests/support/preload.ts)

// ---------------------------------------------------------------------------
// helpers
// ---------------------------------------------------------------------------

const GRADES = ["A", "A-", "B+", "B", "B-", "C+", "C", "C-", "D+", "D", "D-", "F", "P", "NP", "W", "I"];
const NOT_PASSING = new Set(["F", "NP", "W", "I"]);
const INSTRUCTORS = ["faculty1", "faculty2", "faculty3", "faculty4", "faculty5"];
const STUDENTS = Array.from({ length: 40 }, (_, i) => `student${i + 1}`);
const ENROLLABLE = STUDENTS.slice(20); // student21..student40

const MWF_STARTS = ["08:00", "09:00", "10:00", "11:00", "12:00", "13:00", "14:00", "15:00"];
const TR_STARTS = ["08:00", "09:30", "11:00", "13:00", "14:30", "16:00"];

const minutes = (hhmm: string): number => {
  const [h, m] = hhmm.split(":").map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};
const duration = (m: DemoMeeting): number => minutes(m.end) - minutes(m.start);
const meetingsOverlap = (a: DemoMeeting, b: DemoMeeting): boolean =>
  a.day === b.day && minutes(a.start) < minutes(b.end) && minutes(b.start) < minutes(a.end);
const sectionsOverlap = (a: DemoSection, b: DemoSection): boolean =>
  a.meetings.some((x) => b.meetings.some((y) => meetingsOverlap(x, y)));
const label = (s: { courseCode: string; code: string }): string => `${s.courseCode}-${s.code}`;

const courseByCode = new Map(COURSES.map((c) => [c.code, c]));
const termSections = (term: DemoTermKey): DemoSection[] => SECTIONS.filter((s) => s.term === term);
const current = termSections("current");
const past = termSections("past");
const currentByKey = new Map(current.map((s) => [`${s.courseCode}/${s.code}`, s]));
const section = (courseCode: string, code: string): DemoSection => {
  const s = currentByKey.get(`${courseCode}/${code}`);
  if (!s) throw new Error(`no current section ${courseCode}-${code}`);
  return s;
};

const enrolledCount = new Map<string, number>();
for (const e of CURRENT_ENROLLMENTS) {
  const key = `${e.courseCode}/${e.sectionCode}`;
  enrolledCount.set(key, (enrolledCount.get(key) ?? 0) + 1);
}
const countOf = (s: DemoSection): number => enrolledCount.get(`${s.courseCode}/${s.code}`) ?? 0;

const passedBy = (student: string): Set<string> =>
  new Set(
    PAST_GRADES.filter((g) => g.student === student && !NOT_PASSING.has(g.grade)).map((g) => g.courseCode),
  );
const missingPrereqs = (student: string, courseCode: string): string[] => {
  const passed = passedBy(student);
  return (courseByCode.get(courseCode)?.prerequisites ?? []).filter((p) => !passed.has(p));
};

const courseNumber = (code: string): number => Number(code.split(" ")[1]);

// ---------------------------------------------------------------------------
// tests
// ---------------------------------------------------------------------------

describe("demo catalog: plain data", () => {
  test("exported arrays survive a JSON round trip unchanged", () => {
    for (const data of [DEPARTMENTS, COURSES, SECTIONS, CURRENT_ENROLLMENTS, PAST_GRADES]) {
      expect(Array.isArray(data)).toBe(true);
      expect(JSON.parse(JSON.stringify(data))).toEqual(data);
    }
  });
});

describe("departments and courses", () => {
  test("at least 6 departments with unique codes and names", () => {
    expect(DEPARTMENTS.length).toBeGreaterThanOrEqual(6);
    expect(new Set(DEPARTMENTS.map((d) => d.code)).size).toBe(DEPARTMENTS.length);
    for (const d of DEPARTMENTS) {
      expect(d.code).toMatch(/^[A-Z]{2,4}$/);
      expect(d.name.length).toBeGreaterThan(2);
    }
  });

  test("at least 44 courses with unique, well-formed codes", () => {
    expect(COURSES.length).toBeGreaterThanOrEqual(44);
    expect(new Set(COURSES.map((c) => c.code)).size).toBe(COURSES.length);
    for (const c of COURSES) {
      expect(c.code).toMatch(/^[A-Z]{2,4} \d{3}$/);
      expect(c.title.trim().length).toBeGreaterThan(3);
    }
  });

  test("every course belongs to an existing department matching its code prefix", () => {
    const deptCodes = new Set(DEPARTMENTS.map((d) => d.code));
    for (const c of COURSES) {
      expect(deptCodes.has(c.department)).toBe(true);
      expect(c.code.split(" ")[0]).toBe(c.department);
    }
  });

  test("courses are spread over the departments (at least 4 each)", () => {
    for (const d of DEPARTMENTS) {
      expect(COURSES.filter((c) => c.department === d.code).length).toBeGreaterThanOrEqual(4);
    }
  });

  test("credits are integers between 1 and 5", () => {
    for (const c of COURSES) {
      expect(Number.isInteger(c.credits)).toBe(true);
      expect(c.credits).toBeGreaterThanOrEqual(1);
      expect(c.credits).toBeLessThanOrEqual(5);
    }
  });

  test("descriptions are one or two sentences", () => {
    for (const c of COURSES) {
      const sentences = c.description.split(/(?<=[.!?])\s+/).filter((s) => s.trim().length > 0);
      expect(c.description.endsWith(".")).toBe(true);
      expect(sentences.length).toBeGreaterThanOrEqual(1);
      expect(sentences.length).toBeLessThanOrEqual(2);
      expect(c.description.length).toBeGreaterThan(40);
    }
  });

  test("prerequisites reference existing courses, no self or duplicate references", () => {
    for (const c of COURSES) {
      expect(new Set(c.prerequisites).size).toBe(c.prerequisites.length);
      for (const p of c.prerequisites) {
        expect(courseByCode.has(p)).toBe(true);
        expect(p).not.toBe(c.code);
      }
    }
  });

  test("at least 12 courses have prerequisites; introductory courses have none", () => {
    expect(COURSES.filter((c) => c.prerequisites.length > 0).length).toBeGreaterThanOrEqual(12);
    // Introductory: every 1xx course except second-semester sequels such as "Calculus II".
    const introductory = COURSES.filter((c) => courseNumber(c.code) < 200 && !/ II$/.test(c.title));
    expect(introductory.length).toBeGreaterThanOrEqual(2 * DEPARTMENTS.length);
    for (const c of introductory) {
      expect({ code: c.code, prerequisites: c.prerequisites }).toEqual({ code: c.code, prerequisites: [] });
    }
  });

  test("prerequisite graph has no cycles", () => {
    const state = new Map<string, "visiting" | "done">();
    const visit = (code: string, path: string[]): void => {
      if (state.get(code) === "done") return;
      if (state.get(code) === "visiting") throw new Error(`cycle: ${[...path, code].join(" -> ")}`);
      state.set(code, "visiting");
      for (const p of courseByCode.get(code)?.prerequisites ?? []) visit(p, [...path, code]);
      state.set(code, "done");
    };
    expect(() => {
      for (const c of COURSES) visit(c.code, []);
    }).not.toThrow();
  });
});

describe("sections", () => {
  test("at least 90 current-term and 20 past-term sections", () => {
    expect(current.length).toBeGreaterThanOrEqual(90);
    expect(past.length).toBeGreaterThanOrEqual(20);
    expect(current.length + past.length).toBe(SECTIONS.length);
  });

  test("sections reference existing courses and valid instructors and rooms", () => {
    for (const s of SECTIONS) {
      expect(courseByCode.has(s.courseCode)).toBe(true);
      expect(INSTRUCTORS).toContain(s.instructor);
      expect(s.room).toMatch(/^[A-Z]{2,4} \d{3}$/);
      expect(s.code).toMatch(/^\d{3}$/);
    }
  });

  test("section codes are unique per course per term", () => {
    const keys = SECTIONS.map((s) => `${s.term}/${s.courseCode}/${s.code}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test("past-term sections are only of introductory courses", () => {
    for (const s of past) {
      expect(courseByCode.get(s.courseCode)?.prerequisites).toEqual([]);
      expect(courseNumber(s.courseCode)).toBeLessThan(200);
    }
  });

  test("meetings follow the usual patterns (MWF 50 min, TR 75 min, or one 170-minute block)", () => {
    for (const s of SECTIONS) {
      const m = s.meetings;
      expect(m.length).toBeGreaterThan(0);
      for (const x of m) {
        expect(x.start).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
        expect(x.end).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
        expect(minutes(x.end)).toBeGreaterThan(minutes(x.start));
      }
      const days = m.map((x) => x.day).join(",");
      const sameTime = m.every((x) => x.start === m[0]?.start && x.end === m[0]?.end);
      expect(sameTime).toBe(true);
      const first = m[0] as DemoMeeting;
      const kind =
        days === "MON,WED,FRI" && duration(first) === 50 && MWF_STARTS.includes(first.start)
          ? "MWF"
          : days === "TUE,THU" && duration(first) === 75 && TR_STARTS.includes(first.start)
            ? "TR"
            : m.length === 1 && duration(first) === 170
              ? "LONG"
              : "INVALID";
      if (kind === "INVALID") throw new Error(`${s.term} ${label(s)} has an unusual meeting pattern`);
    }
  });

  test("the standard slots dominate and there are some labs", () => {
    const standardMwf = ["08:00", "09:00", "10:00", "11:00", "13:00", "14:00"];
    const standard = current.filter(
      (s) => s.meetings.length > 1 && (s.meetings[0]?.day === "TUE" || standardMwf.includes(s.meetings[0]?.start ?? "")),
    );
    expect(standard.length / current.length).toBeGreaterThan(0.6);
    const labs = SECTIONS.filter((s) => s.meetings.length === 1 && courseByCode.get(s.courseCode)?.title.includes("Laboratory"));
    expect(labs.length).toBeGreaterThanOrEqual(3);
  });

  test("capacities are mostly 20-120 with a few small seminar sections (4-8)", () => {
    for (const s of SECTIONS) {
      expect(Number.isInteger(s.capacity)).toBe(true);
      expect(s.capacity).toBeGreaterThanOrEqual(4);
      expect(s.capacity).toBeLessThanOrEqual(120);
    }
    const regular = SECTIONS.filter((s) => s.capacity >= 20).length;
    expect(regular / SECTIONS.length).toBeGreaterThanOrEqual(0.85);
    const small = current.filter((s) => s.capacity <= 8).length;
    expect(small).toBeGreaterThanOrEqual(3);
    expect(small).toBeLessThanOrEqual(12);
  });

  test("each faculty member teaches about 18 current sections", () => {
    for (const f of INSTRUCTORS) {
      const n = current.filter((s) => s.instructor === f).length;
      expect(n).toBeGreaterThanOrEqual(15);
      expect(n).toBeLessThanOrEqual(21);
    }
  });

  for (const term of ["current", "past"] as const) {
    test(`${term} term: no two sections in the same room at overlapping times`, () => {
      const list = termSections(term);
      const clashes: string[] = [];
      for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++) {
          const a = list[i] as DemoSection;
          const b = list[j] as DemoSection;
          if (a.room === b.room && sectionsOverlap(a, b)) clashes.push(`${a.room}: ${label(a)} / ${label(b)}`);
        }
      expect(clashes).toEqual([]);
    });

    test(`${term} term: no instructor teaches two overlapping sections`, () => {
      const list = termSections(term);
      const clashes: string[] = [];
      for (let i = 0; i < list.length; i++)
        for (let j = i + 1; j < list.length; j++) {
          const a = list[i] as DemoSection;
          const b = list[j] as DemoSection;
          if (a.instructor === b.instructor && sectionsOverlap(a, b))
            clashes.push(`${a.instructor}: ${label(a)} / ${label(b)}`);
        }
      expect(clashes).toEqual([]);
    });
  }
});

describe("current enrollments", () => {
  test("only student21..student40 are enrolled, each in 2-4 sections", () => {
    for (const e of CURRENT_ENROLLMENTS) expect(ENROLLABLE).toContain(e.student);
    for (const st of ENROLLABLE) {
      const n = CURRENT_ENROLLMENTS.filter((e) => e.student === st).length;
      expect(n).toBeGreaterThanOrEqual(2);
      expect(n).toBeLessThanOrEqual(4);
    }
    for (const st of STUDENTS.slice(0, 20)) {
      expect(CURRENT_ENROLLMENTS.filter((e) => e.student === st)).toEqual([]);
    }
  });

  test("enrollments reference existing current-term sections; one section per course per student", () => {
    for (const e of CURRENT_ENROLLMENTS) expect(currentByKey.has(`${e.courseCode}/${e.sectionCode}`)).toBe(true);
    for (const st of ENROLLABLE) {
      const courses = CURRENT_ENROLLMENTS.filter((e) => e.student === st).map((e) => e.courseCode);
      expect(new Set(courses).size).toBe(courses.length);
    }
  });

  test("no student has overlapping sections or more than 18 credits", () => {
    for (const st of ENROLLABLE) {
      const mine = CURRENT_ENROLLMENTS.filter((e) => e.student === st).map((e) => section(e.courseCode, e.sectionCode));
      for (let i = 0; i < mine.length; i++)
        for (let j = i + 1; j < mine.length; j++) {
          const a = mine[i] as DemoSection;
          const b = mine[j] as DemoSection;
          if (sectionsOverlap(a, b)) throw new Error(`${st}: ${label(a)} overlaps ${label(b)}`);
        }
      const credits = mine.reduce((sum, s) => sum + (courseByCode.get(s.courseCode)?.credits ?? 0), 0);
      expect(credits).toBeLessThanOrEqual(18);
    }
  });

  test("every enrollment satisfies its prerequisites with passing past grades", () => {
    const failures = CURRENT_ENROLLMENTS.filter((e) => missingPrereqs(e.student, e.courseCode).length > 0).map(
      (e) => `${e.student} ${e.courseCode} lacks ${missingPrereqs(e.student, e.courseCode).join(", ")}`,
    );
    expect(failures).toEqual([]);
  });

  test("no section is over capacity", () => {
    for (const s of current) expect(countOf(s)).toBeLessThanOrEqual(s.capacity);
  });

  test("at least 6 sections are nearly full and at least 2 exactly full", () => {
    const nearlyFull = current.filter((s) => countOf(s) > 0 && (countOf(s) === s.capacity - 1 || countOf(s) === s.capacity - 2));
    const full = current.filter((s) => countOf(s) === s.capacity);
    expect(nearlyFull.length).toBeGreaterThanOrEqual(6);
    expect(full.length).toBeGreaterThanOrEqual(2);
  });
});

describe("past grades", () => {
  test("every student1..student40 has 2-4 past courses, each at most once", () => {
    for (const g of PAST_GRADES) expect(STUDENTS).toContain(g.student);
    for (const st of STUDENTS) {
      const courses = PAST_GRADES.filter((g) => g.student === st).map((g) => g.courseCode);
      expect(courses.length).toBeGreaterThanOrEqual(2);
      expect(courses.length).toBeLessThanOrEqual(4);
      expect(new Set(courses).size).toBe(courses.length);
    }
  });

  test("grades are valid and reference courses with a past-term section", () => {
    const pastCourses = new Set(past.map((s) => s.courseCode));
    for (const g of PAST_GRADES) {
      expect(GRADES).toContain(g.grade);
      expect(pastCourses.has(g.courseCode)).toBe(true);
    }
  });

  test("past-term sections could have held every graded student", () => {
    for (const code of new Set(PAST_GRADES.map((g) => g.courseCode))) {
      const graded = PAST_GRADES.filter((g) => g.courseCode === code).length;
      const seats = past.filter((s) => s.courseCode === code).reduce((sum, s) => sum + s.capacity, 0);
      expect(graded).toBeLessThanOrEqual(seats);
    }
  });

  test("realistic mix: mostly A-C, a few F, W, P", () => {
    const abc = PAST_GRADES.filter((g) => /^[ABC]/.test(g.grade)).length;
    expect(abc / PAST_GRADES.length).toBeGreaterThanOrEqual(0.75);
    const count = (grade: string): number => PAST_GRADES.filter((g) => g.grade === grade).length;
    expect(count("F")).toBeGreaterThanOrEqual(2);
    expect(count("F")).toBeLessThanOrEqual(6);
    expect(count("W")).toBeGreaterThanOrEqual(1);
    expect(count("P")).toBeGreaterThanOrEqual(1);
    expect(count("F") + count("NP") + count("W") + count("I")).toBeLessThanOrEqual(PAST_GRADES.length * 0.1);
  });

  test("several students passed CS 101 and MATH 101", () => {
    const passers = (code: string): number => STUDENTS.filter((st) => passedBy(st).has(code)).length;
    expect(passers("CS 101")).toBeGreaterThanOrEqual(5);
    expect(passers("MATH 101")).toBeGreaterThanOrEqual(5);
  });

  test("student1: CS 101 A, MATH 101 B+, and an F in another intro course", () => {
    const mine = PAST_GRADES.filter((g) => g.student === "student1");
    expect(mine).toContainEqual({ student: "student1", courseCode: "CS 101", grade: "A" });
    expect(mine).toContainEqual({ student: "student1", courseCode: "MATH 101", grade: "B+" });
    const failed = mine.filter((g) => g.grade === "F");
    expect(failed.length).toBe(1);
    const failedCourse = failed[0]?.courseCode ?? "";
    expect(["CS 101", "MATH 101"]).not.toContain(failedCourse);
    expect(courseByCode.get(failedCourse)?.prerequisites).toEqual([]);
  });
});

// Sections named in the demo script; keep them true if the data changes.
describe("demo scenarios", () => {
  test("CS 230-002 is nearly full and student1 meets its prerequisites", () => {
    const s = section("CS 230", "002");
    expect(countOf(s)).toBe(s.capacity - 1);
    expect(missingPrereqs("student1", "CS 230")).toEqual([]);
  });

  test("ENG 230-001 and HIST 390-001 are full", () => {
    for (const [c, n] of [["ENG 230", "001"], ["HIST 390", "001"]] as const) {
      const s = section(c, n);
      expect(countOf(s)).toBe(s.capacity);
    }
    expect(missingPrereqs("student1", "ENG 230")).toEqual([]); // refused for capacity, not prerequisites
  });

  test("student1 lacks the prerequisite for PSYC 230 (failed PSYC 101) and for CS 310", () => {
    expect(missingPrereqs("student1", "PSYC 230")).toEqual(["PSYC 101"]);
    expect(missingPrereqs("student1", "CS 310")).toEqual(["CS 201", "CS 230"]);
    expect(section("PSYC 230", "001").capacity - countOf(section("PSYC 230", "001"))).toBe(1);
  });
});
