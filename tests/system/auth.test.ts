import { setDefaultTimeout, describe, expect, test } from "bun:test";
import postgres from "postgres";
import { databaseUrlFor } from "../../nodes/shared/config";
import { getStack } from "../support/stack";

setDefaultTimeout(30_000); // see tests/support/preload.ts

/** A made-up client address per test (the gateway believes X-Forwarded-For from loopback), so throttling tests do not lock 127.0.0.1. */
const fakeAddress = () => `198.51.100.${Math.floor(Math.random() * 250) + 1}`;
const unique = (prefix: string) => `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;

describe("registration", () => {
  test("creates a student account, whatever role is asked for", async () => {
    const stack = await getStack();
    const username = unique("reg");
    const created = await stack.api("/api/v1/auth/register", { body: { username, password: "correct horse battery", name: "Rita Register" } });
    expect(created.status).toBe(201);
    expect(created.body.user).toMatchObject({ username, name: "Rita Register", role: "STUDENT" });
    const sneaky = await stack.api("/api/v1/auth/register", { body: { username: unique("adm"), password: "correct horse battery", name: "Eve", role: "ADMIN" } });
    expect(sneaky.status).toBe(400);
    expect(sneaky.body.error.details[0].field).toBe("role");
  });

  test("refuses a taken username, a weak password and a bad username, naming the field", async () => {
    const stack = await getStack();
    const taken = await stack.api("/api/v1/auth/register", { body: { username: "student1", password: "correct horse battery", name: "Copy" } });
    expect(taken.status).toBe(409);
    expect(taken.body.error).toMatchObject({ status: "ALREADY_EXISTS", message: 'The username "student1" is already taken.' });
    const weak = await stack.api("/api/v1/auth/register", { body: { username: unique("weak"), password: "short", name: "Weak" } });
    expect(weak.status).toBe(400);
    expect(weak.body.error.details).toContainEqual({ field: "password", message: "Password must be at least 10 characters long." });
    const common = await stack.api("/api/v1/auth/register", { body: { username: unique("common"), password: "password123", name: "Common" } });
    expect(common.body.error.details[0].field).toBe("password");
    const badName = await stack.api("/api/v1/auth/register", { body: { username: "no spaces!", password: "correct horse battery", name: "Bad" } });
    expect(badName.status).toBe(400);
    expect(badName.body.error.details[0].field).toBe("username");
  });
});

describe("sign-in", () => {
  test("wrong password and unknown user get the same answer", async () => {
    const stack = await getStack();
    const headers = { "x-forwarded-for": fakeAddress() };
    const wrong = await stack.api("/api/v1/auth/login", { body: { username: "student2", password: "not the password" }, headers });
    const unknown = await stack.api("/api/v1/auth/login", { body: { username: unique("ghost"), password: "not the password" }, headers });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body.error.message).toBe(unknown.body.error.message);
  });

  test("repeated failures lock the account for a while, then it works again", async () => {
    const stack = await getStack();
    const username = unique("thr");
    const password = "correct horse battery";
    const headers = { "x-forwarded-for": fakeAddress() };
    await stack.api("/api/v1/auth/register", { body: { username, password, name: "Throttled" } });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await stack.api("/api/v1/auth/login", { body: { username, password: "wrong password" }, headers })).status);
    expect(statuses.slice(0, 4)).toEqual([401, 401, 401, 401]);
    expect(statuses[5]).toBe(429);
    const locked = await stack.api("/api/v1/auth/login", { body: { username, password }, headers });
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
    // The lock is temporary: once it has passed (simulated by moving it into the past), sign-in works.
    const sql = postgres(databaseUrlFor(stack.config, "auth"), { max: 1 });
    await sql`update login_throttle set locked_until = now() - interval '1 second' where key = ${`user:${username}`}`;
    await sql.end();
    expect((await stack.api("/api/v1/auth/login", { body: { username, password }, headers })).status).toBe(200);
  });

  test("one address trying many usernames is locked; other addresses are not", async () => {
    const stack = await getStack();
    const attacker = { "x-forwarded-for": "203.0.113.77" };
    const limit = stack.config.loginThrottle.addressFailures;
    const statuses: number[] = [];
    for (let batch = 0; batch < limit; batch += 10) {
      const attempts = Array.from({ length: Math.min(10, limit - batch) }, (_, i) =>
        stack.api("/api/v1/auth/login", { body: { username: unique(`spray${batch + i}`), password: "wrong password" }, headers: attacker }).then((r) => r.status),
      );
      statuses.push(...(await Promise.all(attempts)));
    }
    expect(statuses.every((status) => status === 401 || status === 429)).toBe(true);
    expect((await stack.api("/api/v1/auth/login", { body: { username: "student6", password: stack.config.demoPassword }, headers: attacker })).status).toBe(429);
    expect((await stack.api("/api/v1/auth/login", { body: { username: "student6", password: stack.config.demoPassword }, headers: { "x-forwarded-for": fakeAddress() } })).status).toBe(200);
  });

  test("an unknown user is throttled like a known one (no hint that the name exists)", async () => {
    const stack = await getStack();
    const username = unique("nobody");
    const headers = { "x-forwarded-for": fakeAddress() };
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await stack.api("/api/v1/auth/login", { body: { username, password: "wrong password" }, headers })).status);
    expect(statuses[5]).toBe(429);
  });
});

describe("sessions", () => {
  test("refresh rotates the token; the old one stops working and its reuse ends the session", async () => {
    const stack = await getStack();
    const first = await stack.login("student3");
    const rotated = await stack.api("/api/v1/auth/refresh", { body: { refresh_token: first.refresh_token } });
    expect(rotated.status).toBe(200);
    expect(rotated.body.refresh_token).not.toBe(first.refresh_token);
    expect((await stack.api("/api/v1/me", { token: rotated.body.access_token })).status).toBe(200);
    const replay = await stack.api("/api/v1/auth/refresh", { body: { refresh_token: first.refresh_token } });
    expect(replay.status).toBe(401);
    // Replaying a spent token revoked the whole family, including the newest token.
    const after = await stack.api("/api/v1/auth/refresh", { body: { refresh_token: rotated.body.refresh_token } });
    expect(after.status).toBe(401);
  });

  test("logout revokes the refresh token", async () => {
    const stack = await getStack();
    const session = await stack.login("student4");
    expect((await stack.api("/api/v1/auth/logout", { body: { refresh_token: session.refresh_token } })).status).toBe(204);
    expect((await stack.api("/api/v1/auth/refresh", { body: { refresh_token: session.refresh_token } })).status).toBe(401);
  });

  test("/me needs a valid bearer token", async () => {
    const stack = await getStack();
    expect((await stack.api("/api/v1/me")).status).toBe(401);
    expect((await stack.api("/api/v1/me", { token: "not-a-jwt" })).status).toBe(401);
    const session = await stack.login("faculty1");
    const me = await stack.api("/api/v1/me", { token: session.access_token });
    expect(me.body.user).toMatchObject({ username: "faculty1", role: "FACULTY" });
  });
});
