// The view over HTTP as a browser uses it: a cookie jar, the page's CSRF token sent back with
// forms (application/x-www-form-urlencoded or multipart), htmx headers on request. Tests and the
// benchmarks that go through the view use it.

/** A browser-like client of the view: keeps cookies and the last page's CSRF token. */
export class ViewClient {
  private cookies = new Map<string, string>();
  csrf = "";
  constructor(private readonly base: string) {}

  /** The value of one of the client's cookies (undefined when it has none). */
  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  /** The Cookie header the client sends. */
  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  /** Forgets a cookie, as the browser does when it expires. */
  dropCookie(name: string): void {
    this.cookies.delete(name);
  }

  /** GET, or POST when a form is given; redirects are returned, not followed. */
  async request(path: string, init: { method?: string; form?: Record<string, string | string[]>; multipart?: FormData; htmx?: boolean } = {}) {
    const headers: Record<string, string> = { cookie: this.cookieHeader() };
    if (init.htmx) Object.assign(headers, { "hx-request": "true", "x-csrf-token": this.csrf });
    let body: BodyInit | undefined;
    if (init.form) {
      const params = new URLSearchParams();
      for (const [key, value] of Object.entries({ _csrf: this.csrf, ...init.form })) for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
      body = params;
      headers["content-type"] = "application/x-www-form-urlencoded";
    } else if (init.multipart) {
      init.multipart.set("_csrf", this.csrf);
      body = init.multipart;
    }
    const response = await fetch(this.base + path, { method: init.method ?? (body ? "POST" : "GET"), headers, body, redirect: "manual" });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ""] = line.split(";");
      const [name = "", ...value] = pair.split("=");
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value.join("="));
    }
    const html = await response.text();
    const token = html.match(/name="_csrf" value="([^"]+)"/)?.[1];
    if (token) this.csrf = token;
    return { status: response.status, location: response.headers.get("location"), html, text: textOf(html), headers: response.headers };
  }

  /** A client signed in through the sign-in form (optionally with its `next` field). */
  static async signIn(base: string, username: string, password: string, next?: string): Promise<ViewClient> {
    const client = new ViewClient(base);
    await client.request("/login");
    const signedIn = await client.request("/login", { form: { username, password, ...(next === undefined ? {} : { next }) } });
    if (signedIn.status !== 303) throw new Error(`signing in as ${username} answered ${signedIn.status}, not 303: ${textOf(signedIn.html).slice(0, 200)}`);
    return client;
  }
}

/** The text of a page without tags, entities decoded, whitespace collapsed. */
export function textOf(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}
