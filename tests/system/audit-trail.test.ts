// The audit trail names the object each action changed and filters by actor, object, action and
// time, in the services, the API and the admin page, against the real stack.
import { setDefaultTimeout, beforeAll, describe, expect, test } from "bun:test";
import { localDate } from "../../nodes/shared/university-time";
import { getStack, type Stack } from "../support/stack";
import { ViewClient } from "../support/view-client";
import { newFaculty, newSection, newTerm } from "./enrollment-fixtures";

setDefaultTimeout(30_000); // see tests/support/preload.ts

type Event = { action: string; entity: string; entity_label: string; actor_username: string; created_at: string; source: string };

let stack: Stack;
let admin: string;
const started = new Date(Date.now() - 1000).toISOString();

beforeAll(async () => {
  stack = await getStack();
  admin = (await stack.login("admin")).access_token;
}, 60_000);

const audit = async (query: string) => {
  const answer = await stack.api(`/api/v1/audit?page_size=200&${query}`, { token: admin });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  return answer.body.events as Event[];
};

describe("audit trail", () => {
  test("each action names its object; the API filters by object, actor, action and time", async () => {
    const term = await newTerm(stack);
    const section = await newSection(stack, { termId: term.id });
    const label = `${section.course_code}-${section.code}`;
    expect((await stack.api(`/api/v1/sections/${section.id}`, { method: "PATCH", token: admin, body: { capacity: 12 } })).status).toBe(200);
    const faculty = await newFaculty(stack);
    expect((await stack.api(`/api/v1/users/${faculty.id}`, { method: "PATCH", token: admin, body: { name: "Renamed Professor" } })).status).toBe(200);

    const onSection = await audit(`object=${encodeURIComponent(`section ${label}`)}`);
    expect(onSection.map((e) => e.action).sort()).toEqual(["section.create", "section.update"]);
    expect(onSection.every((e) => e.entity === "section" && e.entity_label === label && e.source === "catalog")).toBe(true);

    const onAccount = await audit(`object=${encodeURIComponent(`account ${faculty.username}`)}&actor=admin&action=user.update`);
    expect(onAccount).toHaveLength(1);
    expect(onAccount[0]).toMatchObject({ action: "user.update", entity: "user", entity_label: faculty.username, actor_username: "admin", source: "accounts" });

    const terms = await audit(`action=term&since=${encodeURIComponent(started)}`);
    expect(terms.length).toBeGreaterThan(0);
    expect(terms.every((e) => e.action.startsWith("term.") && e.created_at >= started)).toBe(true);
    expect(terms.some((e) => e.entity_label === term.code)).toBe(true);

    expect(await audit(`object=${encodeURIComponent(label)}&until=${encodeURIComponent(started)}`)).toEqual([]);
    expect(await audit(`object=${encodeURIComponent(label)}&since=${encodeURIComponent(new Date(Date.now() + 86_400_000).toISOString())}`)).toEqual([]);
    expect(await audit("actor=nobody-by-this-name")).toEqual([]);

    const bad = await stack.api("/api/v1/audit?action=DROP%20TABLE&since=yesterday", { token: admin });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { field: string }) => d.field).sort()).toEqual(["action", "since"]);
    expect(bad.body.error.message).toBe("The request has 2 problems: Action and From.");
  }, 60_000);

  test("the page shows the object of each action and filters by who, object, action and days", async () => {
    const faculty = await newFaculty(stack);
    expect((await stack.api(`/api/v1/users/${faculty.id}`, { method: "PATCH", token: admin, body: { name: "Audited Professor" } })).status).toBe(200);
    const browser = await ViewClient.signIn(stack.viewUrl, "admin", stack.config.demoPassword);

    const page = await browser.request(`/admin/audit?object=${encodeURIComponent(faculty.username)}&action=user.update&actor=adm`);
    expect(page.status).toBe(200);
    expect(page.html).toContain('id="audit-object"');
    expect(page.html).toContain(`value="${faculty.username}"`);
    expect(page.html).toContain('<option value="user.update" selected');
    expect(page.text).toContain(`Changed account account ${faculty.username}`);
    expect(page.text).toContain("Name: Professor");
    expect(page.text).toContain("→ Audited Professor");
    expect(page.text).not.toContain("Created account account");

    const today = localDate(new Date(), stack.config.timeZone);
    const sameDay = await browser.request(`/admin/audit?object=${encodeURIComponent(faculty.username)}&from=${today}&to=${today}`, { htmx: true });
    expect(sameDay.html.startsWith('<div id="audit-results">')).toBe(true);
    expect(sameDay.text).toContain(`Created account account ${faculty.username}`);
    const tomorrow = localDate(new Date(Date.now() + 86_400_000), stack.config.timeZone);
    const later = await browser.request(`/admin/audit?object=${encodeURIComponent(faculty.username)}&from=${tomorrow}`, { htmx: true });
    expect(later.text).toContain("No admin action matches these filters.");
  }, 60_000);
});
