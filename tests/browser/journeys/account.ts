// Journey: a visitor reads the landing page, creates a student account (after a mistake the
// form explains), signs out, fails and then succeeds to sign in, and changes their password; and the error
// pages a lost visitor meets.
import { describe, expect, test } from "bun:test";
import { expectAnnounced, pageHeading, signIn, runJourney, uniqueName } from "../support/browser";
import { disableAccount, newStudent, PASSWORD as FIXTURE_PASSWORD } from "../support/fixtures";

const PASSWORD = "a sturdy passphrase 42";
const NEW_PASSWORD = "another sturdy phrase 7";

describe("account journey (landing, register, sign in and out, password) and error pages", () => {
  test("a new student gets an account and keeps it safe", async () => {
    await runJourney("account", async (journey) => {
      const { page } = journey;
      await page.goto("/");
      expect(await pageHeading(page)).toContain("Registration");
      await journey.check("landing", {
        keyboard: [
          page.getByRole("link", { name: "Skip to main content" }),
          page.getByRole("main").getByRole("link", { name: "Sign in" }),
          page.getByRole("main").getByRole("link", { name: "Create a student account" }),
        ],
      });

      await page.getByRole("main").getByRole("link", { name: "Create a student account" }).click();
      await page.waitForURL(/\/register$/);
      const username = uniqueName("walker");
      await journey.check("register", {
        keyboard: [page.getByLabel("Full name"), page.getByLabel("Username"), page.getByLabel("Password"), page.getByRole("button", { name: "Create student account" })],
      });

      // A taken username and a too-short password: the form comes back in place naming both
      // beside their fields at once, and focus moves to the first.
      await page.getByLabel("Full name").fill("Wendy Walker");
      await page.getByLabel("Username").fill("student1");
      await page.getByLabel("Password").fill("short");
      await page.getByRole("button", { name: "Create student account" }).click();
      await expectAnnounced(page, /already taken/i);
      const password = page.getByLabel("Password");
      await expect(password.getAttribute("aria-invalid")).resolves.toBe("true");
      await expect(page.getByLabel("Username").getAttribute("aria-invalid")).resolves.toBe("true");
      await expect(page.locator("#field-username-error").innerText()).resolves.toBe('The username "student1" is already taken.');
      await expect(page.locator("#field-password-error").innerText()).resolves.toMatch(/at least 10 characters/);
      expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe("username");
      await expect(page.getByLabel("Username").inputValue()).resolves.toBe("student1");
      await journey.check("register-error");

      await page.getByLabel("Username").fill(username);
      await password.fill(PASSWORD);
      await page.getByRole("button", { name: "Create student account" }).click();
      await page.waitForURL(/\/dashboard$/);
      await expectAnnounced(page, /account is ready/i);
      expect(await pageHeading(page)).toContain("Wendy Walker");
      await journey.check("dashboard", {
        keyboard: [
          page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Catalog" }),
          page.getByRole("link", { name: /Find sections/ }),
          page.getByRole("button", { name: "Sign out" }),
        ],
      });

      // Sign out: back on the sign-in page with a message; the dashboard now asks to sign in.
      await page.getByRole("button", { name: "Sign out" }).click();
      await page.waitForURL(/\/login$/);
      await expectAnnounced(page, /signed out/i);
      await page.goto("/dashboard");
      await page.waitForURL(/\/login\?next=%2Fdashboard$/);

      // A wrong password is refused in place, without saying which part was wrong.
      await page.getByLabel("Username").fill(username);
      await page.getByLabel("Password").fill("not my password at all");
      await page.getByRole("button", { name: /sign in/i }).click();
      const refusal = await expectAnnounced(page, /incorrect|invalid|wrong/i);
      expect(refusal.length).toBeGreaterThan(5);
      await journey.check("sign-in-refused", {
        keyboard: [page.getByLabel("Username"), page.getByLabel("Password"), page.getByRole("button", { name: /sign in/i })],
      });

      // The right password goes on to the page that was asked for.
      await page.getByLabel("Password").fill(PASSWORD);
      await page.getByRole("button", { name: /sign in/i }).click();
      await page.waitForURL(/\/dashboard$/);
      await expectAnnounced(page, /welcome back/i);

      // Change the password: a wrong current password is named; the right one succeeds.
      await page.goto("/account/password");
      await journey.check("password", {
        keyboard: [page.getByLabel("Current password"), page.getByLabel("New password"), page.getByRole("button", { name: "Change password" })],
      });
      await page.getByLabel("Current password").fill("this is not it at all");
      await page.getByLabel("New password").fill(NEW_PASSWORD);
      await page.getByRole("button", { name: "Change password" }).click();
      await page.waitForSelector("[aria-invalid=true], [role=alert]");
      await journey.check("password-refused");
      await page.getByLabel("Current password").fill(PASSWORD);
      await page.getByLabel("New password").fill(NEW_PASSWORD);
      await page.getByRole("button", { name: "Change password" }).click();
      await page.waitForURL(/\/dashboard$/);
      await expectAnnounced(page, /password has been changed/i);

      // The new password works from a fresh sign-in.
      await page.getByRole("button", { name: "Sign out" }).click();
      await page.waitForURL(/\/login$/);
      await signIn(journey, username, NEW_PASSWORD);
    });
  }, 30_000);

  test("a disabled account's open session ends on its next page, and sign-in says why", async () => {
    await runJourney("disabled", async (journey) => {
      const { page, stack, context } = journey;
      const student = await newStudent(stack, "Dana Disabled");
      await signIn(journey, student.username, FIXTURE_PASSWORD);
      await disableAccount(stack, student.id);
      // Every node refuses the account within ~2 s (its revocation list); wait for the gateway.
      for (let tries = 0; tries < 50 && (await stack.api("/api/v1/me", { token: student.token })).status !== 401; tries++) await Bun.sleep(100);
      await page.goto("/dashboard");
      expect(page.url()).toMatch(/\/login\?next=%2Fdashboard$/);
      await expect(page.getByRole("alert").innerText()).resolves.toMatch(/disabled/i);
      const names = (await context.cookies()).map((cookie) => cookie.name);
      expect(names).not.toContain("es_access");
      expect(names).not.toContain("es_refresh");
      await journey.check("disabled-sign-in", { keyboard: [page.getByLabel("Username"), page.getByRole("button", { name: /sign in/i })] });
    });
  }, 30_000);

  test("a refused page is a whole page that says why, with a way back", async () => {
    await runJourney("refused", async (journey) => {
      const { page, stack } = journey;
      const { courses } = (await stack.api("/api/v1/courses?q=PSYC%20101")).body as { courses: Array<{ code: string; sections: Array<{ id: string; code: string }> }> };
      const section = courses.find((course) => course.code === "PSYC 101")!.sections[0]!;
      await signIn(journey, "student3", stack.config.demoPassword);
      const refused = await page.goto(`/sections/${section.id}/roster`);
      expect(refused?.status()).toBe(403);
      expect(await pageHeading(page)).toContain("Not allowed");
      await journey.check("roster-refused", { keyboard: [page.getByRole("link", { name: "Back to start" })] });
    });
  }, 20_000);

  test("a missing page is a whole page with a way back, signed in or not", async () => {
    await runJourney("not-found", async (journey) => {
      const { page } = journey;
      const signedOut = await page.goto("/no-such-page");
      expect(signedOut?.status()).toBe(404);
      expect(await pageHeading(page)).toContain("Page not found");
      await journey.check("signed-out", { keyboard: [page.getByRole("link", { name: /back|start|home/i })] });

      await signIn(journey, "student3", journey.stack.config.demoPassword);
      const signedIn = await page.goto("/no-such-page");
      expect(signedIn?.status()).toBe(404);
      expect(await pageHeading(page)).toContain("Page not found");
      await journey.check("signed-in", { keyboard: [page.getByRole("link", { name: "Back to start" })] });
    });
  }, 20_000);
});
