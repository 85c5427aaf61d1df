// The view's shared, revalidated reads stay correct across copies: a second view on a second
// gateway and course node keeps the catalog answers it drew pages from (ETag, 304), yet an
// admin's edit made through the first shows on its very next page; seats on its pages are at most
// a second old; a student's schedule page shows an Add or a Drop made just before, wherever made.
import { afterAll, beforeAll, describe, expect, setDefaultTimeout, test } from "bun:test";
import { startCourseNode } from "../../nodes/course/main";
import { startGateway } from "../../nodes/gateway/main";
import { loadConfig } from "../../nodes/shared/config";
import type { RunningServiceNode } from "../../nodes/shared/service-node";
import { startView } from "../../nodes/view/main";
import { getStack, type Stack } from "../support/stack";
import { ViewClient } from "../support/view-client";
import { admin, enroll, newSection, newStudent, newTerm, PASSWORD, type Person } from "./enrollment-fixtures";

setDefaultTimeout(30_000); // see tests/support/preload.ts

let stack: Stack;
let boss: Person;
let courseB: RunningServiceNode;
let gatewayB: ReturnType<typeof startGateway>;
let viewB: ReturnType<typeof startView>;
let viewBUrl = "";
/** The If-None-Match headers gateway B received, by path. */
const revalidations: string[] = [];

beforeAll(async () => {
  stack = await getStack();
  boss = await admin(stack);
  courseB = await startCourseNode(stack.config, 0);
  gatewayB = startGateway(loadConfig({ ...process.env, ...stack.env, COURSE_ADDR: `127.0.0.1:${courseB.port}` }), 0);
  // Gateway B behind a recording proxy, so the test sees the view revalidate with the ETag.
  const proxy = Bun.serve({
    port: 0,
    hostname: "127.0.0.1",
    async fetch(request) {
      const url = new URL(request.url);
      if (request.headers.get("if-none-match")) revalidations.push(url.pathname + url.search);
      const answer = await fetch(`http://127.0.0.1:${gatewayB.port}${url.pathname}${url.search}`, { method: request.method, headers: request.headers, body: request.body, redirect: "manual" });
      const headers = new Headers(answer.headers);
      headers.delete("content-encoding");
      headers.delete("content-length");
      return new Response(answer.status === 304 ? null : await answer.arrayBuffer(), { status: answer.status, headers });
    },
  });
  viewB = startView(loadConfig({ ...process.env, ...stack.env, GATEWAY_URL: `http://127.0.0.1:${proxy.port}` }), 0);
  viewBUrl = `http://127.0.0.1:${viewB.port}`;
});

afterAll(async () => {
  await viewB?.shutdown();
  await gatewayB?.shutdown();
  await courseB?.shutdown(1000);
});

const seatsOf = (html: string) => /(\d+) of (\d+) seats? left/.exec(html)?.slice(1, 3).map(Number);

describe("the view's catalog reads", () => {
  test("pages revalidate with the ETag, and an admin's edit through another copy shows on the next page", async () => {
    const term = await newTerm(stack);
    const section = await newSection(stack, { termId: term.id, capacity: 5 });
    const visitor = new ViewClient(viewBUrl);
    const catalog = `/catalog?term=${term.id}`;
    for (let i = 0; i < 3; i++) {
      expect((await visitor.request(catalog)).text).toContain("Test course");
      expect((await visitor.request(`/sections/${section.id}`)).status).toBe(200);
    }
    // The second and third pages asked with the kept answer's tag (and got 304: same pages).
    expect(revalidations.some((path) => path.startsWith("/api/v1/courses?") && path.includes(term.id))).toBe(true);
    expect(revalidations).toContain(`/api/v1/sections/${section.id}`);
    const renamed = await stack.api(`/api/v1/courses/${section.course_id}`, { method: "PATCH", token: boss.token, body: { title: "Renamed for the view reads test" } });
    expect(renamed.status).toBe(200);
    expect((await visitor.request(catalog)).text).toContain("Renamed for the view reads test");
    expect((await visitor.request(`/sections/${section.id}`)).text).toContain("Renamed for the view reads test");
    const resized = await stack.api(`/api/v1/sections/${section.id}`, { method: "PATCH", token: boss.token, body: { capacity: 9 } });
    expect(resized.status).toBe(200);
    expect(seatsOf((await visitor.request(`/sections/${section.id}`)).text)).toEqual([9, 9]);
    expect(seatsOf((await visitor.request(catalog)).text)).toEqual([9, 9]);
  });

  test("seats on the view's pages are at most a second old", async () => {
    const term = await newTerm(stack);
    const section = await newSection(stack, { termId: term.id, capacity: 4 });
    const visitor = new ViewClient(viewBUrl);
    expect(seatsOf((await visitor.request(`/sections/${section.id}`)).text)).toEqual([4, 4]);
    expect(seatsOf((await visitor.request(`/catalog?term=${term.id}`)).text)).toEqual([4, 4]);
    const student = await newStudent(stack);
    expect((await enroll(stack, student, section.id)).status).toBe(201);
    await Bun.sleep(1_050);
    expect(seatsOf((await visitor.request(`/sections/${section.id}`)).text)).toEqual([3, 4]);
    expect(seatsOf((await visitor.request(`/catalog?term=${term.id}`)).text)).toEqual([3, 4]);
  });

  test("a student's schedule page shows an Add or a Drop made just before, through any copy", async () => {
    const term = await newTerm(stack);
    const section = await newSection(stack, { termId: term.id });
    const student = await newStudent(stack);
    const browser = await ViewClient.signIn(viewBUrl, student.username, PASSWORD);
    const schedule = `/schedule?term=${term.id}`;
    // Many requests at once share reads; each still shows what was committed before it was sent.
    const before = await Promise.all(Array.from({ length: 8 }, () => browser.request(schedule)));
    for (const page of before) expect(page.text).toContain("You have no sections");
    const added = await enroll(stack, student, section.id);
    expect(added.status).toBe(201);
    const after = await Promise.all(Array.from({ length: 8 }, () => browser.request(schedule)));
    for (const page of after) expect(page.text).toContain("3 credits in 1 section");
    const dropped = await stack.api(`/api/v1/enrollments/${added.body.enrollment.id}`, { method: "DELETE", token: student.token });
    expect(dropped.status).toBe(200);
    expect((await browser.request(schedule)).text).toContain("You have no sections");
  });
});
