// The browser-test harness: one headless Debian Chromium per `bun test` run (driven by
// playwright-core), a fresh context per journey, and the checks every visited page must pass:
// axe-core (no serious or critical violation), no console or page errors and no CSP violation
// (support/problems.ts), desktop and phone screenshots, no horizontal scrolling at 390 px, and
// keyboard reachability with visible focus.
import { expect } from "bun:test";
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "playwright-core";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { getStack, type Stack } from "../../support/stack";
import { collectProblems, expectNoProblems, watchPage } from "./problems";

export { expectNoProblems };

const ROOT = join(import.meta.dir, "..", "..", "..");
/** Where screenshots go (git-ignored; named in the README). */
export const SCREENSHOT_DIR = join(ROOT, "test-artifacts", "screenshots");
const AXE_SOURCE_PATH = join(ROOT, "node_modules", "axe-core", "axe.min.js");
const CHROMIUM = process.env.EDUSTREAM_CHROMIUM ?? "/usr/bin/chromium";

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

let browserPromise: Promise<Browser> | undefined;

/** The stylesheet and htmx are built files: build them when missing or older than the pages. */
export function ensureAssets(): void {
  const css = join(ROOT, "public", "build", "app.css");
  const htmx = join(ROOT, "public", "build", "htmx.min.js");
  const builtAt = existsSync(css) && existsSync(htmx) ? statSync(css).mtimeMs : 0;
  if (builtAt > newestSourceChange(join(ROOT, "nodes", "view")) && builtAt > statSync(join(ROOT, "public", "styles.css")).mtimeMs) return;
  const build = Bun.spawnSync(["bun", join(ROOT, "scripts", "build-assets.ts")], { cwd: ROOT, stdout: "pipe", stderr: "pipe" });
  if (build.exitCode !== 0) throw new Error(`bun run build:assets failed:\n${build.stderr.toString()}`);
}

function newestSourceChange(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSourceChange(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Launches Chromium once (the same flags CI uses; see STACK-NOTES "Tailwind and the browser"). */
export async function getBrowser(): Promise<Browser> {
  // A journey that ran past its budget has its Chromium killed by the test runner (a dangling
  // process): the next journey starts a new one instead of failing on a closed browser.
  if (browserPromise && !(await browserPromise.then((b) => b.isConnected(), () => false))) browserPromise = undefined;
  browserPromise ??= (async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`No Chromium at ${CHROMIUM}: install it with \`apt-get install -y chromium\`, or point EDUSTREAM_CHROMIUM at one.`);
    // playwright-core's launch() gives Chromium a fresh temporary --user-data-dir of its own
    // (and refuses one in args), removed again on close; each journey then opens its own context.
    return chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  })();
  return browserPromise;
}

/** Closes Chromium (playwright-core removes its temporary profile). */
export async function closeBrowser(): Promise<void> {
  const pending = browserPromise;
  browserPromise = undefined;
  if (pending) await (await pending).close().catch(() => {});
}

/** Starts (or reuses) the real system and the browser, and makes sure the assets exist. */
export async function prepare(): Promise<Stack> {
  ensureAssets();
  const [stack] = await Promise.all([getStack(), getBrowser()]);
  return stack;
}

/** One journey: a fresh browser context with its own cookies, and the problems seen so far. */
export interface Journey {
  name: string;
  stack: Stack;
  context: BrowserContext;
  page: Page;
  /** Console errors, page errors, CSP violations and failed requests seen since the journey began. */
  problems: string[];
  /** Runs every per-page check (see `checkPage`) and counts the step for file names. */
  check(step: string, options?: CheckOptions): Promise<void>;
  close(): Promise<void>;
}

export interface CheckOptions {
  /** Controls that must be reached by pressing Tab from the top of the page. */
  keyboard?: Locator[];
  /** Tab presses allowed before giving up on reaching `keyboard` (default 60). */
  maxTabs?: number;
}

/**
 * Opens a fresh context (no cookies) on the real system and starts collecting problems;
 * `viewUrl`: another view of the same system (e.g. one set up for single sign-on).
 */
export async function startJourney(name: string, viewUrl?: string): Promise<Journey> {
  const stack = await prepare();
  const browser = await getBrowser();
  const context = await browser.newContext({ viewport: DESKTOP, baseURL: viewUrl ?? stack.viewUrl, locale: "en-US", timezoneId: "UTC" });
  context.setDefaultTimeout(5000);
  const problems: string[] = [];
  await collectProblems(context, problems);
  const page = await context.newPage();
  watchPage(page, problems);
  let steps = 0;
  return {
    name,
    stack,
    context,
    page,
    problems,
    async check(step, options) {
      steps += 1;
      await checkPage(page, `${name}-${String(steps).padStart(2, "0")}-${step}`, options);
      expectNoProblems(problems);
    },
    async close() {
      await context.close();
      expectNoProblems(problems);
    },
  };
}

/**
 * Runs one journey in a fresh context and closes it; on failure saves `<name>-failure.png` (what
 * the page showed at that moment) next to the other screenshots.
 */
export async function runJourney(name: string, body: (journey: Journey) => Promise<void>, viewUrl?: string): Promise<void> {
  const journey = await startJourney(name, viewUrl);
  try {
    await body(journey);
  } catch (error) {
    // What the browser reported may explain the failure.
    if (journey.problems.length && error instanceof Error) error.message += `\nThe browser also reported:\n- ${journey.problems.join("\n- ")}`;
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await journey.page.screenshot({ path: join(SCREENSHOT_DIR, `${name}-failure.png`), fullPage: true }).catch(() => {});
    await journey.context.close().catch(() => {});
    throw error;
  }
  await journey.close();
}

/** All per-page checks, in an order that leaves the page as it was (desktop viewport). */
export async function checkPage(page: Page, shotName: string, options: CheckOptions = {}): Promise<void> {
  const timings: string[] = [];
  const timed = async (what: string, step: () => Promise<void>) => {
    const started = performance.now();
    await step();
    timings.push(`${what} ${Math.round(performance.now() - started)} ms`);
  };
  await timed("load", async () => {
    await page.waitForLoadState("load");
    await waitForHtmxIdle(page);
  });
  await timed("axe", () => expectNoSeriousAxeViolations(page));
  // The phone layout differs (menus wrap, tables become lists): axe checks it too.
  await timed("screenshots and phone axe", () => screenshot(page, shotName, () => expectNoSeriousAxeViolations(page, "at 390 px")));
  if (options.keyboard?.length) await timed("keyboard", () => expectKeyboardReachable(page, options.keyboard!, options.maxTabs));
  if (process.env.BROWSER_TEST_TIMING) console.log(`${shotName}: ${timings.join(", ")}`);
}

/** Waits until htmx has no request in flight (nothing to wait for on pages without htmx). */
export async function waitForHtmxIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector(".htmx-request"), undefined, { timeout: 5000 });
}

let axeSource: string | undefined;

/**
 * Runs axe-core in the page and fails on serious or critical violations. The source is
 * evaluated through the DevTools protocol rather than added as an inline script tag, so the
 * page's strict CSP stays on (and a CSP violation by the page itself still shows as an error).
 */
export async function expectNoSeriousAxeViolations(page: Page, where = "at desktop width"): Promise<void> {
  axeSource ??= readFileSync(AXE_SOURCE_PATH, "utf8");
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe !== "undefined");
  if (!loaded) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(
            context: Document,
            options: object,
          ): Promise<{ violations: Array<{ id: string; impact?: string; help: string; nodes: Array<{ target: unknown[]; failureSummary?: string }> }> }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations
      .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        nodes: violation.nodes.slice(0, 5).map((node) => `${node.target.join(" ")}: ${node.failureSummary ?? ""}`),
      }));
  });
  if (violations.length) {
    const report = violations.map((v) => `[${v.impact}] ${v.id}: ${v.help}\n    ${v.nodes.join("\n    ")}`).join("\n");
    throw new Error(`axe found serious/critical accessibility violations on ${page.url()} ${where}:\n${report}`);
  }
}

/**
 * Saves a full-page screenshot at desktop width (1280) and at phone width (390), and fails when
 * the page scrolls sideways at 390 px (wide tables must scroll inside their own wrapper).
 * `atPhoneWidth` runs more checks while the page is 390 px wide.
 */
export async function screenshot(page: Page, name: string, atPhoneWidth?: () => Promise<void>): Promise<void> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const file = name.replace(/[^a-z0-9-]+/gi, "-").toLowerCase();
  const original = page.viewportSize() ?? DESKTOP;
  await page.setViewportSize(DESKTOP);
  await page.screenshot({ path: join(SCREENSHOT_DIR, `${file}-desktop.png`), fullPage: true, animations: "disabled", caret: "initial" });
  await page.setViewportSize(PHONE);
  try {
    await expectNoHorizontalScroll(page);
    await atPhoneWidth?.();
    await page.screenshot({ path: join(SCREENSHOT_DIR, `${file}-phone.png`), fullPage: true, animations: "disabled", caret: "initial" });
  } finally {
    await page.setViewportSize(original);
  }
}

/** At the current viewport the document is no wider than the window (names what sticks out). */
export async function expectNoHorizontalScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return undefined;
    // Name the outermost offenders: elements past the window's right edge that no ancestor clips
    // or scrolls, whose parent is inside the window or clipped. An absolutely positioned element
    // (e.g. .sr-only text) escapes a scrolling wrapper that is not itself positioned.
    const width = root.clientWidth + 0.5;
    const sticksOut = (element: Element) => element.getBoundingClientRect().right > width && element.getBoundingClientRect().width > 0;
    const contained = (element: Element) => {
      let absolute = ["absolute", "fixed"].includes(getComputedStyle(element).position);
      for (let ancestor = element.parentElement; ancestor && ancestor !== document.body; ancestor = ancestor.parentElement) {
        const style = getComputedStyle(ancestor);
        const positioned = style.position !== "static";
        if (style.overflowX !== "visible" && (!absolute || positioned)) return true;
        if (positioned) absolute = ["absolute", "fixed"].includes(style.position);
      }
      return false;
    };
    const offenders: string[] = [];
    for (const element of Array.from(document.body.querySelectorAll("*"))) {
      const parent = element.parentElement;
      if (!parent || !sticksOut(element) || contained(element)) continue;
      if (parent !== document.body && sticksOut(parent) && !contained(parent)) continue;
      const rect = element.getBoundingClientRect();
      const id = element.id ? `#${element.id}` : "";
      const cls = typeof element.className === "string" && element.className ? `.${element.className.trim().split(/\s+/).slice(0, 4).join(".")}` : "";
      const text = (element.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 40);
      const escaped = ["absolute", "fixed"].includes(getComputedStyle(element).position) ? ", absolutely positioned: its scrolling wrapper needs position: relative" : "";
      offenders.push(`${element.tagName.toLowerCase()}${id}${cls} "${text}" (right edge at ${Math.round(rect.right)} px${escaped})`);
      if (offenders.length >= 5) break;
    }
    return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, offenders };
  });
  if (overflow) {
    throw new Error(
      `${page.url()} scrolls sideways at ${page.viewportSize()?.width} px: scrollWidth ${overflow.scrollWidth} > clientWidth ${overflow.clientWidth}; sticking out: ${overflow.offenders.join(", ") || "(unknown)"}`,
    );
  }
}

/**
 * Presses Tab from the top of the page and checks that each stop is an interactive element
 * (or one the page made focusable on purpose) whose look changes visibly on focus, and that
 * every one of `targets` is reached. Restores the scroll position and blurs at the end.
 */
export async function expectKeyboardReachable(page: Page, targets: Locator[], maxTabs = 60): Promise<void> {
  const marks: string[] = [];
  for (const [index, target] of targets.entries()) {
    const mark = `t${index}`;
    await target.first().evaluate((element, value) => element.setAttribute("data-keyboard-target", value), mark);
    marks.push(mark);
  }
  // Remember how every focusable element looks before it is focused.
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    const seen = new Map<Element, string>();
    const look = (element: Element) => {
      const style = getComputedStyle(element);
      return [
        style.outlineStyle,
        style.outlineWidth,
        style.outlineColor,
        style.boxShadow,
        style.backgroundColor,
        style.borderColor,
        style.color,
        style.textDecorationLine,
        style.clip,
        style.width,
      ].join("|");
    };
    for (const element of Array.from(document.querySelectorAll("a[href], button, input, select, textarea, summary, [tabindex]"))) seen.set(element, look(element));
    (window as unknown as { __keyboardCheck: unknown }).__keyboardCheck = { seen, look };
    window.scrollTo(0, 0);
  });
  // Focus starts at the document: the next Tab goes to the first focusable element.
  await page.evaluate(() => {
    const body = document.body;
    body.setAttribute("tabindex", "-1");
    body.focus();
    body.removeAttribute("tabindex");
  });
  const reached = new Set<string>();
  const stops: string[] = [];
  const problems: string[] = [];
  for (let press = 0; press < maxTabs && reached.size < marks.length; press++) {
    await page.keyboard.press("Tab");
    const stop = await page.evaluate(() => {
      const element = document.activeElement;
      if (!element || element === document.body || element === document.documentElement) return undefined;
      const state = (window as unknown as { __keyboardCheck: { seen: Map<Element, string>; look(e: Element): string } }).__keyboardCheck;
      const interactive = element.matches("a[href], button, input:not([type=hidden]), select, textarea, summary, [tabindex]:not([tabindex='-1']), [contenteditable=true]");
      const before = state.seen.get(element);
      const style = getComputedStyle(element);
      const outlineVisible =
        style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0 && !/rgba\(.*, 0\)$/.test(style.outlineColor) && style.outlineColor !== "transparent";
      const changed = before !== undefined && before !== state.look(element);
      const label = (element.getAttribute("aria-label") || (element as HTMLElement).innerText || (element as HTMLInputElement).name || element.id || "")
        .trim()
        .replace(/\s+/g, " ")
        .slice(0, 40);
      return {
        key: `${element.tagName.toLowerCase()}${element.id ? "#" + element.id : ""} "${label}"`,
        mark: element.getAttribute("data-keyboard-target") ?? undefined,
        interactive,
        focusVisible: outlineVisible || changed,
        wrapped: element.hasAttribute("data-keyboard-first"),
      };
    });
    if (!stop) break; // focus left the page (past the last control)
    if (stop.wrapped) break; // back at the first stop
    if (!stops.length) await page.evaluate(() => document.activeElement?.setAttribute("data-keyboard-first", ""));
    stops.push(stop.key);
    if (!stop.interactive) problems.push(`focus landed on a non-interactive element: ${stop.key}`);
    // Date and time inputs take several Tab stops (their parts and picker, drawn by the browser
    // inside the element): the first stop shows the page's own focus style.
    const samePart = stops.length > 1 && stops.at(-2) === stop.key;
    if (!stop.focusVisible && !samePart) problems.push(`no visible focus style on ${stop.key}`);
    if (stop.mark) reached.add(stop.mark);
  }
  const missing: string[] = [];
  for (const [index, target] of targets.entries()) {
    if (!reached.has(marks[index]!)) missing.push(target.toString());
  }
  await page.evaluate(() => {
    for (const element of Array.from(document.querySelectorAll("[data-keyboard-target], [data-keyboard-first]"))) {
      element.removeAttribute("data-keyboard-target");
      element.removeAttribute("data-keyboard-first");
    }
    delete (window as unknown as { __keyboardCheck?: unknown }).__keyboardCheck;
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  if (missing.length) problems.push(`not reached with Tab (after ${stops.length} stops: ${stops.join(", ")}): ${missing.join(", ")}`);
  if (problems.length) throw new Error(`Keyboard check failed on ${page.url()}:\n- ${problems.join("\n- ")}`);
}

/**
 * The outcome of an htmx update is announced: the #announcer live region receives text matching
 * `text`, or focus moved to a field marked invalid whose description says it, or a visible
 * element with role=status or role=alert (itself a live region) holds it.
 */
export async function expectAnnounced(page: Page, text: RegExp): Promise<string> {
  const handle = await page
    .waitForFunction(
      ({ source, flags }) => {
        const pattern = new RegExp(source, flags);
        const announcer = document.getElementById("announcer");
        if (announcer && pattern.test(announcer.textContent ?? "")) return announcer.textContent;
        // Focus moved to a field marked invalid: its description (the error) is read with it.
        const focused = document.activeElement;
        if (focused?.getAttribute("aria-invalid") === "true") {
          const description = (focused.getAttribute("aria-describedby") ?? "")
            .split(/\s+/)
            .map((id) => document.getElementById(id)?.textContent ?? "")
            .join(" ");
          if (pattern.test(description)) return description;
        }
        for (const region of Array.from(document.querySelectorAll("[role=status], [role=alert], [aria-live=polite], [aria-live=assertive]"))) {
          if (region.id === "announcer") continue;
          const box = region.getBoundingClientRect();
          if (box.width > 0 && box.height > 0 && pattern.test((region as HTMLElement).innerText ?? "")) return (region as HTMLElement).innerText;
        }
        return false;
      },
      { source: text.source, flags: text.flags },
      { timeout: 5000 },
    )
    .catch(async () => {
      const announced = await page
        .locator("#announcer")
        .textContent()
        .catch(() => null);
      throw new Error(
        `No announcement matching ${text} on ${page.url()} (the #announcer live region holds ${JSON.stringify(announced)}, the focused element's description does not match, and no visible role=status/alert region matches)`,
      );
    });
  return String(await handle.jsonValue());
}

/** A username no earlier run has used. */
export function uniqueName(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
}

/** Signs in through the sign-in page (the way a user does). */
export async function signIn(journey: Journey, username: string, password: string): Promise<void> {
  const { page } = journey;
  await page.goto("/login");
  await page.getByLabel("Username").fill(username);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: /sign in/i }).click();
  await page.waitForURL(/\/dashboard|\/account\/password/);
  expect(page.url()).not.toContain("/login");
}

/** The text of the page's h1 headings ("" when there is none), read without waiting. */
export async function pageHeading(page: Page): Promise<string> {
  return (await page.locator("h1").allInnerTexts()).join(" | ");
}
