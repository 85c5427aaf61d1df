// Journey: an administrator creates a term (after a form mistake the page explains), a course, a
// faculty account, and a section that uses all three, then finds the section in the list.
import { describe, expect, test } from "bun:test";
import { expectAnnounced, pageHeading, runJourney, signIn, uniqueName } from "../support/browser";

describe("admin journey (term, course, faculty account, section)", () => {
  test("an administrator sets up a new term's section", async () => {
    await runJourney("admin", async (journey) => {
      const { page, stack } = journey;
      const suffix = uniqueName("").slice(-5).toUpperCase();
      const termCode = `J${suffix}`;
      const courseCode = `HIST ${6000 + Math.floor(Math.random() * 999)}J`;
      const facultyUsername = uniqueName("prof");

      await signIn(journey, "admin", stack.config.demoPassword);
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Administration" }).click();
      await page.waitForURL(/\/admin$/);
      const adminNav = page.getByRole("navigation", { name: "Administration" });
      await journey.check("overview", { keyboard: ["Terms", "Courses", "Sections", "Accounts", "Audit trail"].map((name) => adminNav.getByRole("link", { name })) });

      // A term: a first try without dates is refused field by field, in place.
      await adminNav.getByRole("link", { name: "Terms" }).click();
      await page.waitForURL(/\/admin\/terms$/);
      await journey.check("terms", { keyboard: [page.getByRole("link", { name: "New term" })] });
      await page.getByRole("link", { name: "New term" }).click();
      await page.waitForURL(/\/admin\/terms\/new$/);
      await journey.check("term-form", {
        keyboard: [page.getByLabel("Code"), page.getByLabel("Name"), page.getByLabel("Add/drop deadline"), page.getByRole("button", { name: "Create term" })],
      });
      await page.getByLabel("Code").fill(termCode);
      await page.getByLabel("Name").fill(`Journey Term ${suffix}`);
      await page.getByRole("button", { name: "Create term" }).click();
      await page.waitForSelector("[aria-invalid=true]");
      await page.waitForFunction(() => document.activeElement?.getAttribute("aria-invalid") === "true");
      await journey.check("term-form-errors");
      await page.getByLabel("First day of classes").fill("2031-01-12");
      await page.getByLabel("Last day of classes").fill("2031-05-08");
      await page.getByLabel("Registration opens").fill("2030-11-01T08:00");
      await page.getByLabel("Registration closes").fill("2031-01-20T23:59");
      await page.getByLabel("Add/drop deadline").fill("2031-01-26T23:59");
      await page.getByRole("button", { name: "Create term" }).click();
      await page.waitForURL(/\/admin\/terms$/);
      await expectAnnounced(page, new RegExp(`Term ${termCode} \\(Journey Term ${suffix}\\) was created`));
      await page
        .getByRole("table", { name: "Terms, newest first" })
        .getByRole("link", { name: `Edit ${termCode}` })
        .waitFor();

      // A course.
      await adminNav.getByRole("link", { name: "Courses" }).click();
      await page.getByRole("link", { name: "New course" }).click();
      await page.waitForURL(/\/admin\/courses\/new$/);
      await page.getByLabel("Code", { exact: true }).fill(courseCode);
      await page.getByLabel("Title", { exact: true }).fill("Oral Histories of the City");
      await page.getByLabel("Department", { exact: true }).selectOption("HIST");
      await page.getByLabel("Credits", { exact: true }).fill("3");
      await page.getByLabel("Description", { exact: true }).fill("Students record, transcribe and interpret interviews with residents.");
      await journey.check("course-form", {
        keyboard: [page.getByLabel("Code", { exact: true }), page.getByLabel("Find a course to add as a prerequisite"), page.getByRole("button", { name: "Create course" })],
      });
      await page.getByRole("button", { name: "Create course" }).click();
      await page.waitForURL(/\/admin\/courses\/[^/]+\/edit$/);
      await expectAnnounced(page, new RegExp(`Course ${courseCode} was created`));
      await journey.check("course-created");

      // A faculty account.
      await adminNav.getByRole("link", { name: "Accounts" }).click();
      await page.getByRole("link", { name: "New account" }).click();
      await page.waitForURL(/\/admin\/users\/new$/);
      await page.getByLabel("Full name").fill(`Prof. Journey ${suffix}`);
      await page.getByLabel("Username").fill(facultyUsername);
      await page.getByLabel("Role").selectOption("FACULTY");
      await page.getByLabel("Temporary password").fill("temporary passphrase 1");
      await journey.check("account-form", { keyboard: [page.getByLabel("Full name"), page.getByLabel("Role"), page.getByRole("button", { name: "Create account" })] });
      await page.getByRole("button", { name: "Create account" }).click();
      await page.waitForURL(/\/admin\/users/);
      await expectAnnounced(page, new RegExp(`Faculty account ${facultyUsername} was created`));
      await journey.check("accounts");

      // A section of the new course in the new term, taught by the new faculty member.
      await adminNav.getByRole("link", { name: "Sections" }).click();
      await page.getByRole("link", { name: "New section" }).click();
      await page.waitForURL(/\/admin\/sections\/new/);
      await page.getByLabel("Course", { exact: true }).selectOption({ label: `${courseCode} · Oral Histories of the City` });
      await page.getByLabel("Term", { exact: true }).selectOption({ label: `${termCode} · Journey Term ${suffix}` });
      await page.getByLabel("Section code").fill("001");
      await page.getByLabel("Instructor").selectOption({ label: `Prof. Journey ${suffix} (${facultyUsername})` });
      await page.getByLabel("Room").fill(`HUM J${suffix}`);
      await page.getByLabel("Capacity (seats)").fill("24");
      const pattern = page.getByRole("group", { name: "Meeting pattern 1" });
      await pattern.getByLabel("Tuesday").check();
      await pattern.getByLabel("Thursday").check();
      await pattern.getByLabel("Starts").fill("10:00");
      await pattern.getByLabel("Ends").fill("11:15");
      await journey.check("section-form", {
        keyboard: [page.getByLabel("Course", { exact: true }), pattern.getByLabel("Tuesday"), pattern.getByLabel("Ends"), page.getByRole("button", { name: "Create section" })],
      });
      await page.getByRole("button", { name: "Create section" }).click();
      await page.waitForURL(/\/admin\/sections\?term=/);
      await expectAnnounced(page, new RegExp(`Section ${courseCode}-001 was created in Journey Term ${suffix}`));
      const listed = await page.getByRole("main").innerText();
      expect(listed).toContain(`${courseCode}-001`);
      expect(listed).toContain(`Prof. Journey ${suffix}`);
      await journey.check("sections");
      expect(await pageHeading(page)).toContain("Sections");
    });
  }, 60_000);
});
