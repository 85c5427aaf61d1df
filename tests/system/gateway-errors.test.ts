import { setDefaultTimeout, describe, expect, test } from "bun:test";
import { getStack } from "../support/stack";

setDefaultTimeout(30_000); // see tests/support/preload.ts

describe("the gateway answers every failure in the one JSON error shape", () => {
  test("malformed JSON, missing and extra fields are 400 naming the field", async () => {
    const stack = await getStack();
    const malformed = await stack.api("/api/v1/auth/login", { body: "{not json" });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toMatchObject({ code: 400, status: "INVALID_ARGUMENT" });
    const missing = await stack.api("/api/v1/auth/login", { body: { username: "student1" } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.details[0].field).toBe("password");
    const extra = await stack.api("/api/v1/auth/login", { body: { username: "student1", password: "edustream", admin: true } });
    expect(extra.status).toBe(400);
    expect(extra.body.error.details[0].field).toBe("admin");
    const wrongType = await stack.api("/api/v1/auth/login", { body: { username: 42, password: "edustream" } });
    expect(wrongType.status).toBe(400);
    expect(wrongType.body.error.details[0].field).toBe("username");
  });

  test("unknown routes are 404 JSON; bodies over the limit are refused", async () => {
    const stack = await getStack();
    const missing = await stack.api("/api/v1/no-such-thing");
    expect(missing.status).toBe(404);
    expect(missing.body.error.status).toBe("NOT_FOUND");
    const huge = await fetch(`${stack.gatewayUrl}/api/v1/auth/login`, { method: "POST", headers: { "content-type": "application/json" }, body: "x".repeat(stack.config.maxBodyBytes + 10) });
    expect(huge.status).toBe(413);
    expect((await huge.json()).error).toMatchObject({ code: 413, status: "PAYLOAD_TOO_LARGE", details: [{ field: "body" }] });
  });

  test("every response carries a request id and security headers", async () => {
    const stack = await getStack();
    const response = await stack.api("/healthz");
    expect(response.status).toBe(200);
    expect(response.headers.get("x-request-id")).toBeTruthy();
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
  });

  test("readiness reports every service", async () => {
    const stack = await getStack();
    const ready = await stack.api("/readyz");
    expect(ready.status).toBe(200);
    expect(ready.body.services).toEqual({ auth: "SERVING", course: "SERVING", enrollment: "SERVING", grades: "SERVING", facultyGrades: "SERVING" });
  });

  test("the OpenAPI document and docs page are served locally", async () => {
    const stack = await getStack();
    const spec = await stack.api("/api/docs/json");
    expect(spec.status).toBe(200);
    expect(Object.keys(spec.body.paths)).toContain("/api/v1/auth/login");
    const page = await fetch(`${stack.gatewayUrl}/api/docs`).then((r) => r.text());
    expect(page).toContain("/api/docs/assets/swagger-ui-bundle.js");
    expect(page).not.toMatch(/unpkg|jsdelivr|cdn\./);
  });
});
