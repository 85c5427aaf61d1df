import { setDefaultTimeout, afterAll, describe, expect, test } from "bun:test";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../shared/config";
import { securityHeaders } from "../shared/http";
import { createLogger } from "../shared/logger";
import { ensureLocalKeys, loadPrivateKey, signAccessToken } from "../shared/tokens";
import { createGatewayApp } from "./app";
import { createGatewayDeps } from "./context";

setDefaultTimeout(30_000); // a bound on a hang on a busy machine, not a speed claim (tests/support/preload.ts)

// The gateway alone: every service address refuses connections, so these requests are answered
// by the gateway itself (headers, the input guard, the auth macro) or end as UNAVAILABLE.
const dataDir = mkdtempSync(join(tmpdir(), "edustream-gateway-app-"));
const unreachable = "127.0.0.1:1";
const config = loadConfig({
  EDUSTREAM_DATA_DIR: dataDir,
  EDUSTREAM_DATABASE_URL: "postgres://unused@127.0.0.1:1/unused",
  EDUSTREAM_LOG_LEVEL: "error",
  EDUSTREAM_MAX_BODY_BYTES: "2048",
  ...Object.fromEntries(["AUTH_ADDR", "COURSE_ADDR", "ENROLLMENT_ADDR", "GRADES_ADDR", "FACULTY_GRADES_ADDR"].map((name) => [name, unreachable])),
});
ensureLocalKeys(config);
const deps = createGatewayDeps(config);
const app = createGatewayApp(deps, createLogger("gateway", "error"));
const studentToken = await signAccessToken(loadPrivateKey(config), config, { id: "3f1e2d4c-1111-4222-8333-444455556666", role: "STUDENT", name: "Test Student" }, "test-jti");

afterAll(() => {
  for (const client of Object.values(deps.clients)) client.close();
  rmSync(dataDir, { recursive: true, force: true });
});

function call(path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return app.handle(new Request(`http://localhost${path}`, { method: init.method ?? (init.body === undefined ? "GET" : "POST"), headers: init.headers, body: init.body }));
}

const signedIn = { authorization: `Bearer ${studentToken}` };
const asStudent = { ...signedIn, "content-type": "application/json" };

describe("gateway responses", () => {
  test("every response carries the security headers and a request id, errors included", async () => {
    const responses = [
      await call("/healthz"),
      await call("/api/v1/no-such-thing"),
      await call("/api/v1/enrollments", { headers: { "content-type": "application/json" }, body: JSON.stringify({ section_id: "x" }) }),
      await call("/api/v1/enrollments", { headers: { ...asStudent, "content-length": "4096" }, body: "x".repeat(4096) }),
      await call("/api/v1/enrollments", { headers: asStudent, body: JSON.stringify({ section_id: "x" }) }),
    ];
    expect(responses.map((r) => r.status)).toEqual([200, 404, 401, 413, 503]);
    for (const response of responses) {
      for (const [name, value] of Object.entries(securityHeaders())) expect(response.headers.get(name)).toBe(value);
      expect(response.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  test("a sane X-Request-Id is kept, anything else replaced", async () => {
    expect((await call("/healthz", { headers: { "x-request-id": "trace-1234.abc" } })).headers.get("x-request-id")).toBe("trace-1234.abc");
    expect((await call("/healthz", { headers: { "x-request-id": "no spaces!" } })).headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  test("the docs pages allow inline styles (Swagger UI sets them) but no inline script", async () => {
    const docsPolicy = (await call("/api/docs")).headers.get("content-security-policy");
    expect(docsPolicy).toContain("style-src 'self' 'unsafe-inline'");
    expect(docsPolicy).toContain("script-src 'self';");
    expect((await call("/api/docs/json")).headers.get("content-security-policy")).toBe(docsPolicy);
    expect((await call("/api/docs/no-such-page")).headers.get("content-security-policy")).toBe(docsPolicy);
    for (const path of ["/api/doc", "/api/v1/terms", "/healthz", "/API/DOCS"]) {
      expect((await call(path)).headers.get("content-security-policy")).toBe(securityHeaders()["content-security-policy"]!);
    }
  });

  test("the docs page loads the spec from its absolute path, starts from a file, and escapes its description", async () => {
    const page = await (await call("/api/docs")).text();
    expect(page).toContain('data-spec-url="/api/docs/json"');
    expect(page).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
    const description = page.match(/<meta name="description" content="([^"]*)">/)?.[1];
    expect(description).toContain("&quot;error&quot;");
    for (const asset of page.matchAll(/(?:src|href)="(\/api\/docs\/assets\/[^"]+)"/g)) expect((await call(asset[1]!)).status).toBe(200);
    const start = await (await call("/api/docs/assets/start.js")).text();
    expect(start).toContain("SwaggerUIBundle");
  });

  test("the OpenAPI document lists the API's operations and none of the docs' own files", async () => {
    const spec = (await (await call("/api/docs/json")).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(spec.paths)).toContain("/api/v1/auth/login");
    expect(Object.keys(spec.paths).filter((path) => path.startsWith("/api/docs"))).toEqual([]);
  });

  test("a JSON body that is not an object is refused naming the body", async () => {
    for (const body of ["[]", "42", "null", '"text"']) {
      const response = await call("/api/v1/enrollments", { headers: asStudent, body });
      expect(response.status).toBe(400);
      expect((await response.json()).error.details).toEqual([{ field: "body", message: "The body must be a JSON object." }]);
    }
  });

  test("NUL characters are refused naming the field, in the body, the query and the path", async () => {
    const cases: Array<[string, { method?: string; headers: Record<string, string>; body?: string }, string, string]> = [
      ["/api/v1/enrollments", { headers: asStudent, body: JSON.stringify({ section_id: "a\u0000b" }) }, "section_id", "Section"],
      ["/api/v1/me/enrollments?term=%00", { headers: signedIn }, "term", "Term"],
      ["/api/v1/enrollments/a%00b", { method: "DELETE", headers: signedIn }, "id", "The id in the address"],
    ];
    for (const [path, init, field, label] of cases) {
      const response = await call(path, init);
      expect(response.status).toBe(400);
      expect((await response.json()).error.details).toEqual([{ field, message: `${label} must not contain NUL (\\u0000) characters.` }]);
    }
  });

  test("the bearer token is read case-insensitively; any other scheme is asked to sign in", async () => {
    const body = JSON.stringify({ section_id: "x" });
    const lowerCase = await call("/api/v1/enrollments", { headers: { ...asStudent, authorization: `bearer   ${studentToken}` }, body });
    expect(lowerCase.status).toBe(503); // past the auth macro, to the unreachable service
    for (const authorization of ["Basic abc", `Bearer ${studentToken} extra`, ""]) {
      const response = await call("/api/v1/enrollments", { headers: { ...asStudent, authorization }, body });
      expect(response.status).toBe(401);
      expect((await response.json()).error.message).toStartWith("Sign in first");
    }
  });
});
