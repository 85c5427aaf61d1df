// Runs the project's own PM2 (node_modules) with its home inside the project, so EduStream's
// apps never mix with other PM2 apps on the machine. `bun scripts/pm2.ts <args>` = `pm2 <args>`.
import { join } from "node:path";

export const ROOT = join(import.meta.dir, "..");
export const PM2_HOME = process.env.PM2_HOME || join(ROOT, ".pm2");
const PM2_BIN = join(ROOT, "node_modules", "pm2", "bin", "pm2");

/** Runs a PM2 command; returns its exit code and output. */
export function pm2(args: string[], options: { quiet?: boolean } = {}): { code: number; stdout: string } {
  const result = Bun.spawnSync(["node", PM2_BIN, ...args], {
    cwd: ROOT,
    env: { ...process.env, PM2_HOME },
    stdout: options.quiet ? "pipe" : "inherit",
    stderr: options.quiet ? "pipe" : "inherit",
  });
  return { code: result.exitCode ?? 1, stdout: result.stdout?.toString() ?? "" };
}

/** The apps PM2 knows, with their status. */
export function pm2Apps(): Array<{ name: string; status: string; pid: number; restarts: number }> {
  const { code, stdout } = pm2(["jlist"], { quiet: true });
  if (code !== 0) return [];
  try {
    const list = JSON.parse(stdout.slice(stdout.indexOf("["))) as Array<{ name: string; pid: number; pm2_env: { status: string; restart_time: number } }>;
    return list.map((p) => ({ name: p.name, status: p.pm2_env.status, pid: p.pid, restarts: p.pm2_env.restart_time }));
  } catch {
    return [];
  }
}

if (import.meta.main) process.exit(pm2(process.argv.slice(2)).code);
