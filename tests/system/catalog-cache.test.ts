// The gateway's catalog cache is correct across node copies: an admin's edit made through one
// gateway shows on the very next read through a second gateway and a second course node (the
// catalog version, not an expiry); seat counts are at most 1 s old, and a request sent with
// Cache-Control: no-cache reads them fresh; answers carry an ETag (304 when it still matches)
// and say who may store them.
import { afterAll, beforeAll, describe, expect, setDefaultTimeout, test } from "bun:test";
import { startCourseNode } from "../../nodes/course/main";
import { startGateway } from "../../nodes/gateway/main";
import { loadConfig } from "../../nodes/shared/config";
import type { RunningServiceNode } from "../../nodes/shared/service-node";
import { gatewayApi, getStack, type Stack } from "../support/stack";
import { admin, enroll, newSection, newStudent, newTerm, type Person } from "./enrollment-fixtures";

setDefaultTimeout(30_000); // see tests/support/preload.ts

let stack: Stack;
let boss: Person;
let courseB: RunningServiceNode;
let gatewayB: ReturnType<typeof startGateway>;
let apiB: Stack["api"];

beforeAll(async () => {
  stack = await getStack();
  boss = await admin(stack);
  // A second course node and a second gateway that asks only it: another copy of each.
  courseB = await startCourseNode(stack.config, 0);
  gatewayB = startGateway(loadConfig({ ...process.env, ...stack.env, COURSE_ADDR: `127.0.0.1:${courseB.port}` }), 0);
  apiB = gatewayApi(`http://127.0.0.1:${gatewayB.port}`);
});

afterAll(async () => {
  await gatewayB?.shutdown();
  await courseB?.shutdown(1000);
});

describe("catalog cache", () => {
  test("an admin's edit through one gateway shows at once through another gateway and course node", async () => {
    const term = await newTerm(stack);
    const section = await newSection(stack, { termId: term.id, capacity: 5 });
    const coursePath = `/api/v1/courses/${section.course_id}?term=${term.id}`;
    const sectionPath = `/api/v1/sections/${section.id}`;
    // Read twice through B, so B holds both answers.
    for (let i = 0; i < 2; i++) {
      expect((await apiB(coursePath)).body.course.title).toStartWith("Test course");
      expect((await apiB(sectionPath)).body.section.capacity).toBe(5);
    }
    const renamed = await stack.api(`/api/v1/courses/${section.course_id}`, { method: "PATCH", token: boss.token, body: { title: "Renamed by the cache test" } });
    expect(renamed.status).toBe(200);
    expect((await apiB(coursePath)).body.course.title).toBe("Renamed by the cache test");
    expect((await apiB(`/api/v1/courses?term=${term.id}&q=renamed%20by%20the%20cache`)).body.courses.map((c: { id: string }) => c.id)).toEqual([section.course_id]);
    // A capacity change goes through the enrollment node: it raises the version too.
    const resized = await stack.api(sectionPath, { method: "PATCH", token: boss.token, body: { capacity: 7, meetings: [{ day: "SUN", start_time: "10:00", end_time: "11:00" }] } });
    expect(resized.status).toBe(200);
    const after = (await apiB(sectionPath)).body.section;
    expect(after.capacity).toBe(7);
    expect(after.meetings).toEqual([{ day: "SUN", start_time: "10:00", end_time: "11:00" }]);
    const cancelled = await stack.api(`${sectionPath}?confirm=true`, { method: "DELETE", token: boss.token });
    expect(cancelled.status).toBe(200);
    expect((await apiB(sectionPath)).body.section.status).toBe("CANCELLED");
  });

  test("seat counts are at most 1 s old; Cache-Control: no-cache reads them fresh", async () => {
    const term = await newTerm(stack);
    const section = await newSection(stack, { termId: term.id, capacity: 5 });
    const path = `/api/v1/sections/${section.id}`;
    expect((await apiB(path)).body.section.enrolled).toBe(0);
    const student = await newStudent(stack);
    expect((await enroll(stack, student, section.id)).status).toBe(201);
    // The student's own next read, sent as after an action, is fresh at once.
    expect((await apiB(path, { headers: { "cache-control": "no-cache" } })).body.section.enrolled).toBe(1);
    const other = await newStudent(stack);
    expect((await enroll(stack, other, section.id)).status).toBe(201);
    // Any answer kept from before the enrollment is more than a second old by now.
    await Bun.sleep(1_050);
    expect((await apiB(path)).body.section.enrolled).toBe(2);
    const page = (await apiB(`/api/v1/courses?term=${term.id}`)).body.courses[0].sections[0];
    expect(page.enrolled).toBe(2);
  });

  test("answers carry an ETag (a match gets 304) and Cache-Control: public when anonymous, private when signed in", async () => {
    const term = await newTerm(stack);
    const section = await newSection(stack, { termId: term.id });
    const path = `/api/v1/courses?term=${term.id}`;
    const first = await apiB(path);
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^"[0-9a-z]+"$/);
    expect(first.headers.get("cache-control")).toBe("public, no-cache");
    const again = await fetch(`http://127.0.0.1:${gatewayB.port}${path}`, { headers: { "if-none-match": `W/${etag}, "other"` } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect(again.headers.get("etag")).toBe(etag);
    const signedIn = await apiB(path, { token: boss.token });
    expect(signedIn.status).toBe(200);
    expect(signedIn.headers.get("cache-control")).toBe("private, no-cache");
    // After an edit the old tag no longer matches: the new answer comes whole.
    await stack.api(`/api/v1/courses/${section.course_id}`, { method: "PATCH", token: boss.token, body: { description: "Changed for the ETag test." } });
    const changed = await fetch(`http://127.0.0.1:${gatewayB.port}${path}`, { headers: { "if-none-match": etag! } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("etag")).not.toBe(etag);
    expect(((await changed.json()) as { courses: Array<{ description: string }> }).courses[0]!.description).toBe("Changed for the ETag test.");
    // Errors are not cached and carry no tag.
    const missing = await apiB("/api/v1/sections/00000000-0000-4000-8000-000000000000");
    expect(missing.status).toBe(404);
    expect(missing.headers.get("etag")).toBeNull();
  });
});
