// Everything the nodes need before they start: the token key pair (generated once into the
// data folder unless given by the environment), the built CSS and htmx, and the databases with
// their migrations and, on a fresh install, the demo data (demo mode) or the first admin
// (production mode: never demo data). Safe to run again at any time. `--databases-only` skips the
// keys and assets: the container image has its assets built in, and the migration Job of a
// Kubernetes install (deploy/kubernetes) runs on a read-only file system.
import { loadConfigOrExit, type Config } from "../nodes/shared/config";
import { ensureLocalKeys } from "../nodes/shared/tokens";
import { setupDatabases } from "../db/setup";
import { hasData, seedDemoData } from "../db/seed/seed";
import { createFirstAdmin, firstAdminNotice, FIRST_ADMIN_USERNAME } from "../db/seed/first-admin";

/** Prepares keys, assets and databases; returns what it did, for the start summary. */
export async function prepare(config: Config, options: { databasesOnly?: boolean } = {}): Promise<string[]> {
  const done: string[] = [];
  if (!options.databasesOnly) {
    // Production keys come from the environment (checked at start), never generated here.
    if (config.mode === "demo") ensureLocalKeys(config);
    const assets = Bun.spawnSync(["bun", "scripts/build-assets.ts"], { cwd: config.root, stdout: "pipe", stderr: "pipe" });
    if (assets.exitCode !== 0) throw new Error(`building assets failed: ${assets.stderr.toString()}`);
  }
  await setupDatabases(config);
  if (config.mode === "production") {
    const generated = await createFirstAdmin(config);
    if (generated) console.log(firstAdminNotice(generated));
    if (generated !== undefined) done.push(`first admin "${FIRST_ADMIN_USERNAME}" created`);
  } else if (!(await hasData(config))) {
    await seedDemoData(config);
    done.push("demo data loaded");
  }
  return done;
}

if (import.meta.main) {
  const config = loadConfigOrExit();
  const started = performance.now();
  const done = await prepare(config, { databasesOnly: process.argv.includes("--databases-only") });
  console.log(`prepared in ${Math.round(performance.now() - started)} ms${done.length ? ` (${done.join(", ")})` : ""}`);
}
