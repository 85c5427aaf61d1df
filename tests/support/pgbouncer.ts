// PgBouncer (Debian's package) in transaction pooling mode in front of one PostgreSQL server, for
// tests and the pooled benchmark: a config of its own in a temporary folder, the node roles in its
// auth file, stopped with SIGTERM.
import { chmodSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DB_ROLE_KEYS, dbRolePassword, type Config } from "../../nodes/shared/config";

const CANDIDATES = ["/usr/sbin/pgbouncer", "/usr/bin/pgbouncer"];

/** The pgbouncer binary, or undefined when it is not installed. */
export function pgbouncerBinary(): string | undefined {
  return CANDIDATES.find((path) => existsSync(path)) ?? (Bun.which("pgbouncer") || undefined);
}

export interface RunningPgBouncer {
  /** postgres://127.0.0.1:<port>, for EDUSTREAM_DB_POOLER_URL. */
  url: string;
  port: number;
  /** Runs an admin console command (e.g. "show stats") and returns its rows. */
  admin(command: string): Promise<Array<Record<string, string>>>;
  stop(): Promise<void>;
}

/**
 * Starts PgBouncer on `port`, forwarding each database to its server.
 * The owner role may use the admin console (SHOW STATS); the node roles log in with their passwords.
 */
export async function startPgBouncer(config: Config, port: number, poolSize = 20): Promise<RunningPgBouncer> {
  const binary = pgbouncerBinary();
  if (!binary) throw new Error("pgbouncer is not installed (Debian package pgbouncer)");
  const server = new URL(config.databaseUrl);
  // Each database to its own server (EDUSTREAM_AUTH_DATABASE_URL and siblings), the rest to the main one.
  const routes = (Object.keys(config.databases) as Array<keyof Config["databases"]>).map((key) => {
    const url = new URL(config.databaseServers[key]);
    return `${config.databases[key]} = host=${url.hostname} port=${url.port || 5432}`;
  });
  const dir = mkdtempSync(join(tmpdir(), "edustream-pgbouncer-"));
  chmodSync(dir, 0o777); // written by the postgres user when started by root (its log file)
  const users = DB_ROLE_KEYS.map((key) => `"${config.dbRoles[key]}" "${dbRolePassword(config, key).replace(/"/g, '""')}"`).join("\n");
  writeFileSync(join(dir, "userlist.txt"), `${users}\n`, { mode: 0o644 });
  writeFileSync(join(dir, "pgbouncer.ini"), [
    "[databases]",
    ...routes,
    `* = host=${server.hostname} port=${server.port || 5432}`,
    "[pgbouncer]",
    "listen_addr = 127.0.0.1",
    `listen_port = ${port}`,
    "unix_socket_dir =",
    "pool_mode = transaction",
    "auth_type = scram-sha-256",
    `auth_file = ${join(dir, "userlist.txt")}`,
    `admin_users = ${config.dbRoles.owner}`,
    "max_client_conn = 1000",
    `default_pool_size = ${poolSize}`,
    "ignore_startup_parameters = extra_float_digits",
    `logfile = ${join(dir, "pgbouncer.log")}`,
    "",
  ].join("\n"), { mode: 0o644 });
  // PgBouncer refuses to run as root: it drops to the postgres user (-u) when started by root.
  const asRoot = process.getuid?.() === 0;
  const child = Bun.spawn([binary, ...(asRoot ? ["-u", "postgres"] : []), join(dir, "pgbouncer.ini")], { stdout: "ignore", stderr: "pipe" });
  const until = Date.now() + 10_000;
  for (;;) {
    const ready = await Bun.connect({ hostname: "127.0.0.1", port, socket: { data() {} } }).then((s) => (s.end(), true), () => false);
    if (ready) break;
    if (child.exitCode !== null || Date.now() > until) {
      const log = existsSync(join(dir, "pgbouncer.log")) ? await Bun.file(join(dir, "pgbouncer.log")).text() : "";
      child.kill();
      throw new Error(`pgbouncer did not start: ${await new Response(child.stderr).text()} ${log}`);
    }
    await Bun.sleep(100);
  }
  const ownerPassword = dbRolePassword(config, "owner");
  return {
    url: `postgres://127.0.0.1:${port}`,
    port,
    async admin(command) {
      const psql = Bun.spawnSync(["psql", "-X", "-A", "-F", "\t", "-P", "footer=off", "-h", "127.0.0.1", "-p", String(port), "-U", config.dbRoles.owner, "pgbouncer", "-c", command], {
        env: { ...process.env, PGPASSWORD: ownerPassword },
        stdout: "pipe",
        stderr: "pipe",
      });
      if (psql.exitCode !== 0) throw new Error(`pgbouncer ${command}: ${psql.stderr.toString()}`);
      const [header, ...lines] = psql.stdout.toString().trim().split("\n");
      const columns = header!.split("\t");
      return lines.map((line) => Object.fromEntries(line.split("\t").map((value, i) => [columns[i]!, value])));
    },
    async stop() {
      child.kill("SIGTERM");
      await child.exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
