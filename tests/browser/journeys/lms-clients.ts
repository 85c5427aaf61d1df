// Journey: an admin registers the university's LMS as a OneRoster client (the secret shown once,
// and it works at the token endpoint), then revokes it.
import { describe, expect, test } from "bun:test";
import { expectAnnounced, runJourney, signIn, uniqueName } from "../support/browser";

describe("LMS clients journey (admin registers an LMS for OneRoster, then revokes it)", () => {
  test("register with scopes, copy the secret, take a token with it, revoke", async () => {
    await runJourney("lms-clients", async (journey) => {
      const { page, stack } = journey;
      const name = uniqueName("Canvas");
      await signIn(journey, "admin", stack.config.demoPassword);
      await page.goto("/admin/lms-clients");
      await page.getByLabel("Name", { exact: true }).fill(name);
      await page.getByLabel(/write grades back as drafts/).check();
      await page.getByRole("button", { name: "Register" }).click();
      await expect(page.getByRole("heading", { name: `${name} is registered` }).isVisible()).resolves.toBe(true);
      const clientId = (await page.getByTestId("client-id").innerText()).trim();
      const secret = (await page.getByTestId("client-secret").innerText()).trim();
      await journey.check("admin-lms-client-registered", { keyboard: [page.getByRole("button", { name: `Revoke ${name}` }), page.getByRole("button", { name: "Register" })] });

      // The LMS takes a token with what the page showed.
      const token = await fetch(`${stack.gatewayUrl}/ims/oneroster/v1p2/oauth/token`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", authorization: `Basic ${Buffer.from(`${clientId}:${secret}`).toString("base64")}` },
        body: "grant_type=client_credentials",
      });
      expect(token.status).toBe(200);
      expect(((await token.json()) as { scope: string }).scope).toContain("gradebook.createput");

      // Revoked: announced, and the table says so.
      await page.getByRole("button", { name: `Revoke ${name}` }).click();
      await expectAnnounced(page, new RegExp(`${name} is revoked`));
      await expect(page.getByRole("table").innerText()).resolves.toContain("Revoked");
      await journey.check("admin-lms-client-revoked");
    });
  });
});
