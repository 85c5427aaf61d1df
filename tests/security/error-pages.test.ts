// No input ever produces Bun's development error page (stack frames, paths, source lines, no
// security headers): errors are the JSON error shape (gateway) or the styled error page (view),
// with a request id. Fuzzed here: nesting depth of JSON bodies, malformed cookies and headers,
// on both HTTP nodes; and forged or malformed flash cookies never reach the page.
import { setDefaultTimeout, describe, expect, test } from "bun:test";
import { getStack, type Stack } from "../support/stack";
import { ViewClient } from "../support/view-client";

setDefaultTimeout(30_000); // see tests/support/preload.ts

/** Signs of a development error page or a leaked stack, whatever its status. */
function leaks(text: string): boolean {
  return /    at |node_modules|\/work\/|\.tsx?:\d+|RangeError|SyntaxError|Maximum call stack|bun:wrap|__BUN/.test(text);
}

/** Checks one answer: a 4xx with our shape and headers, nothing leaked. */
async function expectClean(response: Response, kind: "json" | "html") {
  const text = await response.text();
  expect(leaks(text)).toBe(false);
  expect(response.status).toBeLessThan(500);
  expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
  if (kind === "json") {
    expect(response.headers.get("x-request-id")).toBeTruthy();
    if (response.status >= 400) expect(JSON.parse(text).error.code).toBe(response.status);
  } else {
    expect(response.headers.get("content-type")).toContain("text/html");
  }
  return text;
}

const nested = (depth: number, open = "[", close = "]", inner = "1") => open.repeat(depth) + inner + close.repeat(depth);
const nestedObject = (depth: number) => '{"a":'.repeat(depth) + "1" + "}".repeat(depth);

// Up to bodies of ~900 KB (the body limit is 1 MiB).
const DEPTHS = [65, 200, 1_000, 5_000, 50_000, 150_000];

describe("nesting depth", () => {
  test("a JSON body nested thousands of levels deep gets a 400 naming the body, on every JSON route shape", async () => {
    const stack = await getStack();
    const { access_token } = await stack.login("admin");
    const routes = [
      { path: "/api/v1/auth/login", method: "POST", token: undefined },
      { path: "/api/v1/auth/register", method: "POST", token: undefined },
      { path: "/api/v1/terms", method: "POST", token: access_token },
      { path: "/api/v1/users/00000000-0000-0000-0000-000000000000", method: "PATCH", token: access_token },
    ];
    for (const route of routes) {
      for (const depth of DEPTHS) {
        for (const body of [nested(depth), nestedObject(depth), `{"username":${nested(depth)},"password":"x"}`]) {
          const response = await fetch(stack.gatewayUrl + route.path, {
            method: route.method,
            headers: { "content-type": "application/json", ...(route.token ? { authorization: `Bearer ${route.token}` } : {}) },
            body,
          });
          const text = await expectClean(response, "json");
          expect(response.status).toBe(400);
          expect(JSON.parse(text).error.details[0].field).toBe("body");
        }
      }
    }
  }, 60_000);

  test("the view refuses deeply nested form and JSON bodies with its error page", async () => {
    const stack = await getStack();
    const browser = await ViewClient.signIn(stack.viewUrl, "student2", stack.config.demoPassword);
    for (const depth of [1_000, 50_000]) {
      const json = await fetch(stack.viewUrl + "/account/password", { method: "POST", headers: { "content-type": "application/json", "x-csrf-token": browser.csrf }, body: nestedObject(depth) });
      await expectClean(json, "html");
      const form = await fetch(stack.viewUrl + "/login", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: `username${"[a]".repeat(depth)}=x&password=y` });
      await expectClean(form, "html");
    }
  }, 60_000);
});

/** Cookie values that once broke or fooled a page: bad escapes, JSON of every shape, markup. */
const MALFORMED_COOKIES = [
  "%",
  "%E0%A4%A",
  "%ZZ",
  "[]",
  "{}",
  "null",
  "1e999",
  '"unterminated',
  '["<meta http-equiv=refresh content=0;url=https://evil.example>"]',
  '{"kind":"error","text":["<script>alert(1)</script>"]}',
  '{"kind":"<b>x</b>","text":"<img src=x onerror=alert(1)>"}',
  '{"kind":"error","text":{"toString":"x"}}',
  '{"kind":"error","text":{"a":1}}',
  encodeURIComponent('{"kind":"error","text":"<script>alert(1)</script>"}'),
  nested(5_000),
  nestedObject(2_000),
  "x".repeat(4_000),
];

describe("malformed cookies", () => {
  test("every cookie of the view, malformed in every way, gets the page or the error page, never the development page", async () => {
    const stack = await getStack();
    for (const name of ["es_flash", "es_access", "es_refresh", "es_csrf", "__Host-es_flash", "other"]) {
      for (const value of MALFORMED_COOKIES) {
        for (const path of ["/login", "/", "/dashboard", "/no-such-page", "/static/app.js"]) {
          const response = await fetch(stack.viewUrl + path, { headers: { cookie: `${name}=${value}` }, redirect: "manual" });
          const text = await response.text();
          expect(leaks(text)).toBe(false);
          expect(response.status).toBeLessThan(500);
          if (response.headers.get("content-type")?.includes("text/html")) {
            expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
            // A forged flash never reaches the page: no markup from the cookie, escaped or not.
            expect(text).not.toContain("evil.example");
            expect(text).not.toContain("alert(1)");
          }
        }
      }
    }
  }, 120_000);

  test("the gateway ignores malformed cookies and headers", async () => {
    const stack = await getStack();
    for (const value of MALFORMED_COOKIES) {
      for (const path of ["/api/v1/terms", "/api/v1/me", "/healthz", "/api/nothing"]) {
        // Headers within Bun's limit (16 KB in all): past it Bun answers 431 itself.
        const short = value.slice(0, 3_000);
        const response = await fetch(stack.gatewayUrl + path, { headers: { cookie: `session=${short}; es_flash=${short}`, authorization: `Bearer ${short.replace(/\s/g, "")}`, "x-request-id": short.slice(0, 100).replace(/[^\x21-\x7e]/g, "") } });
        await expectClean(response, "json");
      }
    }
  }, 60_000);

  test("a flash cookie with a valid shape but no signature of ours is not shown", async () => {
    const stack = await getStack();
    const payload = Buffer.from(JSON.stringify({ kind: "info", text: "Forged notice from elsewhere" })).toString("base64url");
    for (const value of [`${payload}.AAAA`, payload, `${payload}.`, encodeURIComponent(JSON.stringify({ kind: "info", text: "Forged notice from elsewhere" }))]) {
      const page = await fetch(stack.viewUrl + "/login", { headers: { cookie: `es_flash=${value}` } });
      expect(await page.text()).not.toContain("Forged notice");
    }
    // A real one (left by signing out) is shown once.
    const browser = await ViewClient.signIn(stack.viewUrl, "student2", stack.config.demoPassword);
    const out = await browser.request("/logout", { form: {} });
    expect(out.location).toBe("/login");
    expect((await browser.request("/login")).text).toContain("You have signed out.");
    expect((await browser.request("/login")).text).not.toContain("You have signed out.");
  });
});

describe("everything else that reaches a handler", () => {
  test("hostile headers on the view and the gateway", async (): Promise<void> => {
    const stack: Stack = await getStack();
    const headers: Array<Record<string, string>> = [
      { "hx-request": "true", "hx-current-url": "%" },
      { "content-type": "application/json" },
      { "content-type": "multipart/form-data; boundary=" },
      { "content-type": "application/x-www-form-urlencoded; charset=utf-16" },
      { accept: "*/*;q=%" },
    ];
    for (const extra of headers) {
      for (const body of ["%", "{", nested(10_000), "a=%ZZ&b"]) {
        await expectClean(await fetch(stack.viewUrl + "/login", { method: "POST", headers: extra, body, redirect: "manual" }), "html");
        await expectClean(await fetch(stack.gatewayUrl + "/api/v1/auth/login", { method: "POST", headers: extra, body }), "json");
      }
    }
  }, 60_000);
});

describe("content types", () => {
  test("a form-encoded or multipart body on a JSON route gets 415; text/csv stays for the grade import", async () => {
    const stack = await getStack();
    const form = await fetch(stack.gatewayUrl + "/api/v1/auth/login", { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "username=student1&password=edustream" });
    expect(form.status).toBe(415);
    expect((await form.json()).error.status).toBe("UNSUPPORTED_MEDIA_TYPE");
    const data = new FormData();
    data.set("username", "student1");
    data.set("password", "edustream");
    expect((await fetch(stack.gatewayUrl + "/api/v1/auth/login", { method: "POST", body: data })).status).toBe(415);
    const json = await stack.api("/api/v1/auth/login", { body: { username: "student1", password: stack.config.demoPassword } });
    expect(json.status).toBe(200);
  });
});
