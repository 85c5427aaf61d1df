// Journey: the registrar places a financial hold on a student and gives a new term appointment
// groups; the student sees the hold on the dashboard, is refused adding with the hold and whom to
// contact named; the registrar lifts the hold; adding in the new term is then refused until the
// student's appointment, naming its time.
import { describe, expect, test } from "bun:test";
import { expectAnnounced, runJourney, signIn, uniqueName } from "../support/browser";
import { newCourse, newFaculty, newSection, newStudent, openTerm, PASSWORD } from "../support/fixtures";

const CONTACT = "Bursar's Office, bursar@example.edu";

describe("holds and appointments journey (registrar places and lifts, student is told why)", () => {
  test("a hold blocks adding with whom to contact; the appointment blocks until its time", async () => {
    await runJourney("holds", async (journey) => {
      const { page, stack } = journey;
      const boss = await stack.login("admin");
      const code = uniqueName("AP").toUpperCase().slice(0, 16);
      const hour = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
      const created = await stack.api("/api/v1/terms", {
        token: boss.access_token,
        body: { code, name: `Appointment term ${code}`, starts_on: "2031-01-10", ends_on: "2031-05-10", registration_opens_at: hour(-1), registration_closes_at: hour(48), add_drop_deadline: hour(47) },
      });
      expect(created.status).toBe(201);
      const later = created.body.term;
      const [student, faculty, course, current] = await Promise.all([newStudent(stack, "Hana Held"), newFaculty(stack, "Dr. Ola Office"), newCourse(stack, "Ledger Studies"), openTerm(stack)]);
      const meetings = [{ day: "SAT", start_time: "07:00", end_time: "07:50" }];
      const now = await newSection(stack, { termId: current.id, courseId: course.id, instructorId: faculty.id, capacity: 10, meetings });
      const next = await newSection(stack, { termId: later.id, courseId: course.id, instructorId: faculty.id, capacity: 10, meetings });
      const label = `${course.code}-001`;

      // The registrar places a financial hold.
      await signIn(journey, "admin", stack.config.demoPassword);
      await page.goto("/admin/holds");
      await page.getByLabel("Student's username").fill(student.username);
      await page.getByRole("button", { name: "Show holds" }).click();
      await page.waitForURL(/\/admin\/holds\?student=/);
      await page.getByLabel("Kind of hold").selectOption("FINANCIAL");
      await page.getByLabel("Reason").fill("Unpaid tuition balance");
      await page.getByLabel("Whom to contact").fill(CONTACT);
      await page.getByRole("button", { name: "Place hold" }).click();
      await expectAnnounced(page, new RegExp(`Financial hold placed on ${student.username}`));
      await expect(page.getByRole("table").innerText()).resolves.toContain("Unpaid tuition balance");
      await journey.check("admin-hold-placed", { keyboard: [page.getByRole("button", { name: "Lift the financial hold" }), page.getByRole("button", { name: "Place hold" })] });

      // …and gives the later term an appointment group: everyone from in two hours.
      await page.goto(`/admin/appointments?term=${later.id}`);
      await page.getByLabel("Name", { exact: true }).fill("Everyone");
      await page.getByLabel("Group by").selectOption("STANDING");
      await page.getByLabel("Class standing").selectOption("FRESHMAN");
      const startsLocal = new Date(Date.now() + 2 * 3_600_000).toISOString().slice(0, 16); // the journeys' university zone is UTC
      await page.getByLabel("Appointment starts").fill(startsLocal);
      await page.getByRole("button", { name: "Add group" }).click();
      await expectAnnounced(page, /Group Everyone added/);
      await expect(page.getByRole("table").innerText()).resolves.toContain("First-year students");
      await journey.check("admin-appointments", { keyboard: [page.getByRole("button", { name: "Delete group Everyone" }), page.getByRole("button", { name: "Add group" })] });
      await page.getByRole("button", { name: "Sign out" }).click();
      await page.waitForURL(/\/login$/);

      // The student: the hold on the dashboard, and the refusal names it and whom to contact.
      await signIn(journey, student.username, PASSWORD);
      const holds = page.locator("#holds");
      await expect(holds.innerText()).resolves.toContain(`Financial hold: Unpaid tuition balance. Contact ${CONTACT}.`);
      await journey.check("dashboard-hold");
      await page.goto(`/sections/${now.id}`);
      await page.getByRole("button", { name: `Add ${label}` }).click();
      const refusal = await expectAnnounced(page, /financial hold/);
      expect(refusal).toContain(CONTACT);
      await journey.check("refused-hold");
      await page.getByRole("button", { name: "Sign out" }).click();
      await page.waitForURL(/\/login$/);

      // The registrar lifts it.
      await signIn(journey, "admin", stack.config.demoPassword);
      await page.goto(`/admin/holds?student=${student.username}`);
      await page.getByRole("button", { name: "Lift the financial hold" }).click();
      await expectAnnounced(page, /Financial hold of .* lifted/);
      await expect(page.getByRole("table").innerText()).resolves.toContain("by ");
      await page.getByRole("button", { name: "Sign out" }).click();
      await page.waitForURL(/\/login$/);

      // The student may add now, except in the later term before their appointment.
      await signIn(journey, student.username, PASSWORD);
      await expect(page.locator("#holds").count()).resolves.toBe(0);
      await page.goto(`/sections/${next.id}`);
      await page.getByRole("button", { name: `Add ${label}` }).click();
      const early = await expectAnnounced(page, /registration appointment/);
      expect(early).toContain(`Your registration appointment for Appointment term ${code} starts on`);
      await journey.check("refused-appointment");
    });
  }, 90_000);
});
