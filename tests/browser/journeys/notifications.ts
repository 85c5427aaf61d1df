// Journey: a student is told what happened while they were away. A seat opened on the waitlist
// they were #1 on and their grade of another section was released: the header's link says
// "2 unread", the list shows both newest first, one is marked read with the keyboard, the rest
// with "Mark all as read", and the account page takes an email address (an invalid one is
// refused beside the field).
import { describe, expect, test } from "bun:test";
import { expectAnnounced, runJourney, signIn } from "../support/browser";
import { enroll, gradeAndRelease, newCourse, newFaculty, newSection, newStudent, openTerm, PASSWORD } from "../support/fixtures";

describe("notifications journey (unread count, list, mark read, email address)", () => {
  test("the student sees the count, reads both notices, marks them read and sets an email address", async () => {
    await runJourney("notifications", async (journey) => {
      const { page, stack } = journey;
      const [faculty, term, seminarCourse, gradedCourse, filler, student] = await Promise.all([
        newFaculty(stack, "Dr. Nia Notice"),
        openTerm(stack),
        newCourse(stack, "Lighthouse History"),
        newCourse(stack, "Coastal Archives"),
        newStudent(stack, "Finn Filler"),
        newStudent(stack, "Nora Notified"),
      ]);
      const seminar = await newSection(stack, { termId: term.id, courseId: seminarCourse.id, instructorId: faculty.id, capacity: 1, meetings: [{ day: "SUN", start_time: "10:00", end_time: "11:00" }] });
      const graded = await newSection(stack, { termId: term.id, courseId: gradedCourse.id, instructorId: faculty.id, capacity: 5, meetings: [{ day: "SUN", start_time: "12:00", end_time: "13:00" }] });
      const seat = await enroll(stack, filler, seminar.id);
      expect((await enroll(stack, student, seminar.id)).status).toBe("WAITLISTED");
      expect((await enroll(stack, student, graded.id)).status).toBe("ENROLLED");
      // The seat frees (promotion), then the grade is released.
      expect((await stack.api(`/api/v1/enrollments/${seat.id}`, { method: "DELETE", token: filler.token })).status).toBeLessThan(300);
      await gradeAndRelease(stack, faculty, graded.id, [{ studentId: student.id, grade: "A" }]);
      const seminarLabel = `${seminarCourse.code}-001`;
      const gradedLabel = `${gradedCourse.code}-001`;

      await signIn(journey, student.username, PASSWORD);
      const link = page.getByRole("link", { name: /^Notifications\s*2 unread notifications$/ });
      await link.waitFor();
      await journey.check("dashboard-badge", { keyboard: [link] });

      await link.click();
      await page.waitForURL(/\/notifications$/);
      const items = page.getByRole("list", { name: "Notifications, newest first" }).getByRole("listitem");
      await expect(items.count()).resolves.toBe(2);
      await expect(items.nth(0).innerText()).resolves.toContain(`Your grade for ${gradedLabel} is released`);
      await expect(items.nth(1).innerText()).resolves.toContain(`You have a seat in ${seminarLabel}`);
      const markSeat = page.getByRole("button", { name: `Mark as read: You have a seat in ${seminarLabel}` });
      await journey.check("list", { keyboard: [markSeat, page.getByRole("button", { name: "Mark all as read" })] });

      // With the keyboard: focus the button and press Enter.
      await markSeat.focus();
      await page.keyboard.press("Enter");
      await expectAnnounced(page, /Marked as read\./);
      await page.getByRole("link", { name: /^Notifications\s*1 unread notification$/ }).waitFor();
      await expect(page.locator("#notifications-content").innerText()).resolves.toContain("1 unread notification.");

      await page.getByRole("button", { name: "Mark all as read" }).click();
      await expectAnnounced(page, /Marked 1 notification as read\./);
      await page.getByRole("link", { name: /^Notifications\s*\(none unread\)$/ }).waitFor();
      await expect(page.getByRole("button", { name: /^Mark as read/ }).count()).resolves.toBe(0);
      await journey.check("all-read");

      // The email address, on the account page: refused beside the field, then saved.
      await page.getByRole("link", { name: "Set your email address" }).click();
      await page.waitForURL(/\/account$/);
      const email = page.getByLabel("Email address");
      await email.fill("nora at home");
      await page.getByRole("button", { name: "Save email address" }).click();
      await expectAnnounced(page, /Email address must be one address/);
      await journey.check("email-refused");
      await page.getByLabel("Email address").fill("nora@uni.example");
      await page.getByRole("button", { name: "Save email address" }).click();
      await expectAnnounced(page, /Notifications will be emailed to nora@uni\.example\./);
      await journey.check("email-saved");
    });
  }, 90_000);
});
