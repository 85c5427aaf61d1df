import { test } from "bun:test";
import { startJourney, signIn, closeBrowser } from "./support/browser";
test("probe", async () => {
  const j = await startJourney("probe");
  await signIn(j, "faculty1", "edustream");
  await j.page.goto("/teaching");
  await j.page.setViewportSize({ width: 390, height: 844 });
  const r = await j.page.evaluate(() => {
    const out: string[] = [`sw=${document.documentElement.scrollWidth}`];
    for (let e: Element | null = document.querySelector("table"); e; e = e.parentElement)
      out.push(
        `${e.tagName}.${(e as HTMLElement).className} right=${Math.round(e.getBoundingClientRect().right)} w=${Math.round(e.getBoundingClientRect().width)} ovx=${getComputedStyle(e).overflowX}`,
      );
    return out;
  });
  console.log(r.join("\n"));
  await j.context.close();
  await closeBrowser();
}, 60000);
