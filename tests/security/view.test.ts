// The view over HTTP as an attacker sees it: hostile text stored through the API (a name, a
// course title and description, a term name, a room, a grade-change reason) renders escaped on
// every page that shows it; every page carries the security headers, with a CSP that allows only
// the project's own scripts and no inline script or handler in the HTML; cookies are HttpOnly and
// SameSite; a state-changing request without the CSRF proof is refused and changes nothing.
import { setDefaultTimeout, beforeAll, describe, expect, test } from "bun:test";
import { getStack, type Stack } from "../support/stack";
import { ViewBrowser } from "../faults/support/browser";
import { ViewClient } from "../support/view-client";
import { admin, enroll, newSection, newStudent, newTerm, type Person } from "../system/enrollment-fixtures";

setDefaultTimeout(30_000); // see tests/support/preload.ts

const HOSTILE = `<script>alert("x")</script><img src=x onerror=alert(1)>"'&`;
const RAW_MARKERS = ['<script>alert("x")', "<img src=x onerror", "<img src=x"];
const PASSWORD = "Correct-Horse-Battery-9";

let stack: Stack;
let boss: Person;
let faculty: Person;
let student: Person;
let term: { id: string; code: string };
let section: { id: string; course_id: string; course_code: string };
let pages: Array<{ who: string; path: string; status: number; html: string; headers: Headers }> = [];

/**
 * The markup of a page with every quoted attribute value emptied: text inside a value (whose
 * quotes are escaped) is inert, whatever it contains, so only what is left can run.
 */
const markup = (html: string) => html.replace(/="[^"]*"/g, '=""').replace(/='[^']*'/g, "=''");

async function visit(browser: ViewBrowser, who: string, path: string) {
  const page = await browser.request(path);
  pages.push({ who, path, ...page });
  return page;
}

beforeAll(async () => {
  stack = await getStack();
  boss = await admin(stack);
  // Hostile text everywhere a user or an admin can type it.
  const facultyName = `Prof ${HOSTILE}`.slice(0, 100);
  const fUser = `fx${Date.now().toString(36)}`;
  const { user } = await stack.client("auth").CreateUser({ username: fUser, password: PASSWORD, name: facultyName, role: "FACULTY" }, { token: boss.token });
  faculty = { id: user!.id, username: fUser, token: (await stack.login(fUser, PASSWORD)).access_token };
  const created = await stack.api("/api/v1/terms", {
    token: boss.token,
    body: { code: `X${Date.now().toString(36).toUpperCase()}`.slice(0, 20), name: `Term ${HOSTILE}`, starts_on: new Date(Date.now() - 86400_000).toISOString().slice(0, 10), ends_on: "2032-05-10", registration_opens_at: new Date(Date.now() - 3600_000).toISOString(), registration_closes_at: new Date(Date.now() + 86400_000).toISOString(), add_drop_deadline: new Date(Date.now() + 80000_000).toISOString() },
  });
  expect(created.status).toBe(201);
  term = created.body.term;
  const course = await stack.api("/api/v1/courses", { token: boss.token, body: { code: `CS ${5000 + Math.floor(Math.random() * 4000)}`, title: `Title ${HOSTILE}`, description: `Description ${HOSTILE}`, credits: 3, department: "CS", prerequisite_ids: [] } });
  expect(course.status).toBe(201);
  section = await newSection(stack, { termId: term.id, courseId: course.body.course.id, instructorId: faculty.id, room: `R ${HOSTILE}`.slice(0, 40), meetings: [{ day: "MON", start_time: "06:00", end_time: "06:50" }] });
  const sUser = `sx${Date.now().toString(36)}`;
  expect((await stack.api("/api/v1/auth/register", { body: { username: sUser, password: PASSWORD, name: `Student ${HOSTILE}` } })).status).toBe(201);
  const session = await stack.login(sUser, PASSWORD);
  student = { id: session.user.id, username: sUser, token: session.access_token };
  expect((await enroll(stack, student, section.id)).status).toBe(201);
  // A released grade, then a change with a hostile reason (kept in the audit trail).
  const put = (grade: string, reason?: string) => stack.api(`/api/v1/sections/${section.id}/grades/${student.id}`, { method: "PUT", token: faculty.token, body: { grade, ...(reason ? { reason } : {}) } });
  expect((await put("B")).status).toBe(200);
  expect((await stack.api(`/api/v1/sections/${section.id}/grades/release`, { method: "POST", token: faculty.token })).status).toBe(200);
  expect((await put("A", `Reason ${HOSTILE}`)).status).toBe(200);

  const anonymous = new ViewBrowser(stack.viewUrl);
  for (const path of ["/", "/login", "/register", `/catalog?term=${term.code}&q=Title`, `/courses/${section.course_id}?term=${term.id}`, `/sections/${section.id}`, "/no-such-page", "/favicon.ico"]) await visit(anonymous, "anonymous", path);
  const s = await ViewBrowser.signIn(stack.viewUrl, student.username, PASSWORD);
  for (const path of ["/dashboard", `/catalog?term=${term.code}&q=Title`, `/courses/${section.course_id}?term=${term.id}`, `/schedule?term=${term.id}`, "/grades", `/grades?term=${term.id}`, "/transcript", "/account/password"]) await visit(s, "student", path);
  const f = await ViewBrowser.signIn(stack.viewUrl, faculty.username, PASSWORD);
  for (const path of ["/dashboard", "/teaching", `/teaching?term=${term.id}`, `/teaching/sections/${section.id}`, `/teaching/sections/${section.id}/overview`, `/sections/${section.id}/roster`, `/teaching/sections/${section.id}/students/${student.id}/history`]) await visit(f, "faculty", path);
  const a = await ViewBrowser.signIn(stack.viewUrl, "admin", stack.config.demoPassword);
  for (const path of ["/admin", "/admin/terms", `/admin/terms/${term.id}/edit`, `/admin/courses?q=Title`, `/admin/courses/${section.course_id}/edit`, `/admin/sections?term=${term.id}`, `/admin/sections/${section.id}/edit`, `/admin/users?q=${student.username}`, `/admin/users/${student.id}`, `/admin/users/${faculty.id}`, "/admin/audit", `/sections/${section.id}/roster`]) await visit(a, "admin", path);
}, 120_000);

describe("stored hostile text renders escaped", () => {
  test("no page contains the hostile markup raw; the pages that show it show it as text", () => {
    const raw = pages.filter((p) => RAW_MARKERS.some((m) => markup(p.html).includes(m))).map((p) => `${p.who} ${p.path}`);
    expect(raw).toEqual([]);
    const shown = pages.filter((p) => p.html.includes("&lt;script&gt;alert(")).map((p) => `${p.who} ${p.path}`);
    // The name, title, term, room and reason appear on (at least) these pages, escaped.
    for (const expected of ["student /grades", "student /transcript", `faculty /sections/${section.id}/roster`, "admin /admin/audit", `admin /admin/users/${student.id}`]) {
      expect(shown).toContain(expected);
    }
    expect(shown.length).toBeGreaterThan(12);
  });

  test("every page answered (no 5xx)", () => {
    expect(pages.filter((p) => p.status >= 500).map((p) => `${p.who} ${p.path} ${p.status}`)).toEqual([]);
  });
});

describe("security headers on every page", () => {
  test("CSP with only the project's own scripts, frame-ancestors, nosniff; no inline script or handler", () => {
    const problems: string[] = [];
    for (const p of pages) {
      const where = `${p.who} ${p.path}`;
      const csp = p.headers.get("content-security-policy") ?? "";
      const scriptSrc = /script-src ([^;]*)/.exec(csp)?.[1] ?? /default-src ([^;]*)/.exec(csp)?.[1] ?? "";
      if (scriptSrc.trim() !== "'self'") problems.push(`${where}: script-src "${scriptSrc}"`);
      if (!/frame-ancestors 'none'/.test(csp)) problems.push(`${where}: no frame-ancestors 'none'`);
      if (p.headers.get("x-content-type-options") !== "nosniff") problems.push(`${where}: no nosniff`);
      if (!/^(DENY|SAMEORIGIN)$/.test(p.headers.get("x-frame-options") ?? "")) problems.push(`${where}: x-frame-options`);
      const html = markup(p.html);
      if (/<script(?![^>]*\ssrc=)[^>]*>/i.test(html)) problems.push(`${where}: inline <script>`);
      const handler = /<[a-z][^>]*\son[a-z]+\s*=/i.exec(html);
      if (handler) problems.push(`${where}: inline handler ${handler[0].slice(0, 80)}`);
      if (/(href|src|action)\s*=\s*["']?\s*javascript:/i.test(p.html)) problems.push(`${where}: javascript: URL`);
      for (const src of p.html.matchAll(/<script[^>]*\ssrc="([^"]+)"/gi)) if (/^(https?:)?\/\//.test(src[1]!)) problems.push(`${where}: external script ${src[1]}`);
    }
    expect(problems).toEqual([]);
    expect(pages.length).toBeGreaterThan(30);
  });
});

describe("the project's own script", () => {
  test("app.js puts page text in the DOM as text only (data-announce values may hold anything)", async () => {
    const js = await (await fetch(`${stack.viewUrl}/app.js`)).text().catch(() => "");
    const source = js || (await Bun.file(`${stack.config.root}/public/app.js`).text());
    expect(source).not.toMatch(/innerHTML|outerHTML\s*=|insertAdjacentHTML|document\.write|\beval\(|new Function/);
  });
});

describe("cookies and CSRF", () => {
  test("session cookies are HttpOnly, SameSite and scoped to the site", async () => {
    const browser = await ViewBrowser.signIn(stack.viewUrl, student.username, PASSWORD);
    expect(browser.setCookies.length).toBeGreaterThanOrEqual(3);
    for (const line of browser.setCookies) {
      expect(line).toMatch(/;\s*HttpOnly/i);
      expect(line).toMatch(/;\s*SameSite=(Lax|Strict)/i);
      expect(line).toMatch(/;\s*Path=\//i);
    }
  });

  test("a state-changing request without the CSRF proof is refused and changes nothing", async () => {
    const other = await newSection(stack, { termId: term.id, meetings: [{ day: "TUE", start_time: "06:00", end_time: "06:50" }] });
    const victim = await newStudent(stack);
    const browser = await ViewBrowser.signIn(stack.viewUrl, victim.username, "Correct-Horse-Battery-9");
    await browser.request(`/sections/${other.id}`);
    const form = { idempotency_key: crypto.randomUUID() };
    const attacker = await ViewBrowser.signIn(stack.viewUrl, student.username, PASSWORD);
    await attacker.request("/dashboard");
    const attempts = {
      "form without _csrf": await browser.request(`/sections/${other.id}/enroll`, { form, csrf: false }),
      "form with a wrong _csrf": await browser.request(`/sections/${other.id}/enroll`, { form: { ...form, _csrf: "x".repeat(32) }, csrf: false }),
      "form with another session's token": await browser.request(`/sections/${other.id}/enroll`, { form: { ...form, _csrf: attacker.csrf }, csrf: false }),
      "htmx without the header": await browser.request(`/sections/${other.id}/enroll`, { htmx: true, csrf: false, body: new URLSearchParams(form), headers: { "content-type": "application/x-www-form-urlencoded" } }),
      "JSON body with no token": await browser.request(`/sections/${other.id}/enroll`, { body: JSON.stringify(form), headers: { "content-type": "application/json" } }),
      "logout without _csrf": await browser.request("/logout", { form: {}, csrf: false }),
      "password change without _csrf": await browser.request("/account/password", { form: { current_password: "Correct-Horse-Battery-9", new_password: "Another-Horse-Battery-10", confirm_password: "Another-Horse-Battery-10" }, csrf: false }),
    };
    for (const [what, response] of Object.entries(attempts)) expect({ what, status: response.status }).toEqual({ what, status: 403 });
    const schedule = await stack.api(`/api/v1/me/enrollments?term=${term.id}`, { token: victim.token });
    expect(schedule.body.enrollments).toEqual([]);
    // Still signed in (logout was refused), old password still works; with the token, it works.
    expect((await browser.request("/dashboard")).status).toBe(200);
    await stack.login(victim.username, "Correct-Horse-Battery-9");
    const done = await browser.request(`/sections/${other.id}/enroll`, { form });
    expect(done.status).toBeLessThan(400);
    expect((await stack.api(`/api/v1/me/enrollments?term=${term.id}`, { token: victim.token })).body.enrollments.length).toBe(1);
  });
});

describe("ids in the admin pages' gateway paths", () => {
  test("an id that walks the path (../ encoded or not) reaches no other route", async () => {
    const stack = await getStack();
    const browser = await ViewClient.signIn(stack.viewUrl, "admin", stack.config.demoPassword);
    for (const id of ["..%2Fdepartments", "..%2F..%2Fv1%2Fdepartments", "%2E%2E", "..", "%2e%2e%2fdepartments"]) {
      for (const path of [`/admin/terms/${id}/edit`, `/admin/courses/${id}/edit`, `/sections/${id}/roster`]) {
        const page = await browser.request(path);
        // Refused (not found, not valid), or back to the list the page belongs to: never a 5xx.
        const outcome = page.status === 303 ? `303 ${page.location}` : page.status >= 400 && page.status < 500 ? "4xx" : String(page.status);
        expect({ path, outcome }).toEqual({ path, outcome: path.startsWith("/admin/terms/") && page.status === 303 ? "303 /admin/terms" : "4xx" });
        // The departments list (another route) never fills the page.
        expect(page.text).not.toContain("Computer Science");
      }
    }
  });
});
