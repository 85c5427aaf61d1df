// The browser path of the registration rush: students signed in through the view's sign-in form
// (its cookies and CSRF token), and each Add sent as the request htmx sends for a section card's
// form: the form's hx-post with its fields (CSRF token, idempotency key, waitlist, return path),
// urlencoded, with htmx's headers (HX-Request, HX-Source, HX-Target, HX-Current-URL,
// HX-Request-Type, Accept: text/html) and the session's cookies. The answer is the card's HTML.
import { encodeRequest } from "./http1-client";

/** A student's browser session on the view: its cookies and the CSRF token of its pages. */
export interface ViewSession {
  cookies: Map<string, string>;
  csrf: string;
}

/** The Add form of a section card, as a page renders it. */
export interface AddForm {
  /** The form's hx-post path. */
  action: string;
  /** Its fields (hidden inputs) by name. */
  fields: Record<string, string>;
  /** What htmx names in HX-Target: the card's list item. */
  target: string;
}

const cookieHeader = (session: ViewSession) => [...session.cookies].map(([name, value]) => `${name}=${value}`).join("; ");

/** Keeps the cookies a response sets (and forgets the ones it clears), as a browser does. */
function keepCookies(session: ViewSession, response: Response) {
  for (const line of response.headers.getSetCookie()) {
    const [pair = ""] = line.split(";");
    const index = pair.indexOf("=");
    const name = pair.slice(0, index).trim();
    if (/max-age=0|expires=thu, 01 jan 1970/i.test(line)) session.cookies.delete(name);
    else session.cookies.set(name, pair.slice(index + 1));
  }
}

/** GET or a urlencoded form POST from `session`; redirects are returned, not followed. */
async function browse(viewUrl: string, session: ViewSession, path: string, form?: Record<string, string>) {
  const headers: Record<string, string> = { cookie: cookieHeader(session), accept: "text/html" };
  if (form) headers["content-type"] = "application/x-www-form-urlencoded";
  const response = await fetch(viewUrl + path, { method: form ? "POST" : "GET", headers, body: form ? new URLSearchParams(form) : undefined, redirect: "manual" });
  keepCookies(session, response);
  const html = await response.text();
  const token = /name="_csrf" value="([^"]+)"/.exec(html)?.[1];
  if (token) session.csrf = token;
  return { status: response.status, html };
}

/** Signs a student in through the view's sign-in form, as a browser does: the page, then the form. */
export async function signInThroughView(viewUrl: string, username: string, password: string): Promise<ViewSession> {
  const session: ViewSession = { cookies: new Map(), csrf: "" };
  await browse(viewUrl, session, "/login");
  for (let attempt = 1; ; attempt++) {
    const signedIn = await browse(viewUrl, session, "/login", { _csrf: session.csrf, username, password });
    if (signedIn.status === 303) return session;
    // A busy machine: password hashing behind a 503/504; try again like a patient user.
    if (signedIn.status < 500 || attempt >= 5) throw new Error(`view sign-in of ${username} → ${signedIn.status}`);
    await Bun.sleep(250 * attempt);
  }
}

const attribute = (tag: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1]?.replace(/&amp;/g, "&");

/** The Add form of a section as its page renders it for `session` (throws when it has none). */
export async function addFormOf(viewUrl: string, session: ViewSession, sectionId: string): Promise<AddForm> {
  const { status, html } = await browse(viewUrl, session, `/sections/${sectionId}`);
  const form = /<form\b[^>]*\bhx-post="[^"]*\/enroll"[^>]*>[\s\S]*?<\/form>/.exec(html)?.[0];
  if (status !== 200 || !form) throw new Error(`the page of section ${sectionId} has no Add form (${status})`);
  const fields: Record<string, string> = {};
  for (const input of form.match(/<input\b[^>]*>/g) ?? []) {
    const name = attribute(input, "name");
    if (name && attribute(input, "type") === "hidden") fields[name] = attribute(input, "value") ?? "";
  }
  const target = attribute(form.slice(0, form.indexOf(">") + 1), "hx-target") ?? "";
  return { action: attribute(form, "hx-post")!, fields, target: `li${target}` };
}

/** The bytes of one Add click: htmx's POST of the card's form, with this session's cookies and CSRF token and this click's key. */
export function addClickRequest(viewUrl: string, session: ViewSession, form: AddForm, idempotencyKey: string): Buffer {
  const url = new URL(viewUrl + form.action);
  const body = new URLSearchParams({ ...form.fields, _csrf: session.csrf, idempotency_key: idempotencyKey }).toString();
  return encodeRequest(
    "POST",
    url,
    {
      Cookie: cookieHeader(session),
      "Content-Type": "application/x-www-form-urlencoded",
      Accept: "text/html",
      "HX-Request": "true",
      "HX-Request-Type": "partial",
      "HX-Source": "form",
      "HX-Target": form.target,
      "HX-Current-URL": viewUrl + (form.fields.return_to ?? "/catalog"),
    },
    body,
  );
}

/** What the card answered to a click: enrolled, waitlisted, or the refusal's message. */
export function clickOutcome(status: number, html: string): { state?: "ENROLLED" | "WAITLISTED"; message?: string } {
  const said = /data-announce="([^"]*)"/.exec(html)?.[1] ?? "";
  if (status === 200 && said.startsWith("You are enrolled in")) return { state: "ENROLLED" };
  if (status === 200 && said.includes("is full: you are number")) return { state: "WAITLISTED" };
  return { message: said || html.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim().slice(0, 80) };
}
