// Reads deploy/kubernetes the way kubectl would (every YAML document of every file) and checks
// objects against the Kubernetes OpenAPI schemas shipped by the kubernetes-models package: no
// cluster, no network. Shared by the deploy tests.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseAllDocuments } from "yaml";

export const ROOT = resolve(import.meta.dir, "..", "..");
export const KUBERNETES_DIR = join(ROOT, "deploy", "kubernetes");

/** The loose shape of any Kubernetes object; tests narrow what they read. */
export type KubeObject = { apiVersion: string; kind: string; metadata: { name: string; labels?: Record<string, string>; annotations?: Record<string, string> }; spec?: any; data?: Record<string, string>; stringData?: Record<string, string> };

export interface ManifestDocument {
  file: string;
  object: KubeObject;
}

/** The documents of one YAML file (YAML 1.1, as kubectl reads it). */
export function readYamlDocuments(path: string): any[] {
  return parseAllDocuments(readFileSync(path, "utf8"), { version: "1.1" }).flatMap((document) => {
    if (document.errors.length) throw new Error(`${path}: ${document.errors.map((e) => e.message).join("; ")}`);
    const value = document.toJS();
    return value === null ? [] : [value];
  });
}

/** Every Kubernetes object of every YAML file in deploy/kubernetes (kustomization.yaml is kustomize's, not an object). */
export function loadManifests(dir = KUBERNETES_DIR): ManifestDocument[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".yaml") && name !== "kustomization.yaml")
    .sort()
    .flatMap((file) => readYamlDocuments(join(dir, file)).map((object: KubeObject) => ({ file, object })));
}

// apiVersion → the prefix of kubernetes-models' schema ids (IoK8sApi<Group><Version><Kind>).
const SCHEMA_PREFIX: Record<string, string> = {
  v1: "IoK8sApiCoreV1",
  "apps/v1": "IoK8sApiAppsV1",
  "batch/v1": "IoK8sApiBatchV1",
  "policy/v1": "IoK8sApiPolicyV1",
  "autoscaling/v2": "IoK8sApiAutoscalingV2",
  "networking.k8s.io/v1": "IoK8sApiNetworkingV1",
  "rbac.authorization.k8s.io/v1": "IoK8sApiRbacV1",
};

type Validator = ((data: unknown) => boolean) & { errors?: Array<{ instancePath: string; message?: string; keyword: string; params: unknown }> | null };

/**
 * Problems of one object against its schema: the schema's own errors (types, enums, required
 * fields), plus every field the schema does not know. The generated validators accept unknown
 * fields, so each object is watched while it is validated: a field the validator never read is
 * not in the schema (a typo such as `readinesProbe` that Kubernetes would drop silently).
 */
export async function schemaProblems(object: KubeObject): Promise<string[]> {
  const prefix = SCHEMA_PREFIX[object.apiVersion];
  if (!prefix) return [`${object.kind}: apiVersion ${object.apiVersion} is not one these tests know`];
  let validate: Validator;
  try {
    ({ validate } = (await import(`kubernetes-models/_schemas/${prefix}${object.kind}.js`)) as { validate: Validator });
  } catch {
    return [`no ${object.kind} in ${object.apiVersion}`];
  }
  const seen: Array<{ path: string; value: object; read: Set<string> }> = [];
  const valid = validate(watched(object, "", seen));
  const problems = valid ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message ?? e.keyword} ${JSON.stringify(e.params)}`);
  for (const { path, value, read } of seen) {
    for (const key of Object.keys(value)) if (!read.has(key)) problems.push(`${path}/${key}: not a field of the schema`);
  }
  return problems;
}

function watched(value: unknown, path: string, seen: Array<{ path: string; value: object; read: Set<string> }>): unknown {
  if (value === null || typeof value !== "object") return value;
  const read = new Set<string>();
  if (!Array.isArray(value)) seen.push({ path, value, read });
  const children = new Map<string, unknown>();
  return new Proxy(value, {
    get(target, key, receiver) {
      if (typeof key !== "string") return Reflect.get(target, key, receiver);
      read.add(key);
      if (!children.has(key)) children.set(key, watched((target as Record<string, unknown>)[key], `${path}/${key}`, seen));
      return children.get(key);
    },
    // A map (labels, data) is walked key by key: each of its keys counts as read.
    ownKeys(target) {
      for (const key of Reflect.ownKeys(target)) if (typeof key === "string") read.add(key);
      return Reflect.ownKeys(target);
    },
  });
}

/** The pod template of a workload (Deployment or Job). */
export function podSpecOf(object: KubeObject): any {
  return object.spec?.template?.spec;
}

/** Whether every label of `selector` is among `labels`. */
export function selects(selector: Record<string, string> | undefined, labels: Record<string, string> | undefined): boolean {
  if (!selector || !Object.keys(selector).length) return false;
  return Object.entries(selector).every(([key, value]) => labels?.[key] === value);
}
