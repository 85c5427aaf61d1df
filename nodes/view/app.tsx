import { Elysia, ParseError } from "elysia";
import { html } from "@elysiajs/html";
import { staticPlugin } from "@elysiajs/static";
import { join } from "node:path";
import { productionServe, securityHeaders } from "../shared/http";
import { jsonDepthExceeds } from "../shared/json-body";
import type { Logger } from "../shared/logger";
import { assetRoutes, assetUrl } from "./assets";
import { Alert, Layout, PageHeader } from "./components/layout";
import { GatewayError } from "./gateway";
import { healthRoutes } from "./health";
import { CsrfError, endRefusedSession, Redirect, resolveSession, sessionPlugin, type Session, type ViewDeps } from "./session";
import { accountPages } from "./pages/account";
import { authPages } from "./pages/auth";
import { ssoPages } from "./pages/sso";
import { homePages } from "./pages/home";
import { gradesPages } from "./pages/grades";
import { teachingPages } from "./pages/teaching";
import { transcriptPages } from "./pages/transcript";
import { catalogPages } from "./pages/catalog";
import { rosterPages } from "./pages/roster";
import { schedulePages } from "./pages/schedule";
import { calendarFeedRoute, calendarPages } from "./pages/calendar";
import { planPages } from "./pages/plan";
import { adminPages } from "./pages/admin";
import { notificationPages } from "./pages/notifications";
import { httpTelemetry } from "../shared/telemetry/http";

const PUBLIC_DIR = join(import.meta.dir, "..", "..", "public");
// Paths a user who must change their password may still use.
const ALLOWED_BEFORE_PASSWORD_CHANGE = /^\/(account\/password|logout|static\/|assets\/)/;

/** What the user reads for each failure, and whether they can retry. */
function describeFailure(error: unknown): { status: number; title: string; message: string } {
  if (error instanceof CsrfError) return { status: 403, title: "Please reload the page", message: "This form has expired or did not come from EduStream. Reload the page and try again." };
  if (error instanceof GatewayError) {
    if (error.status === 503 || error.status === 504) return { status: error.status, title: "Please try again", message: "EduStream is busy or briefly unavailable. Your request was not completed: try again in a moment." };
    if (error.status === 403) return { status: 403, title: "Not allowed", message: error.message };
    if (error.status === 404) return { status: 404, title: "Not found", message: error.message };
    if (error.status < 500) return { status: error.status, title: "That did not work", message: error.message };
  }
  return { status: 500, title: "Something went wrong", message: "Something went wrong on our side. Please try again; if it keeps happening, tell the help desk." };
}

/** The view server: server-rendered pages (Kita JSX + htmx + Tailwind) over the REST gateway. */
export function createViewApp(deps: ViewDeps, logger: Logger) {
  const HEADERS = securityHeaders({ hsts: deps.config.secureCookies });
  return new Elysia({ serve: { ...productionServe("html"), maxRequestBodySize: deps.config.maxBodyBytes } })
    .use(httpTelemetry(deps.telemetry))
    .use(html({ autoDoctype: false }))
    .onRequest(({ set }) => {
      Object.assign(set.headers, HEADERS);
      set.headers.vary = "HX-Request";
    })
    // No page takes JSON nested deeper than a few levels: refuse it before anything walks it.
    .onParse({ as: "global" }, async ({ request, contentType }) => {
      if (!/^application\/json\b/i.test(contentType)) return;
      const text = await request.text();
      if (jsonDepthExceeds(text)) throw new ParseError();
      return text.trim() ? JSON.parse(text) : {};
    })
    .use(assetRoutes())
    // The same files at their plain addresses, for links kept from before versioned addresses.
    .use(staticPlugin({ assets: PUBLIC_DIR, prefix: "/static", alwaysStatic: false, headers: { "cache-control": "public, max-age=300" } }))
    // Browsers ask for /favicon.ico whatever the page says; point them at the SVG icon.
    .get("/favicon.ico", ({ set }) => {
      set.status = 301;
      set.headers.location = assetUrl("favicon.svg");
    })
    // Probes carry no session: answered before the session plugin sets any cookie.
    .use(healthRoutes(deps.gateway))
    // Calendar apps fetch a subscription without a session: no cookie is read or set.
    .use(calendarFeedRoute(deps.gateway))
    .use(sessionPlugin(deps))
    // A temporary password's token allows only the password change (the gateway refuses the rest).
    .onBeforeHandle({ as: "global" }, ({ request, session }) => {
      if (session.claims?.mustChangePassword && !ALLOWED_BEFORE_PASSWORD_CHANGE.test(new URL(request.url).pathname)) throw new Redirect("/account/password");
    })
    .onError({ as: "global" }, async ({ error, code, set, request, ...rest }) => {
      const context = rest as { session?: Session; cookie?: unknown; server?: unknown };
      const htmx = request.headers.get("hx-request") === "true";
      if (error instanceof Redirect) {
        if (htmx) {
          set.status = 200;
          set.headers["hx-redirect"] = error.location;
          return "";
        }
        set.status = 303;
        set.headers.location = error.location;
        return "";
      }
      if (error instanceof GatewayError && error.status === 401) {
        // The gateway refused a session this server still took as valid: end it here, or the
        // sign-in page (seeing a valid token) and the page (refused) would redirect to each other.
        const location = context.session?.claims && context.cookie
          ? await endRefusedSession(deps, context.cookie as never, request, error.message)
          : `/login?next=${encodeURIComponent(new URL(request.url).pathname)}`;
        if (htmx) {
          set.headers["hx-redirect"] = location;
          return "";
        }
        set.status = 303;
        set.headers.location = location;
        return "";
      }
      const failure =
        code === "NOT_FOUND"
          ? { status: 404, title: "Page not found", message: "There is no page at this address. Check the link, or start from the dashboard." }
          : code === "VALIDATION" || code === "PARSE"
            ? { status: 400, title: "That did not work", message: "The form was not filled in as expected. Reload the page and try again." }
            : describeFailure(error);
      if (failure.status === 500) logger.error("page failed", { url: request.url, error: error instanceof Error ? error.stack : String(error) });
      set.status = failure.status;
      set.headers["content-type"] = "text/html; charset=utf-8";
      if (htmx) return <Alert kind="error">{`${failure.title}: ${failure.message}`}</Alert>;
      // A request that matched no route never resolved its session: resolve it for the page.
      const session = context.session ?? (await resolveSession(deps, { cookie: context.cookie, request, server: context.server ?? null }).catch(() => undefined));
      if (!session) return <Alert kind="error">{`${failure.title}: ${failure.message}`}</Alert>;
      return (
        <Layout title={failure.title} session={session}>
          <PageHeader title={failure.title} />
          <Alert kind="error">{failure.message}</Alert>
          <a href={session.claims ? "/dashboard" : "/"} class="btn-secondary">
            Back to start
          </a>
        </Layout>
      );
    })
    .use(homePages(deps))
    .use(authPages(deps))
    .use(ssoPages(deps))
    .use(accountPages(deps))
    .use(notificationPages(deps))
    .use(gradesPages(deps))
    .use(transcriptPages(deps))
    .use(teachingPages(deps))
    .use(catalogPages(deps))
    .use(schedulePages(deps))
    .use(calendarPages(deps))
    .use(planPages(deps))
    .use(rosterPages(deps))
    .use(adminPages(deps));
}
