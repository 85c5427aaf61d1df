// Journey: live seats. A student keeps a section's page open; its seat count is polled about every
// 10 s (a 304 while nothing changed); another student takes a seat and the open page shows it
// within the interval, without a reload, with no console error or CSP violation; a hidden tab
// polls nothing and polls at once when shown again.
import { describe, expect, test } from "bun:test";
import type { Response } from "playwright-core";
import { runJourney, signIn } from "../support/browser";
import { enroll, newCourse, newFaculty, newSection, newStudent, openTerm, PASSWORD } from "../support/fixtures";

describe("live seats journey (a seat taken elsewhere shows on an open page)", () => {
  test("the open section page updates its seat count within the interval, without reloading", async () => {
    await runJourney("live-seats", async (journey) => {
      const { page, stack } = journey;
      const [faculty, term, course, watcher, taker] = await Promise.all([
        newFaculty(stack, "Dr. Lena Live"),
        openTerm(stack),
        newCourse(stack, "Seat Watching Studio"),
        newStudent(stack, "Wanda Watcher"),
        newStudent(stack, "Theo Taker"),
      ]);
      const section = await newSection(stack, { termId: term.id, courseId: course.id, instructorId: faculty.id, capacity: 2, meetings: [{ day: "THU", start_time: "16:00", end_time: "17:15" }] });
      const polls: number[] = [];
      page.on("response", (response: Response) => {
        if (response.url().endsWith(`/sections/${section.id}/seats`)) polls.push(response.status());
      });

      await signIn(journey, watcher.username, PASSWORD);
      await page.goto(`/sections/${section.id}`);
      const seats = page.locator(`#seats-${section.id}`);
      await expect(seats.innerText()).resolves.toBe("2 of 2 seats left");
      await expect(seats.getAttribute("aria-live")).resolves.toBe("polite");
      await journey.check("section-open", { keyboard: [page.getByRole("button", { name: /Add/ })] });
      // A mark that a reload would wipe.
      await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));

      // Two polls while nothing changes: the first learns the tag, the second is a 304.
      const until = Date.now() + 30_000;
      while (polls.length < 2 && Date.now() < until) await page.waitForTimeout(250);
      expect(polls.slice(0, 2)).toEqual([200, 304]);

      expect((await enroll(stack, taker, section.id)).status).toBe("ENROLLED");
      const shownAt = Date.now();
      await page.waitForFunction((id) => document.getElementById(`seats-${id}`)?.textContent === "1 of 2 seats left", section.id, { timeout: 15_000 });
      expect(Date.now() - shownAt).toBeLessThan(13_000); // 10 s ± 20 %, and the request
      await expect(page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).resolves.toBe(true);
      await expect(seats.getAttribute("aria-live")).resolves.toBe("polite");
      await journey.check("seat-taken-elsewhere");

      // A hidden tab sends nothing; shown again after more than the interval, it polls at once.
      const setHidden = (hidden: boolean) =>
        page.evaluate((value) => {
          Object.defineProperty(document, "hidden", { configurable: true, get: () => value });
          Object.defineProperty(document, "visibilityState", { configurable: true, get: () => (value ? "hidden" : "visible") });
          document.dispatchEvent(new Event("visibilitychange"));
        }, hidden);
      await setHidden(true);
      const whileHidden = polls.length;
      await page.waitForTimeout(13_000);
      expect(polls.length).toBe(whileHidden);
      await setHidden(false);
      await page.waitForTimeout(1_500);
      expect(polls.length).toBe(whileHidden + 1);
    });
  }, 120_000);
});
