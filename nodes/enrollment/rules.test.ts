import { setDefaultTimeout, describe, expect, test } from "bun:test";
import { creditTotal, leavingEnrolled, missingPrerequisites, registrationWindow } from "./rules";
import { seatProblemWords } from "./wording";
import type { SectionFacts } from "./section-facts";

setDefaultTimeout(30_000); // a bound on a hang on a busy machine, not a speed claim (tests/support/preload.ts)

function section(label: string, credits: number, meetings: Array<[number, number, number]>): SectionFacts {
  return {
    id: label,
    code: "001",
    label,
    courseId: `course-${label}`,
    courseCode: label,
    courseTitle: label,
    credits,
    termId: "term",
    termName: "Fall",
    termCode: "2031FA",
    termStartsOn: "2031-09-01",
    termEndsOn: "2031-12-20",
    room: "R",
    instructorId: "i",
    instructorName: "I",
    cancelled: false,
    meetings: meetings.map(([day, startMinute, endMinute]) => ({ day, startMinute, endMinute })),
    prerequisites: [],
    registrationOpensAt: new Date(1000),
    registrationClosesAt: new Date(2000),
    addDropDeadline: new Date(2000),
  };
}

describe("registration rules", () => {
  const mwf9 = section("CS 101-001", 4, [[1, 540, 590], [3, 540, 590], [5, 540, 590]]);
  const wed930 = section("MATH 101-001", 4, [[3, 570, 645]]);
  const tue = section("ENG 101-001", 3, [[2, 540, 615]]);

  // Whether there is a conflict or the limit is passed is decided in SQL (seat_problem,
  // tests/system/registration-sql.test.ts); these are the words for its answers.
  test("a time conflict names the other section and both times, and how to become eligible", () => {
    const words = seatProblemWords(wed930, { problem: "TIME_CONFLICT", other: mwf9 }, 18);
    expect(words.reason).toBe("Time conflict: MATH 101-001 meets Wed 09:30–10:45, when you have CS 101-001 (Mon, Wed, Fri 09:00–09:50).");
    expect(words.remedy).toStartWith("Drop CS 101-001 to be eligible");
  });

  test("the credit limit says the total, the limit and how much to drop", () => {
    expect(creditTotal([mwf9, tue])).toBe(7);
    const big = section("BIG 100-001", 11, [[6, 0, 60]]);
    const words = seatProblemWords(big, { problem: "CREDIT_LIMIT", credits: 18 }, 17);
    expect(words.reason).toBe("Credit limit: adding BIG 100-001 (11 credits) would bring you to 18 credits this term; the limit is 17.");
    expect(words.remedy).toStartWith("Drop sections worth at least 1 credit to be eligible");
  });

  test("missing prerequisites are those not passed", () => {
    const algo = { prerequisites: [{ id: "201", code: "CS 201" }, { id: "230", code: "CS 230" }] };
    expect(missingPrerequisites(algo, new Set(["201"]))).toEqual([{ id: "230", code: "CS 230" }]);
    expect(missingPrerequisites(algo, new Set(["201", "230"]))).toEqual([]);
  });

  test("leaving an enrolled section: a drop before the add/drop deadline, then a confirmed withdrawal until the term ends, never after grades are released", () => {
    const leave = (now: number, withdrawConfirmed = false, gradesReleasedAt: Date | null = null) => leavingEnrolled(mwf9, { now, withdrawConfirmed, gradesReleasedAt }, "UTC");
    const termEnd = (day: string) => Date.parse(`${day}T00:00:00Z`) + 86_400_000;
    expect(leave(1999)).toEqual({ kind: "DROPPED" });
    expect(leave(2000)).toMatchObject({ kind: "REFUSED", field: "withdraw" });
    expect(leave(2000, true)).toEqual({ kind: "WITHDRAWN" });
    expect(leave(termEnd("2031-12-20") - 1, true)).toEqual({ kind: "WITHDRAWN" });
    expect(leave(termEnd("2031-12-20"), true)).toMatchObject({ kind: "REFUSED", message: expect.stringContaining("ended on 20 December 2031") });
    expect(leave(1500, false, new Date(1400))).toMatchObject({ kind: "REFUSED", message: expect.stringContaining("its roster is final") });
  });

  test("the registration window opens and closes", () => {
    expect(registrationWindow(mwf9, 999)).toBe("before");
    expect(registrationWindow(mwf9, 1000)).toBe("open");
    expect(registrationWindow(mwf9, 2000)).toBe("closed");
  });
});
