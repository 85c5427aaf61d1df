// Journey: single sign-on. A real OpenID provider (oidc-provider) runs in the test process; a
// view, gateway and auth node of the shared system are set up for it with passwords turned off.
// A student reaches the university's button by keyboard, signs in at the provider and lands on
// their dashboard; a forged answer, an unknown account and a disabled account each get a page
// that says why, and no session.
import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { expectAnnounced, pageHeading, prepare, runJourney, type Journey } from "../support/browser";
import { disableAccount, newStudent } from "../support/fixtures";
import { portalAddress, startSsoPortal, startTestProvider, type SsoPortal, type TestProvider } from "../../support/sso";

const LABEL = "Sign in with Example University";
let provider: TestProvider;
let portal: SsoPortal;

beforeAll(async () => {
  const stack = await prepare();
  const address = await portalAddress();
  provider = await startTestProvider([address.redirectUri]);
  portal = await startSsoPortal(stack, provider, address, {
    EDUSTREAM_OIDC_BUTTON_LABEL: LABEL,
    EDUSTREAM_OIDC_SCOPES: "openid profile email affiliation",
    EDUSTREAM_OIDC_ROLE_CLAIM: "affiliation",
    EDUSTREAM_OIDC_ROLE_MAP: "student=STUDENT,faculty=FACULTY",
    EDUSTREAM_PASSWORD_SIGNIN: "false",
  });
}, 60_000);

afterAll(async () => {
  await portal?.stop();
  await provider?.stop();
}, 60_000);

/** From the sign-in page through the provider's form as `login`; ends where the portal sends the browser. */
async function throughProvider(journey: Journey, login: string): Promise<void> {
  const { page } = journey;
  await page.goto("/login");
  await page.getByRole("link", { name: LABEL }).click();
  await page.waitForURL(new RegExp(`^${provider.issuer}/interaction/`));
  await page.getByLabel("University login").fill(login);
  await page.getByRole("button", { name: "Continue" }).click();
  await page.waitForURL((url) => url.href.startsWith(portal.viewUrl));
}

/**
 * Forgets the provider's own session (its cookies; the provider and the portal share the host
 * 127.0.0.1), so its form asks again instead of answering at once for the last person.
 */
async function signOutAtProvider(journey: Journey): Promise<void> {
  await journey.context.clearCookies({ name: /^_(session|interaction)/ });
}

describe("single sign-on journey (the university's button, refusals)", () => {
  test("a student signs in with the university by keyboard and lands on their dashboard; refusals say why", async () => {
    const stack = await prepare();
    const student = await newStudent(stack, "Uma University");
    provider.addAccount(`u-${student.username}`, { preferred_username: `${student.username}@uni.example`, name: "Uma University", affiliation: ["student"] });
    await runJourney(
      "sso",
      async (journey) => {
        const { page } = journey;
        await page.goto("/login");
        const button = page.getByRole("link", { name: LABEL });
        // Passwords are off: the button is all there is, and nobody is offered an account of their own.
        await expect(page.getByLabel("Password").count()).resolves.toBe(0);
        await expect(page.getByRole("link", { name: /create (a student )?account/i }).count()).resolves.toBe(0);
        await journey.check("sign-in-button-only", { keyboard: [button] });

        // An answer that does not belong to the sign-in this browser started: refused, nothing signed in.
        await button.click();
        await page.waitForURL(new RegExp(`^${provider.issuer}/interaction/`));
        await page.goto(`${portal.viewUrl}/login/sso/callback?code=forged&state=forged`);
        expect(await pageHeading(page)).toContain("Sign-in did not work");
        await expect(page.getByRole("alert").first().innerText()).resolves.toMatch(/does not belong to the sign-in this browser started/);
        await journey.check("wrong-state", { keyboard: [page.getByRole("link", { name: LABEL }), page.getByRole("link", { name: "Back to the sign-in page" })] });
        await page.goto("/dashboard");
        await page.waitForURL(/\/login\?next=%2Fdashboard$/);

        // A university account EduStream does not know.
        provider.addAccount("u-stranger", { preferred_username: "stranger-nobody", name: "A Stranger", affiliation: ["student"] });
        await throughProvider(journey, "u-stranger");
        await expect(page.getByRole("alert").first().innerText()).resolves.toContain('There is no EduStream account for "stranger-nobody" yet');
        await journey.check("unknown-account");

        // Keyboard: the button is reached with Tab and followed with Enter; the provider's form too.
        await signOutAtProvider(journey);
        await page.goto("/login");
        await page.getByRole("link", { name: LABEL }).focus();
        await page.keyboard.press("Enter");
        await page.waitForURL(new RegExp(`^${provider.issuer}/interaction/`));
        await page.getByLabel("University login").fill(`u-${student.username}`);
        await page.keyboard.press("Enter");
        await page.waitForURL(`${portal.viewUrl}/dashboard`);
        await expectAnnounced(page, /welcome back, uma university/i);
        expect(await pageHeading(page)).toContain("Uma University");
        await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "My schedule" }).count()).resolves.toBe(1);
        await journey.check("signed-in-dashboard");
        await page.getByRole("button", { name: "Sign out" }).click();
        await page.waitForURL(/\/login$/);

        // A disabled account.
        await disableAccount(stack, student.id);
        await signOutAtProvider(journey);
        await throughProvider(journey, `u-${student.username}`);
        await expect(page.getByRole("alert").first().innerText()).resolves.toContain("This account is disabled");
        await page.goto("/dashboard");
        await page.waitForURL(/\/login\?next=%2Fdashboard$/);
      },
      portal.viewUrl,
    );
  }, 60_000);
});
