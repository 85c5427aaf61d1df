// A service node started the way its pod starts it: the image's command (`bun nodes/<node>/main.ts`
// from the repository root) with the environment its Deployment gives it, in production mode, with
// real node certificates at the paths the env names. Only what must differ on one machine is
// replaced: the database server and role password (the test stack's), the ports (free ones) and the
// addresses of the other services. Then the kubelet's view: the gRPC probe on the plaintext health
// port, the metrics port, the TLS port refusing a caller without a certificate, and a clean stop.
import { afterAll, describe, expect, setDefaultTimeout, test } from "bun:test";
import * as grpc from "@grpc/grpc-js";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { makeDevCerts } from "../../scripts/dev-certs";
import { dbRolePassword } from "../../nodes/shared/config";
import { isServing } from "../../nodes/shared/grpc/client";
import { freePort, getStack } from "../support/stack";
import { loadManifests, podSpecOf, ROOT } from "./manifests";
import { podEnvironment } from "./pods";

setDefaultTimeout(30_000);

const work = mkdtempSync(join(tmpdir(), "edustream-pod-"));
let child: ReturnType<typeof Bun.spawn> | undefined;
afterAll(() => {
  child?.kill("SIGKILL");
  rmSync(work, { recursive: true, force: true });
});

/** Polls until `check` holds or the time is up. */
async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await check().catch(() => false)) return true;
    await Bun.sleep(200);
  }
  return false;
}

describe("the enrollment pod, run as its Deployment says", () => {
  test("serves health in plaintext to probes, metrics to the scraper, gRPC only with a certificate, and stops on SIGTERM", async () => {
    const stack = await getStack();
    const documents = loadManifests();
    const deployment = documents.find((d) => d.object.kind === "Deployment" && d.object.metadata.name === "enrollment")!.object;
    const configMaps = documents.filter((d) => d.object.kind === "ConfigMap").map((d) => d.object);
    const pod = podSpecOf(deployment);
    const container = pod.containers[0];
    const { env } = podEnvironment(pod, container, configMaps, join(work, "secrets"));

    // Real certificates where the Secret volume is mounted (the stand-ins are not PEM).
    const certs = join(work, "certs");
    makeDevCerts(certs, [{ name: "enrollment" }, { name: "prober" }]);
    env.EDUSTREAM_GRPC_CA = join(certs, "ca.pem");
    env.EDUSTREAM_GRPC_CERT = join(certs, "enrollment.pem");
    env.EDUSTREAM_GRPC_KEY = join(certs, "enrollment.key");
    // This machine's database, role password and free ports instead of the cluster's.
    const server = new URL(stack.config.databaseServers.courses);
    env.EDUSTREAM_DATABASE_URL = `postgres://${server.host}/postgres`;
    env.EDUSTREAM_DB_PREFIX = stack.env.EDUSTREAM_DB_PREFIX!;
    env.EDUSTREAM_ENROLLMENT_DB_PASSWORD = dbRolePassword(stack.config, "enrollment");
    const [port, healthPort, metricsPort] = await Promise.all([freePort(), freePort(), freePort()]);
    Object.assign(env, { ENROLLMENT_PORT: String(port), EDUSTREAM_GRPC_HEALTH_PORT: String(healthPort), EDUSTREAM_METRICS_PORT: String(metricsPort) });
    for (const name of ["AUTH_ADDR", "COURSE_ADDR", "GRADES_ADDR", "FACULTY_GRADES_ADDR"]) env[name] = `127.0.0.1:${await freePort()}`;
    expect(env.EDUSTREAM_ENV).toBe("production");

    // The image's entrypoint and the container's args, from the repository root (the image's WORKDIR).
    child = Bun.spawn(["bun", ...container.args], { cwd: ROOT, env: { PATH: process.env.PATH!, HOME: work, ...env }, stdout: "ignore", stderr: "pipe" });
    const probe = new grpc.Client(`127.0.0.1:${healthPort}`, grpc.credentials.createInsecure());
    try {
      // A bound on a hang, not a speed claim: a start on a loaded 2-core machine takes seconds.
      const ready = await until(() => isServing(probe, "enrollment"), 60_000);
      if (!ready) {
        child.kill("SIGKILL");
        throw new Error(`not ready: ${await new Response(child.stderr as ReadableStream).text()}`);
      }
      // The scraper reads the metrics port on the pod's address (0.0.0.0 from the ConfigMap).
      const metrics = await fetch(`http://127.0.0.1:${metricsPort}/metrics`);
      expect(metrics.status).toBe(200);
      expect(await metrics.text()).toContain('edustream_ready{node="enrollment"} 1');
      // The service port itself wants a client certificate of the CA.
      const plain = new grpc.Client(`localhost:${port}`, grpc.credentials.createInsecure());
      expect(await isServing(plain, "enrollment")).toBe(false);
      plain.close();
      const withCertificate = new grpc.Client(`localhost:${port}`, grpc.credentials.createSsl(readFileSync(join(certs, "ca.pem")), readFileSync(join(certs, "prober.key")), readFileSync(join(certs, "prober.pem"))));
      expect(await isServing(withCertificate, "enrollment")).toBe(true);
      withCertificate.close();
    } finally {
      probe.close();
    }
    child.kill("SIGTERM");
    expect(await child.exited).toBe(0);
    child = undefined;
  }, 90_000);
});
