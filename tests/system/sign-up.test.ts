// Sign-up checks every field at once: a taken username is named together with a weak password
// and a missing name, in the API's one answer and beside each field of the portal's form.
import { setDefaultTimeout, beforeAll, describe, expect, test } from "bun:test";
import { getStack, type Stack } from "../support/stack";
import { ViewClient } from "../support/view-client";

setDefaultTimeout(30_000); // see tests/support/preload.ts

let stack: Stack;
beforeAll(async () => {
  stack = await getStack();
}, 60_000); // the first file to need the shared stack starts it

const fresh = () => `signup${Date.now().toString(36)}${Math.floor(Math.random() * 1e5).toString(36)}`;

describe("sign-up names every problem in one answer", () => {
  test("the API names a taken username together with a weak password and a missing name", async () => {
    const answer = await stack.api("/api/v1/auth/register", { body: { username: "student1", password: "short", name: "" } });
    expect(answer.status).toBe(400);
    const fields = Object.fromEntries((answer.body.error.details as Array<{ field: string; message: string }>).map((d) => [d.field, d.message]));
    expect(fields.username).toBe('The username "student1" is already taken.');
    expect(fields.password).toMatch(/at least 10 characters/);
    expect(fields.name).toMatch(/required/i);
  });

  test("a taken username alone is still a conflict (409) naming the field", async () => {
    const answer = await stack.api("/api/v1/auth/register", { body: { username: "student1", password: "a fine long passphrase", name: "Copy Cat" } });
    expect(answer.status).toBe(409);
    expect(answer.body.error.details).toEqual([{ field: "username", message: 'The username "student1" is already taken.' }]);
  });

  test("the portal's form shows every field's error beside it, in one answer", async () => {
    const client = new ViewClient(stack.viewUrl);
    await client.request("/register");
    const page = await client.request("/register", { form: { name: "", username: "student1", password: "short" }, htmx: true });
    expect(page.status).toBe(400);
    const errorOf = (field: string) => page.html.match(new RegExp(`id="field-${field}-error"[^>]*>([^<]*)<`))?.[1]?.trim();
    expect(errorOf("name")).toBe("Enter your full name.");
    expect(errorOf("username")).toBe("The username &quot;student1&quot; is already taken.");
    expect(errorOf("password")).toMatch(/at least 10 characters/);
    expect(page.text).toContain("Please fix the fields marked below.");
    // The form keeps what was typed (never the password).
    expect(page.html).toContain('value="student1"');
    expect(page.html).not.toContain('value="short"');
  });

  test("a missing username and password are named with the other fields' problems", async () => {
    const client = new ViewClient(stack.viewUrl);
    await client.request("/register");
    const page = await client.request("/register", { form: { name: "N\u0001", username: "", password: "" } });
    expect(page.status).toBe(400);
    expect(page.text).toContain("Choose a username.");
    expect(page.text).toContain("Choose a password.");
    expect(page.text).toMatch(/Name must not contain control characters/);
  });

  test("a good form still creates the account and signs in", async () => {
    const client = new ViewClient(stack.viewUrl);
    await client.request("/register");
    const created = await client.request("/register", { form: { name: "Gale Good", username: fresh(), password: "a fine long passphrase" } });
    expect(created.status).toBe(303);
    expect(created.location).toBe("/dashboard");
  });
});
