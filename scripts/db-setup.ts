// Creates the databases, applies the committed migrations and, on a fresh install, loads the
// demo data. Safe to run any number of times (and at the same time: it takes a lock).
import { loadConfigOrExit } from "../nodes/shared/config";
import { setupDatabases } from "../db/setup";
import { hasData, seedDemoData } from "../db/seed/seed";

const config = loadConfigOrExit();
const started = performance.now();
await setupDatabases(config);
const seed = !process.argv.includes("--no-seed") && !(await hasData(config));
if (seed) await seedDemoData(config);
console.log(`databases ready${seed ? ", demo data loaded" : ""} (${Math.round(performance.now() - started)} ms)`);
