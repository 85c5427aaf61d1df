// A minimal browser for the view over HTTP: keeps cookies and the page's CSRF token.
export class ViewBrowser {
  cookies = new Map<string, string>();
  /** Raw Set-Cookie lines seen, for the cookie-flag checks. */
  setCookies: string[] = [];
  csrf = "";
  constructor(readonly base: string) {}

  cookieHeader() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  async request(path: string, init: { form?: Record<string, string>; htmx?: boolean; method?: string; headers?: Record<string, string>; csrf?: boolean; body?: BodyInit } = {}) {
    const headers: Record<string, string> = { cookie: this.cookieHeader(), ...init.headers };
    if (init.htmx) Object.assign(headers, { "hx-request": "true", ...(init.csrf === false ? {} : { "x-csrf-token": this.csrf }) });
    let body: BodyInit | undefined = init.body;
    if (init.form) {
      body = new URLSearchParams(init.csrf === false ? init.form : { _csrf: this.csrf, ...init.form });
      headers["content-type"] = "application/x-www-form-urlencoded";
    }
    const response = await fetch(this.base + path, { method: init.method ?? (body ? "POST" : "GET"), headers, body, redirect: "manual", signal: AbortSignal.timeout(15_000) });
    for (const line of response.headers.getSetCookie()) {
      this.setCookies.push(line);
      const [pair = ""] = line.split(";");
      const [name = "", ...value] = pair.split("=");
      if (/max-age=0|expires=thu, 01 jan 1970/i.test(line)) this.cookies.delete(name.trim());
      else this.cookies.set(name.trim(), value.join("="));
    }
    const html = await response.text();
    const token = html.match(/name="_csrf" value="([^"]+)"/)?.[1] ?? html.match(/"x-csrf-token":\s*"([^"]+)"/i)?.[1];
    if (token) this.csrf = token;
    return { status: response.status, html, headers: response.headers };
  }

  static async signIn(base: string, username: string, password: string): Promise<ViewBrowser> {
    const browser = new ViewBrowser(base);
    await browser.request("/login");
    const signedIn = await browser.request("/login", { form: { username, password } });
    if (signedIn.status !== 303) throw new Error(`view sign-in of ${username} failed: ${signedIn.status}`);
    return browser;
  }
}
