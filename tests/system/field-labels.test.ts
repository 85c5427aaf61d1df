// Error messages name fields by the labels people see, never by their codes, in the API and the
// pages alike; the API keeps the code in each detail's `field` for programs. Against the real stack.
import { setDefaultTimeout, beforeAll, describe, expect, test } from "bun:test";
import { FIELD_LABELS } from "../../nodes/shared/field-labels";
import { getStack, type Stack } from "../support/stack";
import { ViewClient } from "../support/view-client";

setDefaultTimeout(30_000); // see tests/support/preload.ts

let stack: Stack;
let admin: string;

beforeAll(async () => {
  stack = await getStack();
  admin = (await stack.login("admin")).access_token;
}, 60_000);

/** The field codes a message may not show: every known code with an underscore, and the detail's own. */
const CODES = Object.keys(FIELD_LABELS).filter((code) => code.includes("_"));

/** Problems with the messages of one error answer: a code in the text, or a message opening with a lower-case code. */
function codeLeaks(body: { error: { message: string; details: Array<{ field?: string; message: string }> } }): string[] {
  const leaks: string[] = [];
  const texts = [body.error.message, ...body.error.details.map((d) => d.message)];
  for (const text of texts) {
    for (const code of CODES) if (new RegExp(`\\b${code}\\b`).test(text)) leaks.push(`${code} in "${text}"`);
    const opening = /^([a-z_]+)\b/.exec(text)?.[1];
    if (opening && opening in FIELD_LABELS) leaks.push(`opens with ${opening}: "${text}"`);
  }
  return leaks;
}

const term = { code: "LBL1", name: "Label term", starts_on: "2099-05-01", ends_on: "2099-01-10", registration_opens_at: "2099-02-01T00:00:00Z", registration_closes_at: "2099-01-01T00:00:00Z", add_drop_deadline: "2099-02-10T00:00:00Z" };

describe("field labels in messages", () => {
  test("a term refused on two fields names both by their labels; the details keep the codes", async () => {
    const refused = await stack.api("/api/v1/terms", { token: admin, body: term });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toBe("2 fields need attention: Last day of classes and Registration closes.");
    expect(refused.body.error.details.map((d: { field: string }) => d.field)).toEqual(["ends_on", "registration_closes_at"]);
    expect(codeLeaks(refused.body)).toEqual([]);
  }, 60_000);

  test("no refusal of the API shows a field code to a person", async () => {
    const student = (await stack.login("student3")).access_token;
    const requests: Array<[string, { method?: string; token?: string; body?: unknown }]> = [
      ["/api/v1/terms", { token: admin, body: {} }],
      ["/api/v1/terms", { token: admin, body: { ...term, starts_on: "soon", registration_opens_at: "tomorrow" } }],
      ["/api/v1/courses", { token: admin, body: { code: "nope", title: "", credits: 40, department: "ZZZ" } }],
      ["/api/v1/courses", { token: admin, body: { code: "CS 9998", title: "X", credits: 3, department: "CS", prerequisite_ids: ["not-a-uuid"] } }],
      ["/api/v1/sections", { token: admin, body: { course_id: "x", term_id: "y", code: "", instructor_id: "z", room: "", capacity: -1, meetings: [{ day: "XYZ", start_time: "9", end_time: "10" }] } }],
      ["/api/v1/sections?term=not-a-term&page_size=0", { token: admin }],
      ["/api/v1/users?order_by=password&page_token=%%%", { token: admin }],
      ["/api/v1/users", { token: admin, body: { username: "", password: "", name: "", role: "KING" } }],
      ["/api/v1/auth/register", { body: { username: "a", password: "short", name: "" } }],
      ["/api/v1/auth/refresh", { body: {} }],
      ["/api/v1/courses?page_size=-1&open_only=maybe", {}],
      ["/api/v1/enrollments", { token: student, body: {} }],
      ["/api/v1/enrollments", { token: student, body: { section_id: "nope" } }],
      ["/api/v1/audit?page_token=nonsense", { token: admin }],
    ];
    const leaks: string[] = [];
    for (const [path, init] of requests) {
      const answer = await stack.api(path, init);
      expect(answer.status, path).toBe(400);
      leaks.push(...codeLeaks(answer.body).map((leak) => `${path}: ${leak}`));
    }
    expect(leaks).toEqual([]);
  }, 60_000);

  test("the term form shows the summary and each error with the labels of its fields", async () => {
    const browser = await ViewClient.signIn(stack.viewUrl, "admin", stack.config.demoPassword);
    const refused = await browser.request("/admin/terms/new", {
      htmx: true,
      form: { ...term, registration_opens_at: "2099-02-01T00:00", registration_closes_at: "2099-01-01T00:00", add_drop_deadline: "2099-02-10T00:00" },
    });
    expect(refused.status).toBe(400);
    expect(refused.text).toContain("2 fields need attention: Last day of classes and Registration closes.");
    expect(refused.html).toContain('<label for="field-ends_on" class="mb-1 block text-sm font-medium">Last day of classes</label>');
    expect(refused.text).not.toMatch(/\b(ends_on|starts_on|registration_closes_at|registration_opens_at)\b(?![^<]*>)/);
  }, 60_000);
});
