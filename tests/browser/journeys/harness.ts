// The harness itself: a journey fails when a page breaks its Content Security Policy (an inline
// style or script) or logs a console error, so every journey proves its pages do neither.
import { describe, expect, test } from "bun:test";
import { expectNoProblems, startJourney } from "../support/browser";

/** Waits (up to 2 s) until every report matching `patterns` has arrived. */
async function reported(problems: string[], ...patterns: RegExp[]): Promise<void> {
  const arrived = () => patterns.every((pattern) => problems.some((problem) => pattern.test(problem)));
  for (let tries = 0; tries < 40 && !arrived(); tries++) await Bun.sleep(50);
}

describe("browser harness", () => {
  test("a CSP violation or a console error on any page fails the journey", async () => {
    const journey = await startJourney("harness");
    const { page, problems } = journey;
    try {
      await page.goto("/login");
      expect(problems).toEqual([]);
      // An element with a style attribute (what an inline style="" in a page or a swap does).
      await page.evaluate(() => document.querySelector("main")!.insertAdjacentHTML("beforeend", '<p style="">styled</p>'));
      // Chromium logs it to the console and fires the violation event: the journey hears both.
      await reported(problems, /^CSP violation/, /^console error.*Content Security Policy/);
      await expect(async () => expectNoProblems(problems)).toThrow(/CSP violation on .*\/login: style-src-attr/);
      problems.length = 0;
      await page.evaluate(() => console.error("something broke"));
      await reported(problems, /something broke/);
      await expect(async () => expectNoProblems(problems)).toThrow(/console error on .*: something broke/);
      problems.length = 0;
    } finally {
      await journey.close();
    }
  }, 20_000);
});
