// The view's stylesheets, scripts and icon under versioned addresses: /assets/<content hash>/<file>.
// A changed file gets a new address, so browsers may keep each one for a year without asking
// again (Cache-Control: immutable) and still never run yesterday's script with today's page.
import { Elysia } from "elysia";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const PUBLIC_DIR = join(import.meta.dir, "..", "..", "public");
/** The files pages link to, relative to public/ (build/ is made by `bun run build:assets`). */
const FILES = ["build/app.css", "build/htmx.min.js", "build/hx-ptag.min.js", "app.js", "print.css", "noscript.css", "favicon.svg"] as const;
export type AssetFile = (typeof FILES)[number];

const IMMUTABLE = "public, max-age=31536000, immutable";
let versions: Map<string, string> | undefined;

/** The content hash of each asset, read once (the files do not change while the view runs). */
function assetVersions(): Map<string, string> {
  versions ??= new Map(FILES.filter((file) => existsSync(join(PUBLIC_DIR, file))).map((file) => [file, Bun.hash(readFileSync(join(PUBLIC_DIR, file))).toString(36)]));
  return versions;
}

/** The versioned address of an asset, e.g. /assets/1x2y3z/build/app.css. */
export function assetUrl(file: AssetFile): string {
  return `/assets/${assetVersions().get(file) ?? "missing"}/${file}`;
}

/** Serves the assets: for a year at their current version; an old version's address (a page cached before a deploy) gets the current file, revalidated each time. */
export function assetRoutes() {
  return new Elysia().get("/assets/:version/*", ({ params, set }) => {
    const file = params["*"];
    const version = assetVersions().get(file);
    if (!version) {
      set.status = 404;
      return "Not found";
    }
    return new Response(Bun.file(join(PUBLIC_DIR, file)), { headers: { ...(set.headers as Record<string, string>), "cache-control": params.version === version ? IMMUTABLE : "no-cache" } });
  });
}
