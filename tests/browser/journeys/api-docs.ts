// Journey: a developer opens the REST API's documentation page on the gateway and finds every
// operation of the OpenAPI document listed, with every file served by the gateway itself.
import { describe, expect, test } from "bun:test";
import { runJourney, SCREENSHOT_DIR } from "../support/browser";
import { join } from "node:path";

const METHODS = ["get", "post", "put", "patch", "delete"];

describe("API documentation page (gateway /api/docs)", () => {
  test("lists every operation of the OpenAPI document, with no file from elsewhere", async () => {
    await runJourney("api-docs", async (journey) => {
      const { page, stack } = journey;
      const spec = (await stack.api("/api/docs/json")).body as { paths: Record<string, Record<string, unknown>> };
      const operations = Object.entries(spec.paths).flatMap(([path, methods]) => Object.keys(methods).filter((method) => METHODS.includes(method)).map((method) => `${method.toUpperCase()} ${path}`));
      expect(operations.length).toBeGreaterThan(20);
      const origins = new Set<string>();
      page.on("request", (request) => origins.add(new URL(request.url()).origin));

      await page.goto(`${stack.gatewayUrl}/api/docs`);
      await page.locator(".opblock").first().waitFor({ timeout: 10_000 });
      expect(await page.getByText("Failed to load API definition").count()).toBe(0);
      const listed = await page.$$eval(".opblock", (blocks) =>
        blocks.map((block) => `${block.querySelector(".opblock-summary-method")?.textContent?.trim()} ${block.querySelector(".opblock-summary-path")?.getAttribute("data-path")}`),
      );
      expect(listed.sort()).toEqual(operations.sort());
      expect([...origins]).toEqual([stack.gatewayUrl]);
      await page.screenshot({ path: join(SCREENSHOT_DIR, "api-docs-desktop.png"), fullPage: false });
    });
  }, 30_000);
});
