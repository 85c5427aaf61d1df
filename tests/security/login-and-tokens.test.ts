// Sign-in throttling under a concurrent burst (not only one attempt after another), its end,
// no hint whether a username exists (same answers, similar time), and the tokens that
// tests/system/tokens.test.ts does not cover: a disabled account's still-unexpired token and a
// token for another audience, refused by the gateway, the view and each service over gRPC.
import { setDefaultTimeout, describe, expect, test } from "bun:test";
import { randomUUID } from "node:crypto";
import { status as GrpcStatus } from "@grpc/grpc-js";
import { SignJWT } from "jose";
import postgres from "postgres";
import { databaseUrlFor } from "../../nodes/shared/config";
import { loadPrivateKey } from "../../nodes/shared/tokens";
import type { ServiceKey } from "../../nodes/shared/grpc/proto";
import { getStack, type Stack } from "../support/stack";
import { admin, newStudent } from "../system/enrollment-fixtures";
import { ViewBrowser } from "../faults/support/browser";

setDefaultTimeout(30_000); // see tests/support/preload.ts

const PASSWORD = "Correct-Horse-Battery-9";
let addressSerial = 0;
/** A client address of its own (the gateway believes X-Forwarded-For from loopback), so other tests' sign-ins are not throttled. */
const ownAddress = () => `198.51.100.${(process.pid + ++addressSerial) % 250}`;

function login(stack: Stack, username: string, password: string, address: string) {
  return stack.api("/api/v1/auth/login", { body: { username, password }, headers: { "x-forwarded-for": address } });
}

describe("sign-in throttling", () => {
  test("a concurrent burst of wrong passwords gets no more guesses than the limit; the right password inside the burst does not get in", async () => {
    const stack = await getStack();
    const victim = await newStudent(stack);
    const address = ownAddress();
    const limit = stack.config.loginThrottle.accountFailures;
    // 40 guesses at once, the right one among them.
    const guesses = Array.from({ length: 40 }, (_, i) => (i === 30 ? PASSWORD : `wrong-password-${i}`));
    const answers = await Promise.all(guesses.map((password) => login(stack, victim.username, password, address)));
    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s >= 500)).toEqual([]);
    // Every answer is a refusal or a throttle: a burst must not let 40 guesses be checked.
    const checked = statuses.filter((s) => s === 401 || s === 200).length;
    // The right password is refused unchecked unless it happened to be among the first guesses counted.
    expect([200, 429]).toContain(statuses[30]!);
    expect(checked).toBeLessThanOrEqual(limit);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(40 - limit);
    const throttled = answers.find((a) => a.status === 429)!;
    expect(Number(throttled.headers.get("retry-after"))).toBeGreaterThan(0);
    // Not forever: once the lock has passed (moved into the past here), the right password works.
    const sql = postgres(databaseUrlFor(stack.config, "auth"), { max: 1, onnotice: () => {} });
    await sql`update login_throttle set locked_until = now() - interval '1 second' where key = ${`user:${victim.username}`} or key = ${`addr:${address}`}`;
    await sql.end({ timeout: 1 });
    expect((await login(stack, victim.username, PASSWORD, address)).status).toBe(200);
  }, 60_000);

  test("a successful sign-in does not count against the client's address", async () => {
    const stack = await getStack();
    const person = await newStudent(stack);
    const address = ownAddress();
    const sql = postgres(databaseUrlFor(stack.config, "auth"), { max: 1, onnotice: () => {} });
    try {
      for (let i = 0; i < 3; i++) expect((await login(stack, person.username, PASSWORD, address)).status).toBe(200);
      const [row] = await sql<{ failures: number }[]>`select failures from login_throttle where key = ${`addr:${address}`}`;
      expect(row?.failures ?? 0).toBe(0);
    } finally {
      await sql.end({ timeout: 1 });
    }
  }, 30_000);

  test("a known and an unknown username get the same answers, throttled alike, in similar time", async () => {
    const stack = await getStack();
    const known = await newStudent(stack);
    const unknown = `nobody${Date.now().toString(36)}`;
    const run = async (username: string) => {
      const address = ownAddress();
      const out: Array<{ status: number; message: string; ms: number }> = [];
      for (let i = 0; i < 7; i++) {
        const at = performance.now();
        const r = await login(stack, username, "wrong-password-x", address);
        out.push({ status: r.status, message: r.body.error.message.replace(/\d+ seconds/, "N seconds"), ms: performance.now() - at });
      }
      return out;
    };
    const a = await run(known.username);
    const b = await run(unknown);
    expect(a.map((x) => [x.status, x.message])).toEqual(b.map((x) => [x.status, x.message]));
    // The unknown name is checked against a dummy hash: the refusals take about as long.
    const median = (list: number[]) => list.sort((x, y) => x - y)[Math.floor(list.length / 2)]!;
    const knownMs = median(a.filter((x) => x.status === 401).map((x) => x.ms));
    const unknownMs = median(b.filter((x) => x.status === 401).map((x) => x.ms));
    expect(unknownMs).toBeGreaterThan(knownMs / 3);
    expect(unknownMs).toBeLessThan(knownMs * 3);
  }, 60_000);
});

describe("tokens the system tests do not cover", () => {
  const calls = (stack: Stack, token: string): Record<ServiceKey, () => Promise<unknown>> => ({
    auth: () => stack.client("auth").GetMe({}, { token }),
    course: () => stack.client("course").ListTerms({}, { token }),
    enrollment: () => stack.client("enrollment").ListMyEnrollments({ term_id: "", include_dropped: false }, { token }),
    grades: () => stack.client("grades").ListMyGrades({ term_id: "" }, { token }),
    facultyGrades: () => stack.client("facultyGrades").ListMySections({ term_id: "" }, { token }),
  });
  const outcomes = async (stack: Stack, token: string) => {
    const out: Record<string, unknown> = {};
    for (const [service, call] of Object.entries(calls(stack, token))) out[service] = await call().then(() => "accepted", (e: { code: number }) => e.code);
    return out;
  };

  test("a disabled account's unexpired token is refused by the gateway, the view and every service", async () => {
    const stack = await getStack();
    const person = await newStudent(stack);
    const browser = await ViewBrowser.signIn(stack.viewUrl, person.username, PASSWORD);
    expect((await browser.request("/schedule")).status).toBe(200);
    const boss = await admin(stack);
    const disabled = await stack.api(`/api/v1/users/${person.id}`, { method: "PATCH", token: boss.token, body: { disabled: true } });
    expect(disabled.status).toBe(200);
    // Every node refreshes its list of disabled accounts every 2 s.
    await Bun.sleep(2600);
    expect((await stack.api("/api/v1/me", { token: person.token })).status).toBe(401);
    const all = await outcomes(stack, person.token);
    expect(all).toEqual({ auth: GrpcStatus.UNAUTHENTICATED, course: GrpcStatus.UNAUTHENTICATED, enrollment: GrpcStatus.UNAUTHENTICATED, grades: GrpcStatus.UNAUTHENTICATED, facultyGrades: GrpcStatus.UNAUTHENTICATED });
    const page = await browser.request("/schedule");
    expect(page.status).toBe(303);
    expect(page.headers.get("location")).toContain("/login");
    const again = await login(stack, person.username, PASSWORD, ownAddress());
    expect([401, 403]).toContain(again.status);
  }, 30_000);

  test("a token for another audience is refused everywhere", async () => {
    const stack = await getStack();
    const person = await newStudent(stack);
    const token = await new SignJWT({ role: "STUDENT", name: "x" }).setProtectedHeader({ alg: "EdDSA" }).setSubject(person.id).setIssuer(stack.config.jwt.issuer).setAudience("another-app").setJti(randomUUID()).setIssuedAt().setExpirationTime("5m").sign(loadPrivateKey(stack.config));
    expect((await stack.api("/api/v1/me", { token })).status).toBe(401);
    const all = await outcomes(stack, token);
    expect(Object.values(all).every((code) => code === GrpcStatus.UNAUTHENTICATED)).toBe(true);
  });
});
