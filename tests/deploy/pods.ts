// What a pod of deploy/kubernetes would see: its environment, built from the ConfigMap, its env
// entries and stand-ins for the Secrets (real keys and certificates of the right kind, never the
// placeholders), with the Secret volumes written to a temporary folder at the paths the env names.
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { KubeObject } from "./manifests";

/** The seven nodes: their folder (and Deployment name) and their key in the config's ports. */
export const NODES = {
  view: "view",
  gateway: "gateway",
  auth: "auth",
  course: "course",
  enrollment: "enrollment",
  grades: "grades",
  "faculty-grades": "facultyGrades",
} as const;
export type NodeName = keyof typeof NODES;

const keys = generateKeyPairSync("ed25519");
const PUBLIC_PEM = keys.publicKey.export({ type: "spki", format: "pem" }).toString();
const PRIVATE_PEM = keys.privateKey.export({ type: "pkcs8", format: "pem" }).toString();

/** A value of the right kind for a Secret key (the example file holds placeholders only). */
export function standIn(secret: string, key: string): string {
  if (key === "public-key") return PUBLIC_PEM;
  if (key === "private-key") return PRIVATE_PEM;
  if (key.endsWith("-url")) return `postgres://edustream_owner:${randomBytes(9).toString("hex")}@postgres.example.edu:5432/postgres?sslmode=verify-full`;
  if (key.endsWith(".crt") || key.endsWith(".key")) return `-----BEGIN ${secret} ${key}-----\n-----END-----\n`;
  return randomBytes(24).toString("base64url");
}

export interface PodEnvironment {
  env: Record<string, string>;
  /** Every Secret and ConfigMap key the container reads: [kind, name, key]. */
  references: Array<["Secret" | "ConfigMap", string, string]>;
}

/**
 * The environment of `container` in `pod`: the ConfigMaps of envFrom, then its env entries; Secret
 * volumes mounted by the container are written under `filesRoot` and paths into them rewritten.
 */
export function podEnvironment(pod: any, container: any, configMaps: KubeObject[], filesRoot: string): PodEnvironment {
  const env: Record<string, string> = {};
  const references: PodEnvironment["references"] = [];
  for (const source of container.envFrom ?? []) {
    const name = source.configMapRef?.name;
    const map = configMaps.find((m) => m.metadata.name === name);
    if (!map) throw new Error(`envFrom names ConfigMap ${name}, which is not in the manifests`);
    for (const key of Object.keys(map.data ?? {})) references.push(["ConfigMap", name, key]);
    Object.assign(env, map.data);
  }
  const mounts = new Map<string, string>();
  for (const mount of container.volumeMounts ?? []) {
    const volume = (pod.volumes ?? []).find((v: any) => v.name === mount.name);
    if (!volume) throw new Error(`volumeMount ${mount.name} has no volume`);
    if (!volume.secret) continue;
    const dir = join(filesRoot, mount.name);
    mkdirSync(dir, { recursive: true });
    for (const item of volume.secret.items ?? []) {
      references.push(["Secret", volume.secret.secretName, item.key]);
      writeFileSync(join(dir, item.path), standIn(volume.secret.secretName, item.key));
    }
    mounts.set(mount.mountPath, dir);
  }
  for (const entry of container.env ?? []) {
    const secret = entry.valueFrom?.secretKeyRef;
    const map = entry.valueFrom?.configMapKeyRef;
    let value: string | undefined = entry.value;
    if (secret) {
      references.push(["Secret", secret.name, secret.key]);
      value = standIn(secret.name, secret.key);
    } else if (map) {
      references.push(["ConfigMap", map.name, map.key]);
      value = configMaps.find((m) => m.metadata.name === map.name)?.data?.[map.key];
    }
    if (value === undefined) throw new Error(`env ${entry.name} has no value`);
    for (const [path, dir] of mounts) if (value.startsWith(`${path}/`)) value = join(dir, value.slice(path.length + 1));
    env[entry.name] = value;
  }
  return { env, references };
}

/** The number of a container's port by name. */
export function containerPort(container: any, name: string): number | undefined {
  return (container.ports ?? []).find((p: any) => p.name === name)?.containerPort;
}

/** A probe's or a Service's port, named or numbered, as a number on the container. */
export function resolvePort(container: any, port: string | number | undefined): number | undefined {
  return typeof port === "string" ? containerPort(container, port) : port;
}
