// Journey: a new student registers, signs in, searches the catalog, adds two sections, meets a
// time conflict, joins a waitlist, views and edits their week (drops a section), and, once their
// instructor releases a grade (through the REST API, as faculty), reads it with their GPA.
import { describe, expect, test } from "bun:test";
import type { Page } from "playwright-core";
import { expectAnnounced, pageHeading, runJourney, signIn, uniqueName } from "../support/browser";
import { enroll, gradeAndRelease, newCourse, newFaculty, newSection, newStudent, openTerm, PASSWORD } from "../support/fixtures";

/** Types into the catalog's live search and waits for the results to say how many match. */
async function searchCatalog(page: Page, words: string): Promise<void> {
  await page.getByLabel("Search courses").fill(words);
  await expectAnnounced(page, new RegExp(`\\d+ (?:course matches|courses match) “${words.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}”`));
}

describe("student journey (register, catalog, add, conflict, waitlist, schedule, drop, grades)", () => {
  test("a new student builds a schedule and later reads a released grade", async () => {
    await runJourney("student", async (journey) => {
      const { page, stack } = journey;
      // Two sections of the journey's own: one to be graded, one already full (capacity 1).
      const [faculty, term, workshop, seminar, filler] = await Promise.all([
        newFaculty(stack, "Dr. Omar Oral"),
        openTerm(stack),
        newCourse(stack, "Oral History Workshop"),
        newCourse(stack, "Map Reading Seminar"),
        newStudent(stack, "Fiona Filler"),
      ]);
      const graded = await newSection(stack, {
        termId: term.id,
        courseId: workshop.id,
        instructorId: faculty.id,
        capacity: 30,
        meetings: [
          { day: "TUE", start_time: "13:00", end_time: "14:15" },
          { day: "THU", start_time: "13:00", end_time: "14:15" },
        ],
      });
      const full = await newSection(stack, {
        termId: term.id,
        courseId: seminar.id,
        instructorId: faculty.id,
        capacity: 1,
        meetings: [{ day: "WED", start_time: "16:00", end_time: "18:50" }],
      });
      expect((await enroll(stack, filler, full.id)).status).toBe("ENROLLED");
      const gradedLabel = `${workshop.code}-001`;
      const fullLabel = `${seminar.code}-001`;

      // Register, then sign out and back in.
      const username = uniqueName("riley");
      await page.goto("/register");
      await page.getByLabel("Full name").fill("Riley Registrant");
      await page.getByLabel("Username").fill(username);
      await page.getByLabel("Password").fill(PASSWORD);
      await page.getByRole("button", { name: "Create student account" }).click();
      await page.waitForURL(/\/dashboard$/);
      await page.getByRole("button", { name: "Sign out" }).click();
      await page.waitForURL(/\/login$/);
      await signIn(journey, username, PASSWORD);

      // The catalog: search as you type, add the workshop.
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Catalog" }).click();
      await page.waitForURL(/\/catalog/);
      expect(await pageHeading(page)).toContain("Course catalog");
      await journey.check("catalog", {
        keyboard: [
          page.getByLabel("Search courses"),
          page.getByLabel("Term"),
          page.getByLabel("Department"),
          page.getByLabel("Open seats only"),
          page.getByRole("button", { name: "Search" }),
        ],
      });
      await searchCatalog(page, workshop.code);
      await page.getByRole("button", { name: `Add ${gradedLabel}` }).click();
      await expectAnnounced(page, new RegExp(`You are enrolled in ${gradedLabel}`));
      await journey.check("added", { keyboard: [page.getByRole("button", { name: `Drop ${gradedLabel}` })] });

      // A second section: PSYC 101-001 (Mon/Wed/Fri 08:00).
      await searchCatalog(page, "PSYC 101");
      await page.getByRole("button", { name: "Add PSYC 101-001" }).click();
      await expectAnnounced(page, /You are enrolled in PSYC 101-001/);

      // CS 101-001 meets at the same time: refused, and the message says why.
      await searchCatalog(page, "CS 101");
      await page.getByRole("button", { name: "Add CS 101-001" }).click();
      const conflict = await expectAnnounced(page, /Time conflict/);
      expect(conflict).toContain("PSYC 101-001");
      await journey.check("time-conflict");

      // The full seminar offers its waitlist.
      await searchCatalog(page, seminar.code);
      await expect(page.locator(`#section-${full.id}`).innerText()).resolves.toMatch(/full/i);
      await page.getByRole("button", { name: `Join waitlist of ${fullLabel}` }).click();
      await expectAnnounced(page, new RegExp(`${fullLabel} is full: you are number 1 on its waitlist`));
      await journey.check("waitlisted", { keyboard: [page.getByRole("button", { name: `Leave waitlist of ${fullLabel}` })] });

      // My schedule: the week as a grid and the list, with credits and the waitlist place.
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My schedule" }).click();
      await page.waitForURL(/\/schedule/);
      await expect(page.getByRole("main").innerText()).resolves.toContain("6 credits in 2 sections · on 1 waitlist");
      const grid = page.getByRole("table", { name: "Weekly timetable: days across, times down" });
      for (const label of [gradedLabel, "PSYC 101-001", fullLabel]) await grid.getByText(label).first().waitFor();
      await journey.check("schedule", {
        keyboard: [page.getByLabel("Term"), page.getByRole("button", { name: "Drop PSYC 101-001" }), page.getByRole("button", { name: `Leave waitlist of ${fullLabel}` })],
      });

      // Drop PSYC 101-001, after confirming in place.
      await page.getByRole("button", { name: "Drop PSYC 101-001" }).click();
      await expectAnnounced(page, /Drop PSYC 101-001\?/);
      await journey.check("drop-confirm", { keyboard: [page.getByRole("button", { name: "Yes, drop it" }), page.getByRole("link", { name: "Keep it" })] });
      await page.getByRole("button", { name: "Yes, drop it" }).click();
      await expectAnnounced(page, /You dropped PSYC 101-001/);
      await expect(page.getByRole("main").innerText()).resolves.toContain("3 credits in 1 section · on 1 waitlist");
      await journey.check("dropped");

      // No grade yet; then the instructor grades and releases (REST, as faculty).
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My grades" }).click();
      await page.waitForURL(/\/grades$/);
      await expect(page.getByRole("main").innerText()).resolves.toContain("No grades released yet");
      await journey.check("no-grades");
      const me = await stack.login(username, PASSWORD);
      await gradeAndRelease(stack, faculty, graded.id, [{ studentId: me.user.id, grade: "A-" }]);

      await page.reload();
      const grades = await page.getByRole("main").innerText();
      expect(grades).toContain(workshop.code);
      expect(grades).toContain("A-");
      expect(grades).toMatch(/Cumulative GPA\s*3\.70/);
      await journey.check("grades", { keyboard: [page.getByRole("link", { name: "See your unofficial transcript" })] });

      await page.getByRole("link", { name: "See your unofficial transcript" }).click();
      await page.waitForURL(/\/transcript$/);
      await expect(page.getByRole("main").innerText()).resolves.toContain(workshop.title);
      await journey.check("transcript");
    });
  }, 60_000);
});
