// Journey on a phone (390 px): the header stays compact, its menu opens and closes from the
// keyboard (a disclosure button: Enter, Space, Escape), and the sign-up button keeps to one line.
import { describe, expect, test } from "bun:test";
import type { Locator, Page } from "playwright-core";
import { DESKTOP, getBrowser, PHONE, prepare, runJourney, signIn } from "../support/browser";
import { newStudent, PASSWORD } from "../support/fixtures";

/** The header's height at the current viewport, in CSS pixels. */
async function headerHeight(page: Page): Promise<number> {
  return (await page.locator("header").boundingBox())!.height;
}

/** How many lines of text an element's own text wraps to. */
async function lineCount(locator: Locator): Promise<number> {
  return locator.evaluate((element) => {
    const range = document.createRange();
    range.selectNodeContents(element);
    return new Set(Array.from(range.getClientRects()).map((rect) => Math.round(rect.top))).size;
  });
}

/** Presses Tab until `target` has focus (at most `max` presses). */
async function tabTo(page: Page, target: Locator, max = 20): Promise<void> {
  for (let press = 0; press < max; press++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached ${target}`);
}

describe("phone layout (390 px): compact header with a keyboard menu, one-line buttons", () => {
  test("the header is compact and its menu opens and closes from the keyboard", async () => {
    await runJourney("phone", async (journey) => {
      const { page, stack } = journey;
      await page.setViewportSize(PHONE);

      // Signed out: the header is one line; the sign-up button keeps its words on one line.
      await page.goto("/register");
      expect(await headerHeight(page)).toBeLessThanOrEqual(64);
      const create = page.getByRole("button", { name: "Create student account" });
      expect(await lineCount(create.locator("span").first())).toBe(1);
      await journey.check("register");

      const student = await newStudent(stack, "Pat Phone");
      await signIn(journey, student.username, PASSWORD);
      const menu = page.getByRole("button", { name: "Menu" });
      const catalog = page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Catalog" });
      // Closed: the header is one short line, the navigation hidden, the page begins near the top.
      expect(await headerHeight(page)).toBeLessThanOrEqual(64);
      expect(await headerHeight(page)).toBeLessThan(PHONE.height / 10);
      await expect(menu.getAttribute("aria-expanded")).resolves.toBe("false");
      expect(await catalog.isVisible()).toBe(false);
      await journey.check("dashboard-menu-closed");

      // Enter opens it: the links and Sign out are shown and reached by Tab.
      await tabTo(page, menu);
      await page.keyboard.press("Enter");
      await expect(menu.getAttribute("aria-expanded")).resolves.toBe("true");
      expect(await catalog.isVisible()).toBe(true);
      expect(await page.getByRole("button", { name: "Sign out" }).isVisible()).toBe(true);
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe("Dashboard");
      await tabTo(page, catalog, 5);
      await journey.check("dashboard-menu-open");

      // Escape closes it and puts focus back on the button; Space opens it again, and closes it.
      await page.keyboard.press("Escape");
      await expect(menu.getAttribute("aria-expanded")).resolves.toBe("false");
      expect(await catalog.isVisible()).toBe(false);
      expect(await menu.evaluate((element) => element === document.activeElement)).toBe(true);
      await page.keyboard.press("Space");
      await expect(menu.getAttribute("aria-expanded")).resolves.toBe("true");
      await page.keyboard.press("Space");
      await expect(menu.getAttribute("aria-expanded")).resolves.toBe("false");

      // The menu leads somewhere: open it and follow a link.
      await menu.click();
      await catalog.click();
      await page.waitForURL(/\/catalog/);

      // At desktop width there is no Menu button: the navigation is always shown.
      await page.setViewportSize(DESKTOP);
      expect(await menu.isVisible()).toBe(false);
      expect(await catalog.isVisible()).toBe(true);
    });
  }, 30_000);

  test("without JavaScript the phone menu stays open, so every link is still reachable", async () => {
    const stack = await prepare();
    const context = await (await getBrowser()).newContext({ viewport: PHONE, baseURL: stack.viewUrl, javaScriptEnabled: false });
    try {
      const student = await newStudent(stack, "Noa Noscript");
      const page = await context.newPage();
      await page.goto("/login");
      await page.getByLabel("Username").fill(student.username);
      await page.getByLabel("Password").fill(PASSWORD);
      await page.getByRole("button", { name: /sign in/i }).click();
      await page.waitForURL(/\/dashboard$/);
      expect(await page.getByRole("button", { name: "Menu" }).isVisible()).toBe(false);
      expect(await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Catalog" }).isVisible()).toBe(true);
      expect(await page.getByRole("button", { name: "Sign out" }).isVisible()).toBe(true);
    } finally {
      await context.close();
    }
  }, 30_000);
});
