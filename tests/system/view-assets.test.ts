// The view's stylesheets and scripts: pages link versioned addresses, served for a year as
// immutable; a changed file would get a new address; old plain addresses still work.
import { describe, expect, setDefaultTimeout, test } from "bun:test";
import { getStack } from "../support/stack";

setDefaultTimeout(30_000); // see tests/support/preload.ts

describe("view assets", () => {
  test("pages link each asset at a versioned address served as immutable; an unknown version is revalidated", async () => {
    const stack = await getStack();
    const page = await (await fetch(`${stack.viewUrl}/login`)).text();
    const links = [...page.matchAll(/(?:href|src)="(\/assets\/[0-9a-z]+\/[^"]+)"/g)].map((m) => m[1]!);
    expect(links.map((l) => l.replace(/^\/assets\/[0-9a-z]+\//, "")).sort()).toEqual(["app.js", "build/app.css", "build/htmx.min.js", "build/hx-ptag.min.js", "favicon.svg", "noscript.css", "print.css"]);
    for (const link of links) {
      const response = await fetch(stack.viewUrl + link);
      expect(response.status, link).toBe(200);
      expect(response.headers.get("cache-control"), link).toBe("public, max-age=31536000, immutable");
      expect(response.headers.get("x-content-type-options"), link).toBe("nosniff");
    }
    const css = links.find((l) => l.endsWith("app.css"))!;
    const css200 = await fetch(stack.viewUrl + css);
    expect(css200.headers.get("content-type")).toStartWith("text/css");
    expect((await fetch(stack.viewUrl + css.replace(/\/assets\/[0-9a-z]+\//, "/assets/0ld/"))).headers.get("cache-control")).toBe("no-cache");
    expect((await fetch(`${stack.viewUrl}/assets/abc/../../package.json`)).status).toBe(404);
    expect((await fetch(`${stack.viewUrl}/static/app.js`)).status).toBe(200);
  });
});
