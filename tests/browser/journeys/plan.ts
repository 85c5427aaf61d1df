// Journey: plan ahead and swap. A student adds two sections to their plan from the sections'
// pages, checks the plan (the clash between them is named), removes one, registers the plan
// (one outcome per section shown), presses Register again (same outcome, nothing more taken);
// then swaps the section from the schedule for another section of the same course. Every step
// is checked at desktop and phone width, with keyboard reach and axe.
import { describe, expect, test } from "bun:test";
import { expectAnnounced, runJourney, signIn } from "../support/browser";
import { newCourse, newFaculty, newSection, newStudent, openTerm, PASSWORD } from "../support/fixtures";

const MONDAY_NINE = [{ day: "MON", start_time: "09:00", end_time: "10:15" }];
const MONDAY_NINE_THIRTY = [{ day: "MON", start_time: "09:30", end_time: "10:45" }];
const TUESDAY_TWO = [{ day: "TUE", start_time: "14:00", end_time: "15:15" }];

describe("plan journey (plan, check, register twice, swap)", () => {
  test("the student plans, checks, registers with an outcome per section, and swaps from the schedule", async () => {
    await runJourney("plan-and-swap", async (journey) => {
      const { page, stack } = journey;
      const [faculty, otherFaculty, thirdFaculty, term, astronomy, botany, student] = await Promise.all([
        newFaculty(stack, "Dr. Pia Planner"),
        newFaculty(stack, "Dr. Cal Clash"),
        newFaculty(stack, "Dr. Sol Swap"),
        openTerm(stack),
        newCourse(stack, "Night Sky Astronomy"),
        newCourse(stack, "Garden Botany"),
        newStudent(stack, "Penny Plan"),
      ]);
      const stars = await newSection(stack, { termId: term.id, courseId: astronomy.id, instructorId: faculty.id, capacity: 10, meetings: MONDAY_NINE });
      const plants = await newSection(stack, { termId: term.id, courseId: botany.id, instructorId: otherFaculty.id, capacity: 10, meetings: MONDAY_NINE_THIRTY });
      const starsLabel = `${astronomy.code}-001`;
      const plantsLabel = `${botany.code}-001`;

      await signIn(journey, student.username, PASSWORD);
      for (const section of [stars, plants]) {
        await page.goto(`/sections/${section.id}`);
        await page.getByRole("button", { name: /^Add to plan/ }).click();
        await expectAnnounced(page, /is in your plan/);
      }
      await journey.check("section-added-to-plan", { keyboard: [page.getByRole("button", { name: /^Add to plan/ })] });

      // The plan lists both; the check names the clash between them.
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My plan" }).click();
      await page.waitForURL(/\/plan/);
      await expect(page.locator("#plan-content").innerText()).resolves.toContain("2 sections planned");
      await page.getByRole("button", { name: "Check my plan" }).click();
      await expectAnnounced(page, /Your plan has problems/);
      const plantsItem = page.locator(`#plan-${plants.id}`);
      await expect(plantsItem.innerText()).resolves.toContain(`Time conflict: ${plantsLabel} meets`);
      await journey.check("plan-checked", { keyboard: [page.getByRole("button", { name: "Register my plan" })] });

      // Remove the clashing one, register, and press Register again.
      await page.getByRole("button", { name: `Remove ${plantsLabel} from my plan` }).click();
      await expectAnnounced(page, /taken out of your plan/);
      await page.getByRole("button", { name: "Register my plan" }).click();
      await expectAnnounced(page, /Your plan was registered: enrolled in 1 section/);
      await expect(page.locator(`#plan-${stars.id}`).innerText()).resolves.toContain("Just now: Enrolled");
      await page.getByRole("button", { name: "Register my plan" }).click();
      await expectAnnounced(page, /Your plan was registered: enrolled in 1 section/);
      await journey.check("plan-registered");

      // A second section of the astronomy course opens; the student swaps into it from the schedule.
      const later = await newSection(stack, { termId: term.id, courseId: astronomy.id, instructorId: thirdFaculty.id, capacity: 10, meetings: TUESDAY_TWO, code: "002" });
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My schedule" }).click();
      await page.waitForURL(/\/schedule/);
      await page.getByRole("button", { name: `Swap ${starsLabel} for another section` }).click();
      await expectAnnounced(page, /Choose the section of/);
      await page.getByRole("radio", { name: new RegExp(`${astronomy.code}-002`) }).check();
      await journey.check("swap-form", { keyboard: [page.getByRole("button", { name: "Swap", exact: true })] });
      await page.getByRole("button", { name: "Swap", exact: true }).click();
      await expectAnnounced(page, new RegExp(`Swapped: you are enrolled in ${astronomy.code}-002 and ${starsLabel} was dropped`));
      await expect(page.locator("#schedule-content").innerText()).resolves.toContain(`${astronomy.code}-002`);
      expect(later.id).toBeTruthy();
      await journey.check("swapped");
    });
  }, 90_000);
});
