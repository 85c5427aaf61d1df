// Builds the stylesheet with the Tailwind CLI and copies htmx from node_modules into
// public/build, so pages load only files served by the view itself (no CDN).
import { copyFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dir, "..");
const out = join(root, "public", "build");
mkdirSync(out, { recursive: true });
copyFileSync(join(root, "node_modules", "htmx.org", "dist", "htmx.min.js"), join(out, "htmx.min.js"));
// htmx's ptag extension: a poll names what it has (HX-PTag) and a 304 skips the swap (live seats).
copyFileSync(join(root, "node_modules", "htmx.org", "dist", "ext", "hx-ptag.min.js"), join(out, "hx-ptag.min.js"));
const tailwind = Bun.spawnSync(["bun", "x", "@tailwindcss/cli", "-i", join(root, "public", "styles.css"), "-o", join(out, "app.css"), "--minify"], {
  cwd: root,
  stdout: "pipe",
  stderr: "pipe",
});
if (tailwind.exitCode !== 0) {
  console.error(tailwind.stderr.toString());
  process.exit(1);
}
console.log("assets built: public/build/app.css, public/build/htmx.min.js, public/build/hx-ptag.min.js");
