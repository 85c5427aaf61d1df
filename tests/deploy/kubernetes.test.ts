// deploy/kubernetes against the Kubernetes schemas and against the code it runs: every variable
// it sets is one the config reads, every port is the node's real port, Services and policies
// select real pods, every Secret and ConfigMap key it reads exists, and the network policies
// allow exactly the calls the code makes. No cluster needed.
import { afterAll, describe, expect, setDefaultTimeout, test } from "bun:test";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ENVIRONMENT_VARIABLES, loadConfig, nodeDatabaseUrl, productionProblems, type NodeDbRole } from "../../nodes/shared/config";
import { metricsPort } from "../../nodes/shared/telemetry/metrics";
import { loadPrivateKey, loadPublicKey } from "../../nodes/shared/tokens";
import { KUBERNETES_DIR, loadManifests, podSpecOf, readYamlDocuments, ROOT, schemaProblems, selects } from "./manifests";
import { containerPort, NODES, podEnvironment, resolvePort, type NodeName } from "./pods";
import { calledServices, databaseOf, METRICS_PORTS, RUNTIME_VARIABLES } from "./topology";

const accepted = (name: string) => ENVIRONMENT_VARIABLES.includes(name) || RUNTIME_VARIABLES.includes(name);

setDefaultTimeout(30_000);

const documents = loadManifests();
const kustomization = readYamlDocuments(join(KUBERNETES_DIR, "kustomization.yaml"))[0];
const applied = documents.filter((d) => kustomization.resources.includes(d.file)).map((d) => d.object);
const examples = documents.filter((d) => d.file === "secrets.example.yaml").map((d) => d.object);
const ofKind = (kind: string) => applied.filter((o) => o.kind === kind);
const configMaps = ofKind("ConfigMap");
const named = (kind: string, name: string) => applied.find((o) => o.kind === kind && o.metadata.name === name);
const files = mkdtempSync(join(tmpdir(), "edustream-deploy-"));
afterAll(() => rmSync(files, { recursive: true, force: true }));

/** The environment the node's container gets, as a pod would see it. */
function nodeEnvironment(node: string) {
  const deployment = named("Deployment", node)!;
  const pod = podSpecOf(deployment);
  const container = pod.containers.find((c: any) => c.name === node);
  return { deployment, pod, container, ...podEnvironment(pod, container, configMaps, join(files, node)) };
}

describe("the manifests are valid Kubernetes objects", () => {
  test("every object of every file matches its schema, with no unknown field", async () => {
    expect(documents.length).toBeGreaterThan(30);
    const problems: string[] = [];
    for (const { file, object } of documents) for (const problem of await schemaProblems(object)) problems.push(`${file} ${object.kind}/${object.metadata?.name}: ${problem}`);
    expect(problems).toEqual([]);
  });

  test("the schema check catches a wrong type, a misspelt field and an unknown kind", async () => {
    const deployment = structuredClone(named("Deployment", "gateway")!);
    const container = podSpecOf(deployment).containers[0];
    container.ports[0].containerPort = "5001";
    container.readinesProbe = container.readinessProbe;
    expect(await schemaProblems(deployment)).toEqual([
      "/spec/template/spec/containers/0/ports/0/containerPort type {\"type\":\"integer\"}",
      "/spec/template/spec/containers/0/readinesProbe: not a field of the schema",
    ]);
    expect(await schemaProblems({ ...deployment, kind: "Deploymint" })).toEqual(["no Deploymint in apps/v1"]);
  });

  test("kustomization.yaml applies every file but the Secret examples, all in one namespace", () => {
    const yamlFiles = readdirSync(KUBERNETES_DIR).filter((f) => f.endsWith(".yaml") && f !== "kustomization.yaml" && f !== "secrets.example.yaml");
    expect([...kustomization.resources].sort()).toEqual(yamlFiles.sort());
    expect(kustomization.namespace).toBe("edustream");
    expect(named("Namespace", "edustream")).toBeDefined();
  });

  test("no Secret is applied or holds a real value: the examples are placeholders", () => {
    expect(ofKind("Secret")).toEqual([]);
    expect(examples.map((s) => s.kind)).toEqual(["Secret", "Secret", "Secret", "Secret"]);
    for (const secret of examples) for (const [key, value] of Object.entries(secret.stringData ?? {})) expect(`${secret.metadata.name}/${key}: ${value}`).toContain("REPLACE_ME");
  });
});

describe("each node's Deployment runs that node with a configuration it accepts", () => {
  for (const node of Object.keys(NODES) as NodeName[]) {
    test(`${node}: production settings pass the node's own checks, with every variable one the config reads`, () => {
      const { container, env } = nodeEnvironment(node);
      expect(container.args).toEqual([`nodes/${node}/main.ts`]);
      expect(existsSync(join(ROOT, container.args[0]))).toBe(true);
      expect(Object.keys(env).filter((name) => !accepted(name))).toEqual([]);
      const config = loadConfig(env);
      expect(config.mode).toBe("production");
      expect(productionProblems(config, { ...env, EDUSTREAM_NODE: node }).map((p) => p.message)).toEqual([]);
      expect(loadPublicKey(config).asymmetricKeyType).toBe("ed25519");
      if (node === "auth") expect(loadPrivateKey(config).asymmetricKeyType).toBe("ed25519");
      else expect(env.EDUSTREAM_JWT_PRIVATE_KEY).toBeUndefined();
      // A node with a database has its role's password from a Secret (nothing generated on a
      // read-only disk) and opens it as its own role on the ConfigMap's server, TLS settings kept.
      const database = databaseOf(node);
      expect(database === undefined).toBe(node === "view" || node === "gateway");
      if (database) {
        const role = NODES[node] as NodeDbRole;
        expect(config.dbRolePasswords[role]).toBe(env[`EDUSTREAM_${node.replace("-", "_").toUpperCase()}_DB_PASSWORD`]!);
        const url = new URL(nodeDatabaseUrl(config, role, database));
        const server = new URL(env.EDUSTREAM_DATABASE_URL!);
        expect({ user: url.username, password: decodeURIComponent(url.password), host: url.host, search: url.search }).toEqual({ user: config.dbRoles[role], password: config.dbRolePasswords[role]!, host: server.host, search: server.search });
      }
      if (node === "view") expect(config.cookieSecret?.length).toBeGreaterThanOrEqual(32);
    });

    test(`${node}: container, probe, Service and scrape ports are the node's real ports`, () => {
      const { deployment, container, env } = nodeEnvironment(node);
      const config = loadConfig(env);
      const http = node === "view" || node === "gateway";
      const main = containerPort(container, http ? "http" : "grpc");
      expect(main).toBe(config.ports[NODES[node]]);
      expect(containerPort(container, "metrics")).toBe(METRICS_PORTS[node]);
      expect(containerPort(container, "metrics")).toBe(metricsPort(node, config.metrics));
      expect(config.metrics).toMatchObject({ enabled: true, host: "0.0.0.0" });
      expect(deployment.spec.template.metadata.annotations).toMatchObject({ "prometheus.io/scrape": "true", "prometheus.io/port": String(METRICS_PORTS[node]), "prometheus.io/path": "/metrics" });
      const probes = [container.startupProbe, container.livenessProbe, container.readinessProbe];
      expect(probes.every(Boolean)).toBe(true);
      if (http) {
        for (const probe of probes) {
          expect(resolvePort(container, probe.httpGet.port)).toBe(main);
          expect(["/healthz", "/readyz"]).toContain(probe.httpGet.path);
        }
      } else {
        // Kubernetes' gRPC probe cannot present a client certificate: it asks the plaintext health port.
        expect(config.grpc.tls).toBeDefined();
        expect(config.grpc.host).toBe("0.0.0.0");
        expect(containerPort(container, "grpc-health")).toBe(config.grpc.healthPort!);
        expect(container.readinessProbe.grpc.port).toBe(config.grpc.healthPort!);
        expect(resolvePort(container, container.livenessProbe.tcpSocket.port)).toBe(config.grpc.healthPort!);
      }
      const service = named("Service", node)!;
      expect(service.spec.clusterIP).toBe(http ? undefined : "None");
      for (const port of service.spec.ports) expect(resolvePort(container, port.targetPort)).toBe(port.port);
      expect(service.spec.ports.map((p: any) => p.port).sort()).toEqual([main, METRICS_PORTS[node]].sort());
    });
  }

  test("the addresses of the other nodes are their Services' names and ports (dns:/// over headless Services)", () => {
    const config = loadConfig(nodeEnvironment("gateway").env);
    for (const node of Object.keys(NODES).filter((n) => n !== "view" && n !== "gateway") as NodeName[]) {
      const service = named("Service", node)!;
      expect(config.addresses[NODES[node] as keyof typeof config.addresses]).toBe(`dns:///${service.metadata.name}:${service.spec.ports.find((p: any) => p.name === "grpc").port}`);
    }
    expect(loadConfig(nodeEnvironment("view").env).addresses.gateway).toBe(`http://gateway:${named("Service", "gateway")!.spec.ports.find((p: any) => p.name === "http").port}`);
  });

  test("Services, disruption budgets and autoscalers select their own node's pods and nothing else", () => {
    const deployments = ofKind("Deployment");
    expect(deployments.map((d) => d.metadata.name).sort()).toEqual(Object.keys(NODES).sort());
    for (const deployment of deployments) expect(selects(deployment.spec.selector.matchLabels, deployment.spec.template.metadata.labels)).toBe(true);
    const chosen = (selector: Record<string, string>) => deployments.filter((d) => selects(selector, d.spec.template.metadata.labels)).map((d) => d.metadata.name);
    for (const service of ofKind("Service")) expect(chosen(service.spec.selector)).toEqual([service.metadata.name]);
    for (const budget of ofKind("PodDisruptionBudget")) expect(chosen(budget.spec.selector.matchLabels)).toEqual([budget.metadata.name]);
    expect(ofKind("PodDisruptionBudget").length).toBe(7);
    const autoscalers = ofKind("HorizontalPodAutoscaler");
    expect(autoscalers.map((a) => a.spec.scaleTargetRef.name).sort()).toEqual(["gateway", "view"]);
    // The autoscaler owns the count: a replicas field would reset it on every apply.
    for (const autoscaler of autoscalers) expect(named("Deployment", autoscaler.spec.scaleTargetRef.name)!.spec.replicas).toBeUndefined();
    for (const deployment of deployments.filter((d) => !autoscalers.some((a) => a.spec.scaleTargetRef.name === d.metadata.name))) expect(deployment.spec.replicas).toBeGreaterThanOrEqual(2);
  });

  test("every pod runs restricted: non-root, read-only, no Service-link variables, requests and limits on every container", () => {
    for (const workload of [...ofKind("Deployment"), ...ofKind("Job")]) {
      const pod = podSpecOf(workload);
      const where = `${workload.kind}/${workload.metadata.name}`;
      // Service links would set AUTH_PORT=tcp://… and GATEWAY_PORT=tcp://…, which the nodes refuse.
      expect({ where, links: pod.enableServiceLinks }).toEqual({ where, links: false });
      expect({ where, nonRoot: pod.securityContext.runAsNonRoot, token: pod.automountServiceAccountToken }).toEqual({ where, nonRoot: true, token: false });
      for (const container of [...(pod.initContainers ?? []), ...pod.containers]) {
        const context = container.securityContext;
        expect({ where, name: container.name, readOnly: context.readOnlyRootFilesystem, escalation: context.allowPrivilegeEscalation, drop: context.capabilities.drop }).toEqual({ where, name: container.name, readOnly: true, escalation: false, drop: ["ALL"] });
        for (const kind of ["requests", "limits"]) expect({ where, kind, cpu: Boolean(container.resources?.[kind]?.cpu), memory: Boolean(container.resources?.[kind]?.memory) }).toEqual({ where, kind, cpu: true, memory: true });
      }
    }
  });
});

describe("the setup Job runs before the nodes", () => {
  test("it prepares the databases only, as the owner, with every node role's password given", () => {
    const job = named("Job", "edustream-setup")!;
    const pod = podSpecOf(job);
    const container = pod.containers[0];
    expect(container.args).toEqual(["scripts/prepare.ts", "--databases-only"]);
    const { env } = podEnvironment(pod, container, configMaps, join(files, "setup"));
    expect(Object.keys(env).filter((name) => !accepted(name))).toEqual([]);
    const config = loadConfig(env);
    expect(productionProblems(config, env).map((p) => p.message)).toEqual([]);
    expect(new URL(config.databaseServers.courses).username).toBe("edustream_owner");
    expect(Object.keys(config.dbRolePasswords).sort()).toEqual(["auth", "course", "enrollment", "facultyGrades", "grades", "owner"]);
  });

  test("every node waits for the Job to complete, with read access to Jobs and nothing more", () => {
    for (const deployment of ofKind("Deployment")) {
      const wait = podSpecOf(deployment).initContainers.find((c: any) => c.name === "wait-for-setup");
      expect(wait.args).toEqual(["wait", "--for=condition=complete", "job/edustream-setup", "--timeout=600s"]);
      expect(podSpecOf(deployment).serviceAccountName).toBe("edustream-node");
    }
    const role = named("Role", "edustream-setup-reader") as unknown as { rules: unknown };
    expect(role.rules).toEqual([{ apiGroups: ["batch"], resources: ["jobs"], verbs: ["get", "list", "watch"] }]);
  });
});

describe("references", () => {
  test("every Secret and ConfigMap key a pod reads exists in secrets.example.yaml or config.yaml", () => {
    const missing: string[] = [];
    for (const workload of [...ofKind("Deployment"), ...ofKind("Job")]) {
      const pod = podSpecOf(workload);
      for (const container of pod.containers) {
        for (const [kind, name, key] of podEnvironment(pod, container, configMaps, join(files, "refs", workload.metadata.name)).references) {
          const source = kind === "Secret" ? examples.find((s) => s.metadata.name === name)?.stringData : configMaps.find((m) => m.metadata.name === name)?.data;
          if (source?.[key] === undefined) missing.push(`${workload.metadata.name}: ${kind} ${name} key ${key}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  test("every ConfigMap key is a variable the config reads, and ENVIRONMENT_VARIABLES is exactly what the code reads", async () => {
    for (const map of configMaps) expect(Object.keys(map.data!).filter((k) => !accepted(k))).toEqual([]);
    const { variablesReadByCode } = await import("./topology");
    expect([...variablesReadByCode()].sort()).toEqual([...ENVIRONMENT_VARIABLES].sort());
  });
});

describe("network policies allow exactly the calls the code makes", () => {
  const policies = ofKind("NetworkPolicy");
  const policyOf = (component: string) => policies.find((p) => p.spec.podSelector.matchLabels?.["app.kubernetes.io/component"] === component)!;
  const servicePort = (node: string) => named("Service", node)!.spec.ports.find((p: any) => p.name !== "metrics").port;

  test("everything is denied first; DNS out and metrics scrapes in for every pod", () => {
    const deny = policies.find((p) => p.metadata.name === "default-deny")!;
    expect(deny.spec).toEqual({ podSelector: {}, policyTypes: ["Ingress", "Egress"] });
    const common = policies.find((p) => p.metadata.name === "dns-and-metrics")!;
    expect(common.spec.ingress[0].ports.map((p: any) => p.port).sort()).toEqual(Object.values(METRICS_PORTS).sort());
    expect(common.spec.egress[0].ports).toEqual([{ protocol: "UDP", port: 53 }, { protocol: "TCP", port: 53 }]);
  });

  for (const node of Object.keys(NODES) as NodeName[]) {
    test(`${node}: egress to the nodes it calls, ingress from the nodes that call it, on their real ports`, () => {
      const policy = policyOf(node);
      const calls = calledServices(node);
      const egress = policy.spec.egress.filter((rule: any) => rule.to?.[0]?.podSelector);
      expect(egress.map((rule: any) => rule.to[0].podSelector.matchLabels["app.kubernetes.io/component"]).sort()).toEqual([...calls].sort());
      for (const rule of egress) expect(rule.ports).toEqual([{ protocol: "TCP", port: servicePort(rule.to[0].podSelector.matchLabels["app.kubernetes.io/component"]) }]);
      const callers = (Object.keys(NODES) as NodeName[]).filter((other) => calledServices(other).includes(node));
      const from = policy.spec.ingress[0].from;
      expect(from.filter((peer: any) => peer.podSelector).map((peer: any) => peer.podSelector.matchLabels["app.kubernetes.io/component"]).sort()).toEqual(callers.sort());
      expect(from.some((peer: any) => peer.namespaceSelector)).toBe(node === "view" || node === "gateway");
      expect(policy.spec.ingress[0].ports).toEqual([{ protocol: "TCP", port: servicePort(node) }]);
      const database = policy.spec.egress.some((rule: any) => rule.to?.[0]?.ipBlock && rule.ports[0].port === 5432);
      expect(database).toBe(databaseOf(node) !== undefined);
    });
  }

  test("the setup Job reaches its database only", () => {
    const policy = policyOf("setup");
    expect(selects(policy.spec.podSelector.matchLabels, named("Job", "edustream-setup")!.spec.template.metadata.labels)).toBe(true);
    expect(policy.spec.egress).toEqual([{ to: [{ ipBlock: { cidr: expect.any(String) } }], ports: [{ protocol: "TCP", port: 5432 }] }]);
  });
});
