// Journey: a visitor narrows the catalog with its filters from the keyboard (days, time of day,
// instructor, credits), sees the results follow, shares the address (opened again, it shows the
// same results and the form as it was), and gets a bad credits range explained beside the field.
import { describe, expect, test } from "bun:test";
import { expectAnnounced, runJourney, uniqueName } from "../support/browser";
import { newCourse, newFaculty, newSection, openTerm } from "../support/fixtures";

describe("catalog filters (days, time of day, instructor, credits)", () => {
  test("a visitor filters the catalog, shares the address and fixes a bad credits range", async () => {
    await runJourney("catalog-filters", async (journey) => {
      const { page, stack } = journey;
      const teacher = `Dr. ${uniqueName("Filterby")}`;
      const [faculty, term, morning, afternoon] = await Promise.all([newFaculty(stack, teacher), openTerm(stack), newCourse(stack, "Dawn Chorus Studies"), newCourse(stack, "Siesta Traditions")]);
      await newSection(stack, { termId: term.id, courseId: morning.id, instructorId: faculty.id, capacity: 20, meetings: [{ day: "TUE", start_time: "08:00", end_time: "09:15" }, { day: "THU", start_time: "08:00", end_time: "09:15" }] });
      await newSection(stack, { termId: term.id, courseId: afternoon.id, instructorId: faculty.id, capacity: 20, meetings: [{ day: "MON", start_time: "14:00", end_time: "15:15" }] });

      await page.goto("/catalog");
      // The filters fold under one disclosure; it opens from the keyboard.
      const more = page.getByText("More filters: days, times, instructor, credits");
      await more.focus();
      await page.keyboard.press("Enter");
      await journey.check("open", {
        keyboard: [page.getByLabel("Tuesday"), page.getByLabel("Starting at or after"), page.getByLabel("Ending by"), page.getByLabel("Instructor"), page.getByLabel("Credits from"), page.getByLabel("Credits up to")],
      });

      // The instructor's name: both courses; then Tuesday and Thursday (Space ticks a box): the morning one.
      await page.getByLabel("Instructor").fill(teacher.slice(4));
      await expectAnnounced(page, /2 courses match .*taught by/);
      for (const day of ["Tuesday", "Thursday"]) {
        await page.getByLabel(day).focus();
        await page.keyboard.press("Space");
      }
      await expectAnnounced(page, /1 course matches with sections on Tue, Thu only, taught by/);
      await expect(page.getByRole("main").innerText()).resolves.toContain(morning.code);
      await expect(page.getByRole("main").innerText()).resolves.not.toContain(afternoon.code);

      // A time window and credits narrow it the same way; the address keeps every filter.
      await page.getByLabel("Ending by").fill("10:00");
      await page.getByLabel("Credits from").fill("3");
      await expectAnnounced(page, /1 course matches with sections on Tue, Thu only, ending by 10:00, taught by .* of 3 or more credits/);
      // htmx replaces the address once the answer is in (hx-replace-url).
      await page.waitForURL(/min_credits=3/);
      const shared = page.url();
      expect(shared).toContain("days=TUE%2CTHU");
      expect(shared).toContain("ends_before=10%3A00");
      expect(shared).toContain("min_credits=3");
      await journey.check("filtered");

      // The shared address, opened afresh, shows the same results and the form as it was.
      await page.goto(shared);
      await expect(page.getByRole("main").innerText()).resolves.toContain(morning.code);
      expect(await page.getByLabel("Tuesday").isChecked()).toBe(true);
      expect(await page.getByLabel("Monday").isChecked()).toBe(false);
      expect(await page.getByLabel("Ending by").inputValue()).toBe("10:00");

      // Credits up to below Credits from: said beside the field, and announced.
      await page.getByLabel("Credits up to").fill("1");
      await expectAnnounced(page, /Some filters need a change/);
      await expect(page.locator("#catalog-max_credits-error").innerText()).resolves.toBe("Credits up to must not be below Credits from.");
      await journey.check("bad-credits");
      await page.getByLabel("Credits up to").fill("4");
      await expectAnnounced(page, /1 course matches/);
      await expect(page.locator("#catalog-max_credits-error").innerText()).resolves.toBe("");
    });
  });
});
