// PM2 apps of EduStream. Start with `bun run start` (which prepares keys, assets and databases
// first, then starts these and waits for readiness) or directly with `pm2 start ecosystem.config.js`.
// Every setting comes from the environment; see README.md.
const path = require("node:path");
const { execSync } = require("node:child_process");

const root = __dirname;
const external = Boolean(process.env.EDUSTREAM_DATABASE_URL);
const httpInstances = Number(process.env.EDUSTREAM_HTTP_INSTANCES || 2);
// Copies of the gateway alone (default: as many as the view). One copy on a 2-core machine
// spends less CPU per request (one HTTP/2 connection to each service batches better, one less
// process to schedule); two keep serving while one restarts. See docs/benchmarks.md.
const gatewayInstances = Number(process.env.EDUSTREAM_GATEWAY_INSTANCES || httpInstances);
// PM2 runs Bun as a plain executable: its own Bun container `require()`s the script, which
// breaks top-level await and `import.meta.main`.
const bun = process.env.BUN_PATH || execSync("command -v bun", { encoding: "utf8" }).trim();

/** Settings shared by every app: Bun runs the TypeScript directly, one fork per copy. */
function app(name, script, extra = {}) {
  return {
    name: `edustream-${name}`,
    script: bun,
    args: [path.join(root, script)],
    cwd: root,
    interpreter: "none",
    exec_mode: "fork",
    autorestart: true,
    max_restarts: 1000,
    min_uptime: 2000,
    restart_delay: 300,
    kill_timeout: 12000,
    merge_logs: true,
    time: false,
    env: { EDUSTREAM_NODE: name },
    ...extra,
  };
}

module.exports = {
  apps: [
    ...(external ? [] : [app("postgres", "scripts/embedded-postgres.ts", { kill_timeout: 20000 })]),
    // One-shot: keys, assets, databases, migrations, demo data. Idempotent; takes a lock.
    app("setup", "scripts/prepare.ts", { autorestart: false }),
    app("auth", "nodes/auth/main.ts"),
    app("course", "nodes/course/main.ts"),
    // 16 connections: enough for commits to overlap (group commit) at 2,000 enrolls/s with one
    // statement each; more only adds backends competing for the cores (docs/benchmarks.md).
    app("enrollment", "nodes/enrollment/main.ts"),
    app("grades", "nodes/grades/main.ts"),
    app("faculty-grades", "nodes/faculty-grades/main.ts"),
    app("gateway", "nodes/gateway/main.ts", { instances: gatewayInstances }),
    app("view", "nodes/view/main.ts", { instances: httpInstances }),
  ],
};
