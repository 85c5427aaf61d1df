// Facts of the code that the manifests must agree with, read from the code itself: which node
// calls which, which environment variables are read, where metrics are served.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { DB_ROLE_KEYS, dbPasswordVariable } from "../../nodes/shared/config";
import { ROOT } from "./manifests";
import { NODES, type NodeName } from "./pods";

/**
 * Variables read by Bun itself, not by the config, that a pod may set: NODE_EXTRA_CA_CERTS trusts
 * the CA of a managed PostgreSQL's certificate (docs/operations.md, "A managed PostgreSQL").
 */
export const RUNTIME_VARIABLES: readonly string[] = ["NODE_EXTRA_CA_CERTS"];

/** Each node's default metrics port (one copy per pod, so no PM2 copy index is added). */
export { METRICS_PORTS } from "../../nodes/shared/telemetry/metrics";

/** The TypeScript sources (not tests) under a folder of the repository. */
function sources(folder: string): string[] {
  const dir = join(ROOT, folder);
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(join(folder, name));
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const nodeOfServiceKey = (key: string) => (Object.keys(NODES) as NodeName[]).find((node) => NODES[node] === key);

/**
 * The nodes `node` calls, from its code: the view calls the gateway (its address, GATEWAY_URL) and,
 * for single sign-on, auth (`createServiceClient("auth"`); the gateway makes a client per service; a service calls `client("<service>")`, and every service but auth
 * polls auth's revocation list (nodes/shared/service-node.ts).
 */
export function calledServices(node: NodeName): NodeName[] {
  if (node === "view") {
    const text = sources("nodes/view").map((file) => readFileSync(file, "utf8")).join("\n");
    const services = [...text.matchAll(/createServiceClient\("(\w+)"/g)].map((m) => nodeOfServiceKey(m[1]!)!);
    return [...(text.includes("config.addresses.gateway") ? ["gateway" as const] : []), ...services].sort();
  }
  const text = sources(`nodes/${node}`).map((file) => readFileSync(file, "utf8")).join("\n");
  const pattern = node === "gateway" ? /createServiceClient\("(\w+)"/g : /client\("(\w+)"\)/g;
  const called = new Set([...text.matchAll(pattern)].map((m) => nodeOfServiceKey(m[1]!)!));
  const polls = readFileSync(join(ROOT, "nodes/shared/service-node.ts"), "utf8").includes('ctx.client("auth").ListRevokedSubjects');
  if (node !== "gateway" && node !== "auth" && polls) called.add("auth");
  called.delete(node);
  return [...called].sort();
}

/** The database a node opens, from its main.ts (`database: "courses"`); the view and the gateway open none. */
export function databaseOf(node: NodeName): "auth" | "courses" | "grades" | undefined {
  return /\bdatabase: "(auth|courses|grades)"/.exec(readFileSync(join(ROOT, "nodes", node, "main.ts"), "utf8"))?.[1] as "auth" | "courses" | "grades" | undefined;
}

/**
 * Every environment variable the nodes and the setup read: `env.NAME`, `env["NAME"]` and the
 * names given to the config's readers, in nodes/, db/ and the setup scripts (the list
 * ENVIRONMENT_VARIABLES itself left out), plus the role passwords the config derives.
 */
export function variablesReadByCode(): Set<string> {
  const files = [...sources("nodes"), ...sources("db"), join(ROOT, "scripts/prepare.ts"), join(ROOT, "scripts/db-roles.ts")];
  const names = new Set<string>(DB_ROLE_KEYS.map(dbPasswordVariable));
  for (const file of files) {
    const text = readFileSync(file, "utf8").replace(/export const ENVIRONMENT_VARIABLES[\s\S]*?\n\];/, "");
    for (const match of text.matchAll(/\benv(?:\.([A-Z][A-Z0-9_]+)|\["([A-Z][A-Z0-9_]+)"\])/g)) names.add((match[1] ?? match[2])!);
    for (const match of text.matchAll(/"((?:EDUSTREAM|OTEL)_[A-Z0-9_]+|[A-Z]+(?:_[A-Z]+)*_(?:PORT|ADDR|HOST|URL))"/g)) names.add(match[1]!);
    for (const match of text.matchAll(/[a-z]Var\(env, "([A-Z][A-Z0-9_]+)"/g)) names.add(match[1]!);
  }
  return names;
}
