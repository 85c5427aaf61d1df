// Single sign-on end to end over HTTP: a real OpenID provider (oidc-provider) started here, the
// portal's view, gateway and auth node set up for it on the shared stack's databases, and a
// visitor that follows every redirect by hand, so a test can change or replay the answer.
import { setDefaultTimeout, afterAll, beforeAll, describe, expect, test } from "bun:test";
import { getStack, type Stack } from "../support/stack";
import { HttpVisitor, portalAddress, startSsoPortal, startTestProvider, type SsoPortal, type TestProvider } from "../support/sso";
import { admin, newStudent } from "./enrollment-fixtures";

setDefaultTimeout(30_000); // see tests/support/preload.ts

let stack: Stack;
let provider: TestProvider;
/** The university's set-up: roles from the provider, unknown accounts refused, passwords off. */
let portal: SsoPortal;
/** Another: accounts created at first sign-in, roles left to the admin, a low address throttle. */
let open: SsoPortal;

beforeAll(async () => {
  stack = await getStack();
  const [first, second] = await Promise.all([portalAddress(), portalAddress()]);
  provider = await startTestProvider([first.redirectUri, second.redirectUri]);
  portal = await startSsoPortal(stack, provider, first, {
    EDUSTREAM_OIDC_BUTTON_LABEL: "Sign in with Example University",
    EDUSTREAM_OIDC_SCOPES: "openid profile email affiliation",
    EDUSTREAM_OIDC_ROLE_CLAIM: "affiliation",
    EDUSTREAM_OIDC_ROLE_MAP: "student=STUDENT,faculty=FACULTY",
    EDUSTREAM_PASSWORD_SIGNIN: "false",
  });
    // Its visitors come through a "proxy" (this host) naming addresses of their own, so its throttle counts theirs alone.
  open = await startSsoPortal(stack, provider, second, { EDUSTREAM_OIDC_CREATE_ACCOUNTS: "true", EDUSTREAM_LOGIN_FAILURES_PER_ADDRESS: "3", EDUSTREAM_TRUSTED_PROXIES: "127.0.0.1" });
});

afterAll(async () => {
  await portal?.stop();
  await open?.stop();
  await provider?.stop();
});

/** Completes a sign-in as `login` and returns the visitor and the callback's answer. */
async function signIn(target: SsoPortal, login: string, address?: string) {
  const visitor = new HttpVisitor(address);
  const { callback, pending } = await visitor.untilCallback(target, login);
  const answer = await visitor.request(callback);
  return { visitor, answer, callback, pending, page: answer.status === 303 ? "" : await answer.text() };
}

async function me(target: SsoPortal, visitor: HttpVisitor) {
  const token = visitor.accessToken(target);
  if (!token) return undefined;
  return (await target.api("/api/v1/me", { token })).body.user as { id: string; username: string; role: string; name: string; email: string };
}

describe("single sign-on with an OpenID provider", () => {
  test("a faculty member signs in at the university and lands on the dashboard as faculty; the sign-in is audited", async () => {
    provider.addAccount("u-faculty1", { preferred_username: "faculty1@uni.example", name: "Prof. One", affiliation: ["faculty", "member"] });
    const { visitor, answer } = await signIn(portal, "u-faculty1");
    expect(answer.status).toBe(303);
    expect(answer.headers.get("location")).toBe("/dashboard");
    const user = await me(portal, visitor);
    expect(user).toMatchObject({ username: "faculty1", role: "FACULTY" });
    const dashboard = await visitor.request(`${portal.viewUrl}/dashboard`);
    expect(dashboard.status).toBe(200);
    expect(await dashboard.text()).toContain("Welcome back, ");
    const boss = await admin(stack);
    const audit = await stack.api("/api/v1/audit?action=user.sso_sign_in&object=faculty1", { token: boss.token });
    const events = (audit.body.events ?? []) as Array<{ action: string; entity_label: string; details: string }>;
    expect(events.some((e) => e.action === "user.sso_sign_in" && e.entity_label === "faculty1")).toBe(true);
  });

  test("the role comes from the provider's claim: a student the university calls faculty becomes faculty", async () => {
    const student = await newStudent(stack);
    provider.addAccount(`u-${student.username}`, { preferred_username: student.username, name: "Promoted Person", affiliation: ["faculty"] });
    const { visitor, answer } = await signIn(portal, `u-${student.username}`);
    expect(answer.status).toBe(303);
    expect(await me(portal, visitor)).toMatchObject({ id: student.id, role: "FACULTY" });
  });

  test("an answer whose state is not this browser's is refused: a clear page, no session", async () => {
    provider.addAccount("u-student1", { preferred_username: "student1", name: "Student One", affiliation: ["student"] });
    const visitor = new HttpVisitor();
    const { callback } = await visitor.untilCallback(portal, "u-student1");
    const forged = new URL(callback);
    forged.searchParams.set("state", "not-the-state-this-browser-started");
    const answer = await visitor.request(forged.href);
    expect(answer.status).toBe(400);
    const page = await answer.text();
    expect(page).toContain("Sign-in did not work");
    expect(page).toContain("does not belong to the sign-in this browser started");
    expect(visitor.accessToken(portal)).toBeUndefined();
  });

  test("a replayed code is refused (the provider spends a code once), without a session", async () => {
    const first = await signIn(portal, "u-student1");
    expect(first.answer.status).toBe(303);
    const replay = new HttpVisitor();
    replay.cookies.set(new URL(portal.viewUrl).host, new Map([["es_sso", first.pending]]));
    const answer = await replay.request(first.callback);
    expect(answer.status).toBe(400);
    expect(await answer.text()).toContain("already used or has expired");
    expect(replay.accessToken(portal)).toBeUndefined();
  });

  test("a callback without a sign-in started in this browser is refused", async () => {
    const visitor = new HttpVisitor();
    const answer = await visitor.request(`${portal.viewUrl}/login/sso/callback?code=abc&state=def`);
    expect(answer.status).toBe(400);
    expect(await answer.text()).toContain("was not started in this browser");
  });

  test("a university account with no EduStream account is refused, saying whom to ask", async () => {
    provider.addAccount("u-stranger", { preferred_username: "stranger-nobody", name: "A Stranger", affiliation: ["student"] });
    const { answer, page, visitor } = await signIn(portal, "u-stranger");
    expect(answer.status).toBe(403);
    expect(page).toContain("There is no EduStream account for &quot;stranger-nobody&quot; yet");
    expect(visitor.accessToken(portal)).toBeUndefined();
  });

  test("a university account without a role EduStream knows is refused", async () => {
    provider.addAccount("u-alumnus", { preferred_username: "student2", name: "Student Two", affiliation: ["alumni"] });
    const { answer, page } = await signIn(portal, "u-alumnus");
    expect(answer.status).toBe(403);
    expect(page).toContain("no role EduStream knows");
  });

  test("a disabled account is refused", async () => {
    const student = await newStudent(stack);
    const boss = await admin(stack);
    expect((await stack.api(`/api/v1/users/${student.id}`, { method: "PATCH", token: boss.token, body: { disabled: true } })).status).toBe(200);
    provider.addAccount(`u-${student.username}`, { preferred_username: student.username, name: "Disabled Person", affiliation: ["student"] });
    const { answer, page, visitor } = await signIn(portal, `u-${student.username}`);
    expect(answer.status).toBe(403);
    expect(page).toContain("This account is disabled");
    expect(visitor.accessToken(portal)).toBeUndefined();
  });

  test("with passwords turned off the sign-in page offers only the university's button, and password sign-ins are refused (admins excepted)", async () => {
    const visitor = new HttpVisitor();
    const page = await (await visitor.request(`${portal.viewUrl}/login`)).text();
    expect(page).toContain("Sign in with Example University");
    expect(page).not.toContain('name="password"');
    expect(page).not.toContain('href="/register"');
    const csrf = visitor.cookies.get(new URL(portal.viewUrl).host)!.get("es_csrf")!;
    const student = await newStudent(stack);
    const posted = await visitor.request(`${portal.viewUrl}/login`, { form: { _csrf: csrf, username: student.username, password: "Correct-Horse-Battery-9" } });
    expect(posted.status).toBe(403);
    expect(await posted.text()).toContain("Sign-in with an EduStream password is turned off");
    expect(visitor.accessToken(portal)).toBeUndefined();
    const api = await portal.api("/api/v1/auth/login", { body: { username: student.username, password: "Correct-Horse-Battery-9" } });
    expect(api.status).toBe(403);
    const register = await portal.api("/api/v1/auth/register", { body: { username: `x${student.username}`, password: "Correct-Horse-Battery-9", name: "Nope" } });
    expect(register.status).toBe(403);
    expect((await visitor.request(`${portal.viewUrl}/register`)).headers.get("location")).toBe("/login");
    // The first admin of an install (and any admin while the provider is down) still signs in with a password.
    const adminPage = await (await visitor.request(`${portal.viewUrl}/login/admin`)).text();
    expect(adminPage).toContain('name="password"');
    expect((await portal.api("/api/v1/auth/login", { body: { username: "admin", password: stack.config.demoPassword } })).status).toBe(200);
  });

  test("where allowed, a university account signs in for the first time and gets a student account", async () => {
    const login = `newcomer${Date.now().toString(36)}`;
    provider.addAccount(`u-${login}`, { preferred_username: `${login}@uni.example`, name: "New Comer", email: `${login}@mail.uni.example` });
    const { visitor, answer } = await signIn(open, `u-${login}`, "198.51.100.7");
    expect(answer.status).toBe(303);
    expect(await me(open, visitor)).toMatchObject({ username: login, role: "STUDENT", name: "New Comer", email: `${login}@mail.uni.example` });
    const dashboard = await (await visitor.request(`${open.viewUrl}/dashboard`)).text();
    expect(dashboard).toContain("Your account is ready");
    // Passwords stay on here: the form is beside the button.
    expect(await (await new HttpVisitor().request(`${open.viewUrl}/login`)).text()).toContain('name="password"');
  });

  test("failed answers from one address are throttled", async () => {
    provider.addAccount("u-student3", { preferred_username: "student3", name: "Student Three" });
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 4; attempt++) {
      const visitor = new HttpVisitor("198.51.100.8");
      const { callback } = await visitor.untilCallback(open, "u-student3");
      const forged = new URL(callback);
      forged.searchParams.set("state", "forged");
      statuses.push((await visitor.request(forged.href)).status);
    }
    expect(statuses).toEqual([400, 400, 400, 429]);
  });
});
