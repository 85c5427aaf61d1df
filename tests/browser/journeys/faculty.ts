// Journey: a faculty member opens a roster, enters a grade inline, imports a CSV with one bad
// row (reads the preview, fixes the row, applies), releases, changes a released grade with a
// reason and reads its history. Their section and students are made through the REST API.
import { describe, expect, test } from "bun:test";
import { expectAnnounced, pageHeading, signIn, runJourney } from "../support/browser";
import { enroll, newCourse, newFaculty, newSection, newStudent, openTerm, PASSWORD } from "../support/fixtures";

describe("faculty journey (roster, grade sheet, CSV import, release, change with reason, history)", () => {
  test("a faculty member grades a section from roster to history", async () => {
    await runJourney("faculty", async (journey) => {
      const { page, stack } = journey;
      const [faculty, term, course, ada, ben, cy, dee] = await Promise.all([
        newFaculty(stack, "Dr. Grace Grader"),
        openTerm(stack),
        newCourse(stack, "Archives and Evidence"),
        newStudent(stack, "Ada Alpha"),
        newStudent(stack, "Ben Beta"),
        newStudent(stack, "Cy Gamma"),
        newStudent(stack, "Dee Delta"),
      ]);
      const section = await newSection(stack, {
        termId: term.id,
        courseId: course.id,
        instructorId: faculty.id,
        capacity: 3,
        meetings: [{ day: "SAT", start_time: "09:00", end_time: "11:00" }],
      });
      for (const student of [ada, ben, cy]) await enroll(stack, student, section.id);
      expect((await enroll(stack, dee, section.id)).status).toBe("WAITLISTED");
      const label = `${course.code}-${section.code}`;

      await signIn(journey, faculty.username, PASSWORD);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My sections" }).click();
      await page.waitForURL(/\/teaching$/);
      expect(await pageHeading(page)).toContain("My sections");
      const rosterLink = page.getByRole("link", { name: `Roster of ${label}` });
      const sheetLink = page.getByRole("link", { name: `Grade sheet of ${label}` });
      await journey.check("my-sections", { keyboard: [sheetLink, rosterLink] });

      // The roster: three enrolled students and the waitlist in order.
      await rosterLink.click();
      await page.waitForURL(/\/roster$/);
      expect(await pageHeading(page)).toContain(label);
      const enrolled = page.getByRole("table", { name: `Students enrolled in ${label}` });
      for (const student of [ada, ben, cy]) await enrolled.getByRole("rowheader", { name: student.name }).waitFor();
      await page
        .getByRole("table", { name: `Waitlist of ${label}, in order` })
        .getByRole("rowheader", { name: dee.name })
        .waitFor();
      await journey.check("roster", { keyboard: [page.getByRole("link", { name: /My sections/ }).last()] });

      // The grade sheet: enter Ada's grade inline; the saved row says so.
      await page.goto("/teaching");
      await sheetLink.click();
      await page.waitForURL(/\/teaching\/sections\/[^/]+$/);
      const adaGrade = page.getByLabel(`Grade for ${ada.name}`);
      const saveAda = page.getByRole("button", { name: `Save grade for ${ada.name}` });
      await journey.check("grade-sheet", {
        keyboard: [adaGrade, saveAda, page.getByLabel("CSV file", { exact: true }), page.getByLabel("Or paste the rows"), page.getByRole("button", { name: "Preview import" })],
      });
      await adaGrade.selectOption("A");
      await saveAda.click();
      await expectAnnounced(page, new RegExp(`Saved A for ${ada.name} as a draft`));
      await journey.check("grade-saved");

      // CSV import with one bad row: the preview names it and offers no apply.
      await page.getByLabel("Or paste the rows").fill(`student,grade\n${ben.username},B+\n${cy.username},Q`);
      await page.getByRole("button", { name: "Preview import" }).click();
      await expectAnnounced(page, /2 rows: 1 OK, 1 row with problems/);
      const preview = page.getByRole("table", { name: "Outcome of each row of the file" });
      await preview.getByRole("row").filter({ hasText: cy.username }).filter({ hasText: "Invalid grade" }).waitFor();
      expect(await page.getByRole("button", { name: /^Apply/ }).count()).toBe(0);
      await journey.check("import-preview-error", { keyboard: [page.getByLabel("Or paste the rows"), page.getByRole("button", { name: "Preview import" })] });

      // Fixed: every row OK, then applied all at once.
      await page.getByLabel("Or paste the rows").fill(`student,grade\n${ben.username},B+\n${cy.username},B`);
      await page.getByRole("button", { name: "Preview import" }).click();
      await expectAnnounced(page, /2 rows, all OK/);
      await journey.check("import-preview-ok", { keyboard: [page.getByRole("button", { name: "Apply 2 grades" })] });
      await page.getByRole("button", { name: "Apply 2 grades" }).click();
      await expectAnnounced(page, /Imported 2 grades/);
      await expect(page.getByLabel(`Grade for ${cy.name}`).inputValue()).resolves.toBe("B");

      // Release, after an in-place confirmation.
      await page.getByRole("link", { name: "Release grades…" }).click();
      await expectAnnounced(page, /Release grades of 3 students\?/);
      await journey.check("release-confirm", { keyboard: [page.getByRole("button", { name: "Yes, release grades" }), page.getByRole("link", { name: "Cancel" })] });
      await page.getByRole("button", { name: "Yes, release grades" }).click();
      await expectAnnounced(page, /Released 3 grades\. Students can see them now/);
      await journey.check("released");

      // A released grade changes only with a reason: first refused, then saved.
      await page.getByLabel(`Grade for ${ada.name}`).selectOption("A-");
      await page.getByRole("button", { name: `Save grade for ${ada.name}` }).click();
      await expectAnnounced(page, /reason/i);
      await page.waitForFunction(() => document.activeElement?.getAttribute("aria-invalid") === "true");
      const reason = page.locator(`#reason-${ada.id}`);
      await expect(reason.getAttribute("aria-invalid")).resolves.toBe("true");
      await journey.check("change-needs-reason");
      await reason.fill("Final exam re-marked after review");
      await page.getByRole("button", { name: `Save grade for ${ada.name}` }).click();
      await expectAnnounced(page, new RegExp(`Saved A- for ${ada.name}: released`));

      // The history: who, when, old and new value, and the reason.
      await page.getByRole("link", { name: `History of ${ada.name}'s grade` }).click();
      await page.waitForURL(/\/history$/);
      expect(await pageHeading(page)).toContain(ada.name);
      const history = await page.getByRole("main").innerText();
      expect(history).toContain("Final exam re-marked after review");
      expect(history).toContain("A-");
      expect(history).toContain(faculty.name);
      await journey.check("history", { keyboard: [page.getByRole("navigation", { name: "Breadcrumb" }).getByRole("link", { name: `${label} grade sheet` })] });
    });
  }, 60_000);
});
