// The catalog through the gateway: terms, departments, search with filters and pages, one
// course, one section, and validation that names the field.
import { setDefaultTimeout, describe, expect, test } from "bun:test";
import { getStack } from "../support/stack";
import { enroll, newCourse, newSection, newStudent, newTerm } from "./enrollment-fixtures";

setDefaultTimeout(30_000); // see tests/support/preload.ts

describe("catalog", () => {
  test("terms list the registration window; the current demo term is open", async () => {
    const stack = await getStack();
    const { status, body } = await stack.api("/api/v1/terms");
    expect(status).toBe(200);
    const open = body.terms.filter((t: { registration_open: boolean }) => t.registration_open);
    expect(open.length).toBeGreaterThanOrEqual(1);
    expect(body.terms[0]).toMatchObject({ id: expect.any(String), code: expect.any(String), registration_opens_at: expect.any(String), add_drop_deadline: expect.any(String) });
    const departments = await stack.api("/api/v1/departments");
    expect(departments.body.departments.map((d: { code: string }) => d.code)).toContain("CS");
  });

  test("text search finds a course by title and by code, with its sections, seats and meetings", async () => {
    const stack = await getStack();
    const byTitle = await stack.api("/api/v1/courses?q=introduction%20to%20programming");
    expect(byTitle.status).toBe(200);
    const cs101 = byTitle.body.courses.find((c: { code: string }) => c.code === "CS 101");
    expect(cs101).toBeDefined();
    expect(cs101.sections.length).toBeGreaterThanOrEqual(2);
    const section = cs101.sections[0];
    expect(section).toMatchObject({ id: expect.any(String), code: "001", capacity: 80, instructor_name: "Grace Hopper", status: "ACTIVE" });
    expect(section.meetings).toEqual([
      { day: "MON", start_time: "08:00", end_time: "08:50" },
      { day: "WED", start_time: "08:00", end_time: "08:50" },
      { day: "FRI", start_time: "08:00", end_time: "08:50" },
    ]);
    expect(typeof section.waitlisted).toBe("number");
    const byCode = await stack.api("/api/v1/courses?q=cs101");
    expect(byCode.body.courses.map((c: { code: string }) => c.code)).toContain("CS 101");
    expect(byTitle.body.term.registration_open).toBe(true);
  });

  test("department filter and the prerequisites of a course", async () => {
    const stack = await getStack();
    const { body } = await stack.api("/api/v1/courses?department=math&page_size=100");
    expect(body.courses.length).toBeGreaterThan(0);
    expect(body.courses.every((c: { department: string }) => c.department === "MATH")).toBe(true);
    const cs = await stack.api("/api/v1/courses?q=Algorithms&department=CS");
    const algorithms = cs.body.courses.find((c: { code: string }) => c.code === "CS 310");
    expect(algorithms.prerequisites.map((p: { code: string }) => p.code)).toEqual(["CS 201", "CS 230"]);
    const one = await stack.api(`/api/v1/courses/${algorithms.id}`);
    expect(one.status).toBe(200);
    expect(one.body.course.code).toBe("CS 310");
    expect(one.body.course.sections.length).toBeGreaterThan(0);
  });

  test("pages walk the whole result once, in order, with a stable total", async () => {
    const stack = await getStack();
    const seen: string[] = [];
    let token = "";
    let total = -1;
    for (let page = 0; page < 50; page++) {
      const { status, body } = await stack.api(`/api/v1/courses?page_size=7${token ? `&page_token=${token}` : ""}`);
      expect(status).toBe(200);
      expect(body.courses.length).toBeLessThanOrEqual(7);
      if (total >= 0) expect(body.total_size).toBe(total);
      total = body.total_size;
      seen.push(...body.courses.map((c: { code: string }) => c.code));
      token = body.next_page_token;
      if (!token) break;
    }
    expect(seen.length).toBe(total);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort()).toEqual(seen);
    expect(total).toBeGreaterThanOrEqual(40);
  });

  test("open_only leaves out courses whose sections are all full; term selects the term by id or code", async () => {
    const stack = await getStack();
    const term = await newTerm(stack);
    const title = `Full course ${Date.now()}`;
    const course = await newCourse(stack, { title });
    const section = await newSection(stack, { termId: term.id, courseId: course.id, capacity: 1 });
    const student = await newStudent(stack);
    expect((await enroll(stack, student, section.id)).status).toBe(201);
    const all = await stack.api(`/api/v1/courses?term=${term.id}&q=${encodeURIComponent(title)}`);
    expect(all.body.courses.map((c: { id: string }) => c.id)).toEqual([course.id]);
    expect(all.body.courses[0].sections[0]).toMatchObject({ capacity: 1, enrolled: 1, waitlisted: 0 });
    const open = await stack.api(`/api/v1/courses?term=${term.code}&q=${encodeURIComponent(title)}&open_only=true`);
    expect(open.status).toBe(200);
    expect(open.body.courses).toEqual([]);
    expect(open.body.term.id).toBe(term.id);
  });

  test("one section shows seats and waitlist length; unknown ids are 404", async () => {
    const stack = await getStack();
    const term = await newTerm(stack);
    const section = await newSection(stack, { termId: term.id, capacity: 1 });
    const [a, b] = await Promise.all([newStudent(stack), newStudent(stack)]);
    await enroll(stack, a, section.id);
    await enroll(stack, b, section.id);
    const { status, body } = await stack.api(`/api/v1/sections/${section.id}`);
    expect(status).toBe(200);
    expect(body.section).toMatchObject({ id: section.id, capacity: 1, enrolled: 1, waitlisted: 1, term_id: term.id });
    expect((await stack.api("/api/v1/sections/00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await stack.api("/api/v1/courses/not-an-id")).status).toBe(404);
  });

  test("bad query parameters are 400 naming the field", async () => {
    const stack = await getStack();
    const negative = await stack.api("/api/v1/courses?page_size=-1");
    expect(negative.status).toBe(400);
    expect(negative.body.error.details[0].field).toBe("page_size");
    expect(negative.body.error.message).toContain("Page size");
    const huge = await stack.api("/api/v1/courses?page_size=1000");
    expect(huge.status).toBe(400);
    const token = await stack.api("/api/v1/courses?page_token=garbage");
    expect(token.status).toBe(400);
    expect(token.body.error.details[0].field).toBe("page_token");
    const flag = await stack.api("/api/v1/courses?open_only=maybe");
    expect(flag.status).toBe(400);
    expect(flag.body.error.message).toContain("Open seats only");
    const unknown = await stack.api("/api/v1/courses?color=red");
    expect(unknown.status).toBe(400);
  });
});
