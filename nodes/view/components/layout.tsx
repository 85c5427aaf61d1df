import type { PersonClaims as Claims } from "../../shared/tokens";
import type { Session } from "../session";
import { DemoBanner } from "./demo-banner";
import { assetUrl } from "../assets";
import { NotificationBadge } from "./notification-badge";

/** Links of the main navigation for each role. */
const NAV: Record<Claims["role"], Array<{ href: string; label: string }>> = {
  STUDENT: [
    { href: "/dashboard", label: "Dashboard" },
    { href: "/catalog", label: "Catalog" },
    { href: "/schedule", label: "My schedule" },
    { href: "/plan", label: "My plan" },
    { href: "/grades", label: "My grades" },
    { href: "/transcript", label: "Transcript" },
  ],
  FACULTY: [
    { href: "/dashboard", label: "Dashboard" },
    { href: "/catalog", label: "Catalog" },
    { href: "/teaching", label: "My sections" },
  ],
  ADMIN: [
    { href: "/dashboard", label: "Dashboard" },
    { href: "/catalog", label: "Catalog" },
    { href: "/admin", label: "Administration" },
  ],
};

const ROLE_LABEL: Record<Claims["role"], string> = { STUDENT: "Student", FACULTY: "Faculty", ADMIN: "Admin" };

/**
 * The full page around every screen: header with navigation, flash message, live region, footer.
 * On a phone the navigation and account controls fold behind a Menu button (public/app.js opens
 * it; without JavaScript, public/noscript.css leaves it open).
 */
export function Layout(props: { title: string; session: Session; path?: string; children?: JSX.Element | JSX.Element[] | string }) {
  const { session } = props;
  const claims = session.claims;
  const links = claims ? NAV[claims.role] : [];
  return (
    <>
      {"<!doctype html>"}
      <html lang="en">
        <head>
          <meta charset="utf-8" />
          <meta name="viewport" content="width=device-width, initial-scale=1" />
          <meta name="htmx-config" content='{"includeIndicatorCSS": false}' />
          <title safe>{`${props.title} · EduStream`}</title>
          <link rel="icon" href={assetUrl("favicon.svg")} type="image/svg+xml" />
          <link rel="stylesheet" href={assetUrl("build/app.css")} />
          <link rel="stylesheet" href={assetUrl("print.css")} media="print" />
          <noscript>
            <link rel="stylesheet" href={assetUrl("noscript.css")} />
          </noscript>
          <script src={assetUrl("build/htmx.min.js")} defer></script>
          <script src={assetUrl("build/hx-ptag.min.js")} defer></script>
          <script src={assetUrl("app.js")} defer></script>
        </head>
        <body class="min-h-screen bg-slate-50 text-slate-900 flex flex-col" hx-headers:inherited={JSON.stringify({ "X-CSRF-Token": session.csrfToken })}>
          <a href="#main" class="skip-link">
            Skip to main content
          </a>
          <DemoBanner demo={session.demo} />
          <header class="site-header bg-indigo-800 text-white print:hidden" data-menu="closed">
            <div class="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-2 md:py-3">
              <a href={claims ? "/dashboard" : "/"} class="text-xl font-bold tracking-tight focusable">
                EduStream
              </a>
              {claims ? (
                <>
                  <button type="button" class="menu-button ml-auto rounded border border-indigo-300 px-3 py-1 text-sm hover:bg-indigo-700 focusable md:hidden" aria-expanded="false" aria-controls="site-menu" data-menu-button>
                    Menu
                  </button>
                  <div id="site-menu" class="site-menu w-full flex-col gap-3 pb-2 md:w-auto md:flex-1 md:flex-row md:items-center md:gap-6 md:pb-0">
                    <nav aria-label="Main" class="flex flex-col gap-1 text-sm md:flex-row md:flex-wrap">
                      {links.map((link) => (
                        <a
                          href={link.href}
                          class={`rounded px-2 py-1 focusable hover:bg-indigo-700 ${props.path === link.href || (link.href !== "/dashboard" && props.path?.startsWith(link.href)) ? "bg-indigo-900 font-semibold" : ""}`}
                          aria-current={props.path === link.href ? "page" : undefined}
                        >
                          {link.label}
                        </a>
                      ))}
                    </nav>
                    <div class="flex flex-wrap items-center gap-3 border-t border-indigo-600 pt-3 text-sm md:ml-auto md:border-0 md:pt-0">
                      {claims.role === "STUDENT" && <NotificationBadge lazy />}
                      <span>
                        Signed in as <strong safe>{claims.name}</strong> <span class="rounded bg-indigo-600 px-1.5 py-0.5 text-xs">{ROLE_LABEL[claims.role]}</span>
                      </span>
                      <a href="/account" class="rounded px-2 py-1 hover:bg-indigo-700 focusable" aria-current={props.path === "/account" ? "page" : undefined}>
                        Account
                      </a>
                      <form method="post" action="/logout">
                        <input type="hidden" name="_csrf" value={session.csrfToken} />
                        <button type="submit" class="rounded border border-indigo-300 px-2 py-1 hover:bg-indigo-700 focusable">
                          Sign out
                        </button>
                      </form>
                    </div>
                  </div>
                </>
              ) : (
                <div class="ml-auto flex items-center gap-3 text-sm">
                  <a href="/login" class="rounded px-2 py-1 hover:bg-indigo-700 focusable">
                    Sign in
                  </a>
                  {session.signUp && (
                    <a href="/register" class="whitespace-nowrap rounded bg-white px-2 py-1 font-medium text-indigo-800 hover:bg-indigo-50 focusable">
                      Create account
                    </a>
                  )}
                </div>
              )}
            </div>
          </header>
          <main id="main" tabindex="-1" class="mx-auto w-full max-w-6xl flex-1 px-4 py-6">
            {session.flash && <Alert kind={session.flash.kind}>{session.flash.text}</Alert>}
            {props.children as "safe"}
          </main>
          <div id="announcer" class="sr-only" aria-live="polite" role="status"></div>
          <footer class="border-t border-slate-200 py-4 text-center text-xs text-slate-500 print:hidden">EduStream · open-source student portal</footer>
        </body>
      </html>
    </>
  );
}

/** A message box; `error` ones are announced assertively. */
export function Alert(props: { kind: "success" | "info" | "error"; children?: JSX.Element | string; id?: string }) {
  const styles = {
    success: "border-green-300 bg-green-50 text-green-900",
    info: "border-sky-300 bg-sky-50 text-sky-900",
    error: "border-red-300 bg-red-50 text-red-900",
  }[props.kind];
  return (
    <div id={props.id} class={`mb-4 rounded border px-4 py-3 ${styles}`} role={props.kind === "error" ? "alert" : "status"}>
      {typeof props.children === "string" ? <span safe>{props.children}</span> : props.children}
    </div>
  );
}

/** A page heading with an optional lead paragraph. */
export function PageHeader(props: { title: string; lead?: string }) {
  return (
    <div class="mb-6">
      <h1 class="text-2xl font-bold tracking-tight" safe>
        {props.title}
      </h1>
      {props.lead && (
        <p class="mt-1 text-slate-600" safe>
          {props.lead}
        </p>
      )}
    </div>
  );
}
