// Journey: a waitlisted student is passed over for an open seat. The student is #1 on a full
// section's waitlist and enrolled in another section at the same hour; the admin raises the
// capacity and the flash names who was skipped and why; the student sees why (and how to fix
// it) on the dashboard and the schedule, drops the clashing section and takes the seat at once.
import { describe, expect, test } from "bun:test";
import { expectAnnounced, runJourney, signIn } from "../support/browser";
import { enroll, newCourse, newFaculty, newSection, newStudent, openTerm, PASSWORD } from "../support/fixtures";

const FRIDAY_AFTERNOON = [{ day: "FRI", start_time: "15:00", end_time: "16:15" }];

describe("waitlist journey (skipped for an open seat, told why, fixes it)", () => {
  test("the skipped student sees why on the dashboard and the schedule, and the admin's flash names them", async () => {
    await runJourney("waitlist-skip", async (journey) => {
      const { page, stack } = journey;
      const [faculty, otherFaculty, term, seminarCourse, clashCourse, filler, student] = await Promise.all([
        newFaculty(stack, "Dr. Wen Waitlist"),
        newFaculty(stack, "Dr. Cai Clash"),
        openTerm(stack),
        newCourse(stack, "Harbour Ecology Seminar"),
        newCourse(stack, "Tidal Mapping Lab"),
        newStudent(stack, "Fiona Filler"),
        newStudent(stack, "Sky Skipped"),
      ]);
      const seminar = await newSection(stack, { termId: term.id, courseId: seminarCourse.id, instructorId: faculty.id, capacity: 1, meetings: FRIDAY_AFTERNOON });
      const clash = await newSection(stack, { termId: term.id, courseId: clashCourse.id, instructorId: otherFaculty.id, capacity: 20, meetings: FRIDAY_AFTERNOON });
      const seminarLabel = `${seminarCourse.code}-001`;
      const clashLabel = `${clashCourse.code}-001`;
      expect((await enroll(stack, filler, seminar.id)).status).toBe("ENROLLED");
      expect((await enroll(stack, student, seminar.id)).status).toBe("WAITLISTED");
      expect((await enroll(stack, student, clash.id)).status).toBe("ENROLLED");

      // The admin raises the capacity: the flash says who was passed over and why.
      await signIn(journey, "admin", stack.config.demoPassword);
      await page.goto(`/admin/sections/${seminar.id}/edit`);
      await page.getByLabel("Capacity (seats)").fill("2");
      await page.getByRole("button", { name: "Save changes" }).click();
      await page.waitForURL(/\/admin\/sections\?/);
      const flash = await expectAnnounced(page, /Passed over for the new seats/);
      expect(flash).toContain(`Sky Skipped (${student.username}, #1): Time conflict: ${seminarLabel} meets`);
      await journey.check("admin-flash");
      await page.getByRole("button", { name: "Sign out" }).click();
      await page.waitForURL(/\/login$/);

      // The student's dashboard: the place, the reason and the way out.
      await signIn(journey, student.username, PASSWORD);
      const waitlists = page.locator("#waitlists");
      await expect(waitlists.innerText()).resolves.toContain(`${seminarLabel} · Harbour Ecology Seminar: place #1`);
      const dashboardNote = await waitlists.getByRole("note").innerText();
      expect(dashboardNote).toContain(`${seminarLabel}: passed over for an open seat on`);
      expect(dashboardNote).toContain(`Time conflict: ${seminarLabel} meets`);
      expect(dashboardNote).toContain(`You keep your place (#1). Drop ${clashLabel} to be eligible`);
      await journey.check("dashboard-skipped", { keyboard: [page.getByRole("link", { name: "Change password" })] });

      // The schedule says the same beside the waitlisted section.
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My schedule" }).click();
      await page.waitForURL(/\/schedule/);
      const item = page.locator("li", { has: page.getByRole("link", { name: new RegExp(seminarLabel) }) });
      const scheduleNote = await item.getByRole("note").innerText();
      expect(scheduleNote).toContain("Passed over for an open seat on");
      expect(scheduleNote).toContain(`Drop ${clashLabel} to be eligible`);
      await journey.check("schedule-skipped", { keyboard: [page.getByRole("button", { name: `Drop ${clashLabel}` })] });

      // Following the advice: drop the clashing section, and the open seat is theirs at once.
      await page.getByRole("button", { name: `Drop ${clashLabel}` }).click();
      await expectAnnounced(page, new RegExp(`Drop ${clashLabel}\\?`));
      await page.getByRole("button", { name: "Yes, drop it" }).click();
      await expectAnnounced(page, new RegExp(`You dropped ${clashLabel}`));
      await expect(item.innerText()).resolves.toContain("Enrolled");
      await expect(item.getByRole("note").count()).resolves.toBe(0);
      await journey.check("skip-fixed");
    });
  }, 60_000);
});
