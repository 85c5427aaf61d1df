// Journey: a student takes their classes into a calendar app. From My schedule to "Add to your
// calendar": the download link, a subscription address made (shown once, announced), then
// revoked; keyboard and phone checks on the page, no console error or CSP violation.
import { describe, expect, test } from "bun:test";
import { expectAnnounced, runJourney, signIn } from "../support/browser";
import { enroll, newCourse, newFaculty, newSection, newStudent, openTerm, PASSWORD } from "../support/fixtures";

describe("calendar journey (download, subscribe, revoke)", () => {
  test("a student makes a subscription address, sees it once, and revokes it", async () => {
    await runJourney("calendar", async (journey) => {
      const { page, stack } = journey;
      const [faculty, term, course, student] = await Promise.all([newFaculty(stack, "Dr. Cal Endar"), openTerm(stack), newCourse(stack, "Timekeeping in History"), newStudent(stack, "Ivy Ical")]);
      const section = await newSection(stack, { termId: term.id, courseId: course.id, instructorId: faculty.id, capacity: 10, meetings: [{ day: "MON", start_time: "11:00", end_time: "11:50" }] });
      await enroll(stack, student, section.id);

      await signIn(journey, student.username, PASSWORD);
      await page.goto(`/schedule?term=${term.id}`);
      await page.getByRole("link", { name: "Add to your calendar (download or subscribe)" }).click();
      await page.waitForURL(/\/schedule\/calendar/);
      await expect(page.getByRole("link", { name: "Download my schedule (.ics)" }).getAttribute("href")).resolves.toBe(`/schedule.ics?term=${term.id}`);
      await journey.check("calendar-page", { keyboard: [page.getByRole("link", { name: "Download my schedule (.ics)" }), page.getByRole("button", { name: "Make a subscription address" })] });

      await page.getByRole("button", { name: "Make a subscription address" }).click();
      await expectAnnounced(page, /Your new subscription address is ready/);
      const address = await page.getByLabel(/Your subscription address/).inputValue();
      expect(address).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
      expect((await page.request.get(address)).status()).toBe(200);
      await journey.check("address-made", { keyboard: [page.getByRole("button", { name: "Revoke the address" })] });

      await page.getByRole("button", { name: "Revoke the address" }).click();
      await expectAnnounced(page, /Your subscription address was revoked/);
      await expect(page.getByRole("button", { name: "Make a subscription address" }).isVisible()).resolves.toBe(true);
      expect((await page.request.get(address)).status()).toBe(404);
      await journey.check("address-revoked");
    });
  }, 90_000);
});
