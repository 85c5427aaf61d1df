// Sessions end when the account changes: a password change or reset, a role change and a
// disable end every other session (refresh tokens at once, access tokens within the revocation
// interval of ~2 s); re-enabling does not revive them; and a temporary password's session can
// only change the password, through the API, over gRPC and in the view.
import { setDefaultTimeout, describe, expect, test } from "bun:test";
import { status as GrpcStatus } from "@grpc/grpc-js";
import type { ServiceKey } from "../../nodes/shared/grpc/proto";
import { getStack, type Stack } from "../support/stack";
import { ViewClient } from "../support/view-client";
import { admin, newStudent } from "../system/enrollment-fixtures";

setDefaultTimeout(30_000); // see tests/support/preload.ts

const PASSWORD = "Correct-Horse-Battery-9";
/** Every node polls the revocation list every 2 s. */
const REVOCATION_INTERVAL_MS = 2600;

/**
 * Whether an access token is still accepted by the gateway and by each service over gRPC:
 * "accepted" (a refusal by role counts: the token itself passed), "password change first", or
 * the code of the refusal.
 */
async function acceptedBy(stack: Stack, token: string): Promise<Record<string, unknown>> {
  const calls: Record<ServiceKey | "gateway", () => Promise<unknown>> = {
    gateway: async () => {
      const answer = await stack.api("/api/v1/me", { token });
      if (answer.status !== 200) throw { code: answer.status, details: answer.body?.error?.message };
    },
    auth: () => stack.client("auth").GetMe({}, { token }),
    course: () => stack.client("course").ListTerms({}, { token }),
    enrollment: () => stack.client("enrollment").ListMyEnrollments({ term_id: "", include_dropped: false }, { token }),
    grades: () => stack.client("grades").ListMyGrades({ term_id: "" }, { token }),
    facultyGrades: () => stack.client("facultyGrades").ListMySections({ term_id: "" }, { token }),
  };
  const out: Record<string, unknown> = {};
  for (const [name, call] of Object.entries(calls)) {
    out[name] = await call().then(
      () => "accepted",
      (e: { code: number; details?: string }) => {
        if (e.code !== GrpcStatus.PERMISSION_DENIED) return e.code;
        return e.details?.includes("temporary password") ? "password change first" : "accepted";
      },
    );
  }
  return out;
}

const ALL_ACCEPTED = { gateway: "accepted", auth: "accepted", course: "accepted", enrollment: "accepted", grades: "accepted", facultyGrades: "accepted" };
const ALL_REFUSED = { gateway: 401, auth: GrpcStatus.UNAUTHENTICATED, course: GrpcStatus.UNAUTHENTICATED, enrollment: GrpcStatus.UNAUTHENTICATED, grades: GrpcStatus.UNAUTHENTICATED, facultyGrades: GrpcStatus.UNAUTHENTICATED };

const refreshStatus = async (stack: Stack, refreshToken: string) => (await stack.api("/api/v1/auth/refresh", { body: { refresh_token: refreshToken } })).status;

describe("changes that end every session", () => {
  test("changing the password ends the other sessions and the old tokens of this one; the answer is a fresh session", async () => {
    const stack = await getStack();
    const person = await newStudent(stack);
    const laptop = await stack.login(person.username, PASSWORD);
    const phone = await stack.login(person.username, PASSWORD);
    const changed = await stack.api("/api/v1/auth/password", { token: laptop.access_token, body: { current_password: PASSWORD, new_password: "A-New-Secret-2026" } });
    expect(changed.status).toBe(200);
    // The other device's refresh token is dead at once (it used to rotate for 7 days).
    expect(await refreshStatus(stack, phone.refresh_token)).toBe(401);
    expect(await refreshStatus(stack, laptop.refresh_token)).toBe(401);
    await Bun.sleep(REVOCATION_INTERVAL_MS);
    expect(await acceptedBy(stack, phone.access_token)).toEqual(ALL_REFUSED);
    expect(await acceptedBy(stack, person.token)).toEqual(ALL_REFUSED);
    // The session the change returned works everywhere, and rotates.
    expect(await acceptedBy(stack, changed.body.access_token)).toEqual(ALL_ACCEPTED);
    expect(await refreshStatus(stack, changed.body.refresh_token)).toBe(200);
  }, 30_000);

  test("an admin's password reset ends the account's access tokens too, not only its refresh tokens", async () => {
    const stack = await getStack();
    const person = await newStudent(stack);
    const boss = await admin(stack);
    const reset = await stack.api(`/api/v1/users/${person.id}/password-reset`, { token: boss.token, body: { new_password: "Temporary-Pass-2026" } });
    expect(reset.status).toBe(204);
    await Bun.sleep(REVOCATION_INTERVAL_MS);
    expect(await acceptedBy(stack, person.token)).toEqual(ALL_REFUSED);
  }, 30_000);

  test("a role change ends the sessions: the old token stops carrying the old role", async () => {
    const stack = await getStack();
    const person = await newStudent(stack);
    const session = await stack.login(person.username, PASSWORD);
    const boss = await admin(stack);
    expect((await stack.api(`/api/v1/users/${person.id}`, { method: "PATCH", token: boss.token, body: { role: "FACULTY" } })).status).toBe(200);
    expect(await refreshStatus(stack, session.refresh_token)).toBe(401);
    await Bun.sleep(REVOCATION_INTERVAL_MS);
    expect(await acceptedBy(stack, person.token)).toEqual(ALL_REFUSED);
    const again = await stack.login(person.username, PASSWORD);
    expect(again.user.role).toBe("FACULTY");
    expect(await acceptedBy(stack, again.access_token)).toEqual(ALL_ACCEPTED);
    // A rename is not a security change: sessions stay.
    expect((await stack.api(`/api/v1/users/${person.id}`, { method: "PATCH", token: boss.token, body: { name: "Renamed Person" } })).status).toBe(200);
    expect(await refreshStatus(stack, again.refresh_token)).toBe(200);
  }, 30_000);

  test("re-enabling an account does not revive the tokens issued before it was disabled", async () => {
    const stack = await getStack();
    const person = await newStudent(stack);
    const session = await stack.login(person.username, PASSWORD);
    const boss = await admin(stack);
    const patch = (disabled: boolean) => stack.api(`/api/v1/users/${person.id}`, { method: "PATCH", token: boss.token, body: { disabled } });
    expect((await patch(true)).status).toBe(200);
    expect((await patch(false)).status).toBe(200);
    await Bun.sleep(REVOCATION_INTERVAL_MS);
    expect(await acceptedBy(stack, person.token)).toEqual(ALL_REFUSED);
    expect(await refreshStatus(stack, session.refresh_token)).toBe(401);
    // Signing in again works.
    expect(await acceptedBy(stack, (await stack.login(person.username, PASSWORD)).access_token)).toEqual(ALL_ACCEPTED);
  }, 30_000);
});

describe("a temporary password allows only the password change", () => {
  async function resetStudent(stack: Stack) {
    const person = await newStudent(stack);
    const boss = await admin(stack);
    expect((await stack.api(`/api/v1/users/${person.id}/password-reset`, { token: boss.token, body: { new_password: "Temporary-Pass-2026" } })).status).toBe(204);
    return person;
  }

  test("the API and every service refuse the session of a temporary password, except the password change and /me", async () => {
    const stack = await getStack();
    const person = await resetStudent(stack);
    const temporary = await stack.login(person.username, "Temporary-Pass-2026");
    expect(temporary.user).toMatchObject({ must_change_password: true });
    const token = temporary.access_token;
    const blocked = await stack.api("/api/v1/me/enrollments", { token });
    expect(blocked.status).toBe(403);
    expect(blocked.body.error.message).toContain("temporary password");
    for (const path of ["/api/v1/me/grades", "/api/v1/me/transcript", "/api/v1/users"]) expect((await stack.api(path, { token })).status).toBe(403);
    const grpc = await acceptedBy(stack, token);
    const first = "password change first";
    expect(grpc).toEqual({ gateway: "accepted", auth: "accepted", course: first, enrollment: first, grades: first, facultyGrades: first });
    const listUsers = await stack.client("auth").ListUsers({ query: "", role: "ROLE_UNSPECIFIED", page_size: 5, page_token: "", order_by: "" }, { token }).catch((e: { code: number; details: string }) => e);
    expect(listUsers).toMatchObject({ code: GrpcStatus.PERMISSION_DENIED, details: expect.stringContaining("temporary password") });
    // A refreshed session is still a password-change-only one.
    const refreshed = await stack.api("/api/v1/auth/refresh", { body: { refresh_token: temporary.refresh_token } });
    expect((await stack.api("/api/v1/me/enrollments", { token: refreshed.body.access_token })).status).toBe(403);
    const changed = await stack.api("/api/v1/auth/password", { token, body: { current_password: "Temporary-Pass-2026", new_password: "My-Own-Secret-2026" } });
    expect(changed.status).toBe(200);
    expect((await stack.api("/api/v1/me/enrollments", { token: changed.body.access_token })).status).toBe(200);
  }, 30_000);

  test("the view sends every page to the password form until it is changed, even without the old cookie", async () => {
    const stack = await getStack();
    const person = await resetStudent(stack);
    const browser = new ViewClient(stack.viewUrl);
    await browser.request("/login");
    const signedIn = await browser.request("/login", { form: { username: person.username, password: "Temporary-Pass-2026" } });
    expect(signedIn.location).toBe("/account/password");
    for (const path of ["/dashboard", "/schedule", "/grades"]) expect((await browser.request(path)).location).toBe("/account/password");
    const form = await browser.request("/account/password");
    expect(form.status).toBe(200);
    const changed = await browser.request("/account/password", { form: { current_password: "Temporary-Pass-2026", new_password: "My-Own-Secret-2026" } });
    expect(changed.location).toBe("/dashboard");
    expect((await browser.request("/schedule")).status).toBe(200);
  }, 30_000);
});
