// A portal session that the system ends while the browser still holds its cookies: the account is
// disabled (its access token still looks valid to the view for up to 5 minutes), or the refresh
// that would renew it is refused (revoked, account disabled). The session must end once, with its
// cookies cleared and the sign-in page saying why, never bounce between a page and sign-in.
import { setDefaultTimeout, beforeAll, describe, expect, test } from "bun:test";
import { getStack, type Stack } from "../support/stack";
import { ViewClient } from "../support/view-client";

setDefaultTimeout(30_000); // see tests/support/preload.ts

const PASSWORD = "session ends here 2026";
let stack: Stack;
let adminToken: string;

beforeAll(async () => {
  stack = await getStack();
  adminToken = (await stack.login("admin")).access_token;
}, 60_000); // the first file to need the shared stack starts it

/** A new student signed in through the portal, and their user id. */
async function signedInStudent(): Promise<{ client: ViewClient; id: string }> {
  const username = `ended${Date.now().toString(36)}${Math.floor(Math.random() * 1e5).toString(36)}`;
  const created = await stack.api("/api/v1/auth/register", { body: { username, password: PASSWORD, name: "Ena Ended" } });
  expect(created.status).toBe(201);
  const client = await ViewClient.signIn(stack.viewUrl, username, PASSWORD, "/dashboard");
  expect((await client.request("/dashboard")).status).toBe(200);
  return { client, id: created.body.user.id };
}

async function disable(id: string): Promise<void> {
  const response = await stack.api(`/api/v1/users/${id}`, { method: "PATCH", token: adminToken, body: { disabled: true } });
  expect(response.status).toBe(200);
}

/** Asserts the session is over: cookies gone, the sign-in page renders (no redirect back) saying `reason`. */
async function expectEndedOnSignIn(client: ViewClient, answer: { status: number; location: string | null }, reason: RegExp): Promise<void> {
  expect(answer.status).toBe(303);
  expect(answer.location).toBe("/login?next=%2Fdashboard");
  expect(client.cookie("es_access")).toBeUndefined();
  expect(client.cookie("es_refresh")).toBeUndefined();
  const signIn = await client.request(answer.location!);
  expect(signIn.status).toBe(200);
  expect(signIn.text).toMatch(reason);
  // Still signed out on the next visit: the page asks to sign in, and sign-in does not bounce back.
  const again = await client.request("/dashboard");
  expect(again.location).toBe("/login?next=%2Fdashboard");
  expect((await client.request("/login?next=%2Fdashboard")).status).toBe(200);
}

describe("a session the system ends", () => {
  test("a disabled account's open session ends on its next page, and sign-in says it is disabled", async () => {
    const { client, id } = await signedInStudent();
    await disable(id);
    // Every node refuses the account within ~2 s (revocation list); until then the page still opens.
    let answer = await client.request("/dashboard");
    for (let tries = 0; answer.status === 200 && tries < 40; tries++) {
      await Bun.sleep(100);
      answer = await client.request("/dashboard");
    }
    await expectEndedOnSignIn(client, answer, /disabled/i);
  });

  test("an htmx request of a disabled account is sent to sign-in once, its cookies cleared", async () => {
    const { client, id } = await signedInStudent();
    await disable(id);
    let answer = await client.request("/schedule", { htmx: true });
    for (let tries = 0; !answer.headers.get("hx-redirect") && tries < 40; tries++) {
      await Bun.sleep(100);
      answer = await client.request("/schedule", { htmx: true });
    }
    expect(answer.headers.get("hx-redirect")).toBe("/login?next=%2Fschedule");
    expect(client.cookie("es_refresh")).toBeUndefined();
    expect((await client.request("/login?next=%2Fschedule")).text).toMatch(/disabled/i);
  });

  test("when the access token has expired, a disabled account's refused refresh says it is disabled", async () => {
    const { client, id } = await signedInStudent();
    await disable(id);
    client.dropCookie("es_access");
    await expectEndedOnSignIn(client, await client.request("/dashboard"), /account is disabled/i);
  });

  test("a revoked refresh token (signed out elsewhere) ends the session with a message, once", async () => {
    const { client } = await signedInStudent();
    const refresh = client.cookie("es_refresh")!;
    expect((await stack.api("/api/v1/auth/logout", { body: { refresh_token: decodeURIComponent(refresh) } })).status).toBe(204);
    client.dropCookie("es_access");
    await expectEndedOnSignIn(client, await client.request("/dashboard"), /session is no longer valid/i);
  });

  test("the sign-in page itself, opened with a refused refresh token, says why and clears the cookies", async () => {
    const { client, id } = await signedInStudent();
    await disable(id);
    client.dropCookie("es_access");
    const page = await client.request("/login");
    expect(page.status).toBe(200);
    expect(page.text).toMatch(/account is disabled/i);
    expect(client.cookie("es_refresh")).toBeUndefined();
  });
});
