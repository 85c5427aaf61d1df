// The logrotate rules of deploy/logrotate/edustream (README: Logs) run by the real logrotate
// (Debian's package) on a copy of the PM2 log folder: a log past its size is rotated and
// compressed on the next run, emptied in place (PM2 keeps writing to the same open file).
import { setDefaultTimeout, afterAll, expect, test } from "bun:test";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

setDefaultTimeout(30_000); // see tests/support/preload.ts

const ROOT = join(import.meta.dir, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "edustream-logrotate-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("PM2's log files are rotated past their size, compressed, and truncated in place", () => {
  const rules = readFileSync(join(ROOT, "deploy/logrotate/edustream"), "utf8");
  expect(rules).toContain("/opt/edustream/.pm2/logs/*.log");
  const logs = join(dir, "logs");
  Bun.spawnSync(["mkdir", "-p", logs]);
  const config = join(dir, "edustream.conf");
  writeFileSync(config, rules.replace("/opt/edustream/.pm2/logs", logs));
  const log = join(logs, "edustream-gateway-out.log");
  writeFileSync(log, `${JSON.stringify({ level: "info", node: "gateway", message: "listening" })}\n`.repeat(2_000_000 / 60));
  const state = join(dir, "state");
  // --force: rotate now, as the daily run does once a day has passed (or the file passed maxsize).
  const rotate = () => Bun.spawnSync(["/usr/sbin/logrotate", "--force", "--state", state, config], { stdout: "pipe", stderr: "pipe" });
  const first = rotate();
  expect(first.stderr.toString()).toBe("");
  expect(first.exitCode).toBe(0);
  // copytruncate: the live file is the same path, now empty, for PM2 to keep appending to.
  expect(statSync(log).size).toBe(0);
  expect(readdirSync(logs).filter((f) => /^edustream-gateway-out\.log-\d{8}-\d+$/.test(f))).toHaveLength(1);
  // The next rotation compresses the previous one (delaycompress).
  writeFileSync(log, "{}\n");
  Bun.sleepSync(1100); // the rotated name carries the second: two rotations need two names
  expect(rotate().exitCode).toBe(0);
  const files = readdirSync(logs);
  expect(files.filter((f) => f.endsWith(".gz"))).toHaveLength(1);
  expect(files).toContain("edustream-gateway-out.log");
});
