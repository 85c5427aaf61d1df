// `bun run start`: brings the whole system up under PM2 and waits until it is ready.
// 1. validates the configuration, 2. starts the embedded PostgreSQL (unless a database URL is
// set), 3. prepares keys, assets and databases, 4. starts the seven nodes, 5. waits for /readyz.
// Running it again (or after a crash) starts whatever is not running and leaves the rest alone.
import { loadConfigOrExit } from "../nodes/shared/config";
import { prepare } from "./prepare";
import { pm2, pm2Apps } from "./pm2";
import { metricsPort, type NodeName } from "../nodes/shared/telemetry/metrics";

const ECOSYSTEM = "ecosystem.config.js";
const NODE_APPS = ["auth", "course", "enrollment", "grades", "faculty-grades", "gateway", "view"].map((n) => `edustream-${n}`);
const started = performance.now();
const config = loadConfigOrExit();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(1)} s`;

/** Starts the named apps that are not online yet. */
function ensureOnline(names: string[]) {
  const online = new Set(pm2Apps().filter((a) => a.status === "online").map((a) => a.name));
  const missing = names.filter((n) => !online.has(n));
  if (missing.length === 0) return;
  const known = new Set(pm2Apps().map((a) => a.name));
  const toDelete = missing.filter((n) => known.has(n));
  if (toDelete.length) pm2(["delete", ...toDelete], { quiet: true });
  const { code, stdout } = pm2(["start", ECOSYSTEM, "--only", missing.join(",")], { quiet: true });
  if (code !== 0) {
    console.error(stdout);
    process.exit(1);
  }
}

if (config.embeddedPostgres) {
  ensureOnline(["edustream-postgres"]);
  console.log(`embedded PostgreSQL on 127.0.0.1:${config.embeddedPgPort} (data in ${config.dataDir}/pg)`);
} else {
  console.log(`using the PostgreSQL server at ${new URL(config.databaseUrl).host}`);
}
const done = await prepare(config);
console.log(`databases ready${done.length ? `, ${done.join(", ")}` : ""} (${elapsed()})`);
ensureOnline(NODE_APPS);

const readyUrl = `http://127.0.0.1:${config.ports.gateway}/readyz`;
const deadline = Date.now() + 60_000;
for (;;) {
  const ready = await fetch(readyUrl, { signal: AbortSignal.timeout(2000) }).then((r) => r.ok, () => false);
  if (ready) break;
  if (Date.now() > deadline) {
    console.error(`EduStream did not become ready within 60 s. See \`bun run status\` and \`bun run logs\`.`);
    process.exit(1);
  }
  await Bun.sleep(100);
}
/** Where each node's copies serve /metrics, e.g. "gateway 9480-9481". */
function metricsPorts(): string {
  if (!config.metrics.enabled) return "off (EDUSTREAM_METRICS=false)";
  const copies = new Map<string, number>();
  for (const app of pm2Apps()) copies.set(app.name, (copies.get(app.name) ?? 0) + 1);
  const nodes: NodeName[] = ["view", "gateway", "auth", "course", "enrollment", "grades", "faculty-grades"];
  const ports = nodes.map((node) => {
    const first = metricsPort(node, { ...config.metrics, instance: 0 });
    const count = copies.get(`edustream-${node}`) ?? 1;
    return `${node} ${count > 1 ? `${first}-${first + count - 1}` : first}`;
  });
  return `http://${config.metrics.host}:<port>/metrics: ${ports.join(", ")}`;
}

console.log(`EduStream is ready in ${elapsed()}:
  portal   http://localhost:${config.ports.view}
  REST API http://localhost:${config.ports.gateway}/api/v1  (docs: /api/docs)
  metrics  ${metricsPorts()}
  traces   ${config.tracing ? `to ${config.tracing.endpoint} (${config.tracing.sampler}, ${config.tracing.ratio})` : "off (set OTEL_EXPORTER_OTLP_ENDPOINT to send them to a collector)"}
  ${config.mode === "demo" ? "demo data: sign in as admin, faculty1…faculty5 or student1…student40 with the demo password" : "production mode: sign in as the first admin (see README: Install for real)"}
  stop with \`bun run stop\`, inspect with \`bun run status\` and \`bun run logs\``);
process.exit(0);
