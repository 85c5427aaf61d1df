// Loads the demo data on request; refuses a database that already holds data.
import { loadConfigOrExit } from "../nodes/shared/config";
import { setupDatabases } from "../db/setup";
import { hasData, seedDemoData } from "../db/seed/seed";

const config = loadConfigOrExit();
if (config.mode === "production") {
  console.error("refusing to seed: demo data is never loaded in production mode (EDUSTREAM_ENV=demo for a demo install).");
  process.exit(1);
}
await setupDatabases(config);
if (await hasData(config)) {
  console.error(`refusing to seed: ${config.databases.auth} already holds accounts. Drop the databases first to start over.`);
  process.exit(1);
}
await seedDemoData(config);
console.log("demo data loaded");
