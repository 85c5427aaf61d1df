// Catalog search as students use it: relevance (the exact code first, however it is typed, then
// title words, then the description), parts of words, filters on days, time of day, instructor
// and credits, and refusals that name the field. Every course here is offered only in a term of
// this file's own, so the demo catalog never mixes in.
import { beforeAll, describe, expect, setDefaultTimeout, test } from "bun:test";
import { getStack, type Stack } from "../support/stack";
import { admin, newFaculty, newTerm, type Person } from "./enrollment-fixtures";

setDefaultTimeout(30_000); // see tests/support/preload.ts

let stack: Stack;
let boss: Person;
let termCode = "";
// Letters and digits: a word the English stemmer leaves as it is, so its beginning is predictable.
const word = `zorblax${10000 + Math.floor(Math.random() * 89999)}`;
const number = 5000 + Math.floor(Math.random() * 4000);
const code = `CS ${number}Q`;
const made: Record<string, { id: string; sections: string[] }> = {};
const teachers: Record<string, { id: string; name: string }> = {};

async function course(key: string, fields: { code: string; title: string; description: string; credits: number }, sections: Array<{ teacher: string; meetings: Array<[string, string, string]> }>) {
  const { course } = await stack.client("course").CreateCourse({ ...fields, department: "CS", prerequisite_ids: [] }, { token: boss.token });
  const ids: string[] = [];
  for (const [i, s] of sections.entries()) {
    const { section } = await stack.client("course").CreateSection(
      {
        course_id: course!.id,
        term_id: termCode,
        code: `00${i + 1}`,
        instructor_id: teachers[s.teacher]!.id,
        room: `SRCH ${number}-${key}${i}`,
        meetings: s.meetings.map(([day, start_time, end_time]) => ({ day, start_time, end_time })),
        capacity: 10,
      },
      { token: boss.token },
    );
    ids.push(section!.id);
  }
  made[key] = { id: course!.id, sections: ids };
}

/** The codes of the courses a search in this file's term finds, in order. */
async function codes(query: string): Promise<string[]> {
  const { status, body } = await stack.api(`/api/v1/courses?term=${termCode}&page_size=100&${query}`);
  expect(status, query).toBe(200);
  return body.courses.map((c: { code: string }) => c.code);
}

beforeAll(async () => {
  stack = await getStack();
  boss = await admin(stack);
  const term = await newTerm(stack);
  termCode = term.id;
  for (const key of ["morning", "afternoon"]) {
    const person = await newFaculty(stack);
    const { user } = await stack.client("auth").GetUser({ id: person.id }, { token: boss.token });
    teachers[key] = { id: person.id, name: user!.name };
  }
  const mwf: Array<[string, string, string]> = [
    ["MON", "09:00", "09:50"],
    ["WED", "09:00", "09:50"],
  ];
  const tth: Array<[string, string, string]> = [
    ["TUE", "14:00", "15:15"],
    ["THU", "14:00", "15:15"],
  ];
  await course("exact", { code, title: "Widget Engineering", description: "Building widgets.", credits: 3 }, [{ teacher: "morning", meetings: mwf }]);
  await course("titleCode", { code: `CS ${number + 1}Q`, title: `Readings for CS ${number}Q`, description: "Companion readings.", credits: 1 }, [{ teacher: "afternoon", meetings: tth }]);
  await course("title", { code: `CS ${number + 2}Q`, title: `Advanced ${word} Studies`, description: "Theory and practice.", credits: 4 }, [
    { teacher: "morning", meetings: [["MON", "10:00", "10:50"]] },
    { teacher: "afternoon", meetings: [["TUE", "16:00", "17:15"], ["THU", "16:00", "17:15"]] },
  ]);
  await course("description", { code: `CS ${number + 3}Q`, title: "Seminar", description: `Weekly discussions of ${word} in practice.`, credits: 2 }, [{ teacher: "afternoon", meetings: [["FRI", "13:00", "14:00"]] }]);
});

describe("catalog search", () => {
  test("the exact code comes first however it is typed, then courses that mention it", async () => {
    for (const typed of [code, code.toLowerCase().replace(" ", ""), code.replace(" ", "-"), `cs ${number}q`, `  CS   ${number}Q `]) {
      const found = await codes(`q=${encodeURIComponent(typed)}`);
      expect(found, typed).toEqual([code, `CS ${number + 1}Q`]);
    }
    // The number alone, without its letter, finds the course too (a code that starts with it).
    expect((await codes(`q=cs${number}`))[0]).toBe(code);
  });

  test("title words rank above description words; beginnings and parts of words match", async () => {
    expect(await codes(`q=${word}`)).toEqual([`CS ${number + 2}Q`, `CS ${number + 3}Q`]);
    expect(await codes(`q=${word.slice(0, 9)}`)).toEqual([`CS ${number + 2}Q`, `CS ${number + 3}Q`]);
    // Inside a title word ("idget" of "Widget"): the title, not a word start.
    expect(await codes("q=idget%20engin")).toEqual([code]);
    expect(await codes(`q=${word}%20theory`)).toEqual([`CS ${number + 2}Q`]);
    expect(await codes("q=nothing-like-this-anywhere")).toEqual([]);
  });

  test("days and time of day keep sections that meet only then, and list only those sections", async () => {
    const { body } = await stack.api(`/api/v1/courses?term=${termCode}&days=mon,wed`);
    expect(body.courses.map((c: { code: string }) => c.code)).toEqual([code, `CS ${number + 2}Q`]);
    const advanced = body.courses.find((c: { code: string }) => c.code === `CS ${number + 2}Q`);
    expect(advanced.sections.map((s: { id: string }) => s.id)).toEqual([made.title!.sections[0]]);
    expect(await codes("days=TUE,THU,FRI")).toEqual([`CS ${number + 1}Q`, `CS ${number + 2}Q`, `CS ${number + 3}Q`]);
    expect(await codes("starts_after=13:00")).toEqual([`CS ${number + 1}Q`, `CS ${number + 2}Q`, `CS ${number + 3}Q`]);
    expect(await codes("ends_before=12:00")).toEqual([code, `CS ${number + 2}Q`]);
    expect(await codes("starts_after=13:00&ends_before=14:30")).toEqual([`CS ${number + 3}Q`]);
    expect(await codes("days=SAT")).toEqual([]);
  });

  test("instructor (part of the name) and credits filter; they combine with the text", async () => {
    const afternoon = teachers.afternoon!.name;
    expect(await codes(`instructor=${encodeURIComponent(afternoon.slice(-6).toUpperCase())}`)).toEqual([`CS ${number + 1}Q`, `CS ${number + 2}Q`, `CS ${number + 3}Q`]);
    expect(await codes("min_credits=3")).toEqual([code, `CS ${number + 2}Q`]);
    expect(await codes("max_credits=2")).toEqual([`CS ${number + 1}Q`, `CS ${number + 3}Q`]);
    expect(await codes("min_credits=2&max_credits=3")).toEqual([code, `CS ${number + 3}Q`]);
    expect(await codes(`q=${word}&max_credits=3`)).toEqual([`CS ${number + 3}Q`]);
    expect(await codes(`q=${word}&instructor=${encodeURIComponent(teachers.morning!.name)}`)).toEqual([`CS ${number + 2}Q`]);
  });

  test("bad filters are refused with 400 naming the field", async () => {
    const cases: Array<[string, string]> = [
      ["days=MON,FUNDAY", "days"],
      ["days=MON,XYZ", "days"],
      ["starts_after=9am", "starts_after"],
      ["ends_before=25:00", "ends_before"],
      ["starts_after=15:00&ends_before=09:00", "ends_before"],
      [`instructor=${"x".repeat(101)}`, "instructor"],
      ["min_credits=13", "min_credits"],
      ["max_credits=-1", "max_credits"],
      ["min_credits=three", "min_credits"],
      ["min_credits=4&max_credits=3", "max_credits"],
    ];
    for (const [query, field] of cases) {
      const { status, body } = await stack.api(`/api/v1/courses?${query}`);
      expect(status, query).toBe(400);
      expect(body.error.details.map((d: { field: string }) => d.field), query).toContain(field);
    }
    // gRPC callers get the same checks from the service itself.
    const direct = await stack.client("course").SearchCourses({ query: "", days: ["NOPE"], min_credits: 20 }).catch((error: { code: number; details: string }) => error);
    expect((direct as { code: number }).code).toBe(3);
  });
});
