// What the browser reports while a journey runs, collected so the journey fails on any of it:
// console errors, uncaught page errors, 5xx answers, failed requests, and every Content Security
// Policy violation (an inline style or script the page's policy refused: the browser's own
// `securitypolicyviolation` event, which fires for each violation a CSP report would be sent for).
import type { BrowserContext, ConsoleMessage, Page } from "playwright-core";

// A 4xx answer to a page or htmx request is an outcome the page shows (a form with errors, a
// refusal), which Chromium also logs as "Failed to load resource"; the journeys assert what the
// user reads instead. A 4xx on a static file, any 5xx, and every script error still fail.
function isExpectedHttpRefusal(message: ConsoleMessage): boolean {
  const url = message.location().url;
  return /Failed to load resource: the server responded with a status of 4\d\d/.test(message.text()) && !/^\/(static|assets)\//.test(new URL(url || "http://x/").pathname);
}

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
  line: number;
  element: string;
}

/**
 * Starts collecting problems in `context` (call before its first page opens) and on `page`.
 * The violation listener is added by the DevTools protocol (not a script tag), so the page's own
 * policy applies unchanged; it reports through a binding, which no page policy can block.
 */
export async function collectProblems(context: BrowserContext, problems: string[]): Promise<void> {
  await context.exposeBinding("__edustreamCspViolation", ({ page }, violation: Violation) => {
    problems.push(
      `CSP violation on ${page.url()}: ${violation.directive} refused ${violation.blocked || "an inline value"}` +
        ` (${violation.source || "the page"}:${violation.line}) ${violation.sample ? `sample ${JSON.stringify(violation.sample)} ` : ""}on ${violation.element}`,
    );
  });
  await context.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { __edustreamCspViolation(v: Violation): void }).__edustreamCspViolation;
      const element = event.target instanceof Element ? event.target.outerHTML.slice(0, 160) : String(event.target);
      report({ directive: event.violatedDirective, blocked: event.blockedURI, sample: event.sample, source: event.sourceFile, line: event.lineNumber, element });
    });
  });
}

/** Collects the problems one page reports (console errors, page errors, 5xx, failed requests). */
export function watchPage(page: Page, problems: string[]): void {
  page.on("console", (message) => {
    if (message.type() === "error" && !isExpectedHttpRefusal(message)) problems.push(`console error on ${page.url()}: ${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => problems.push(`page error on ${page.url()}: ${error.message}`));
  page.on("response", (response) => {
    if (response.status() >= 500) problems.push(`HTTP ${response.status()} for ${response.request().method()} ${response.url()}`);
  });
  page.on("requestfailed", (request) => {
    // A navigation away cancels requests in flight; that is not a failure the user sees.
    if (request.failure()?.errorText !== "net::ERR_ABORTED") problems.push(`request failed: ${request.method()} ${request.url()}: ${request.failure()?.errorText}`);
  });
}

/** Fails (listing them) when the browser reported console errors, page errors, CSP violations or failed requests. */
export function expectNoProblems(problems: string[]): void {
  if (problems.length) throw new Error(`The browser reported problems:\n- ${problems.join("\n- ")}`);
}
