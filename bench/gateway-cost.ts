// Micro-benchmark: CPU of the REST gateway per `POST /api/v1/enrollments`. The real gateway
// (nodes/gateway/main.ts, in a child process) forwards to stub services (grpc-js, in this process:
// Enroll answers a fixed enrollment) with a real access token signed by a local key, so routing,
// the auth macro, validation, the input guard and the headers all run. This process fires the
// requests over keep-alive HTTP/1.1 connections and reads the child's CPU from /proc/<pid>/stat.
// MODE=raw replaces the gateway with the floor: Bun.serve parsing the JSON body, the same gRPC
// client call and a JSON answer, nothing else.
// Settings: N (requests a run, default 20000), RUNS (3; the first run of a process is often
// slower), CONCURRENCY (64), RATE (requests a second; default as fast as they are answered, 2000
// is the rush's pace), GATEWAY_MAIN (the main.ts of another checkout, e.g. a git worktree of the
// previous commit, to compare), PROFILE_DIR and PROFILE_INTERVAL (µs) for a markdown CPU profile
// of the server (`bun --cpu-prof-md`).
import * as grpc from "@grpc/grpc-js";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadConfig } from "../nodes/shared/config";
import { createServiceClient } from "../nodes/shared/grpc/client";
import { serviceDefinitions } from "../nodes/shared/grpc/proto";
import { ensureLocalKeys, loadPrivateKey, signAccessToken } from "../nodes/shared/tokens";
import { freePort } from "../tests/support/stack";
import { encodeRequest, Http1Pool } from "./support/http1-client";
import { processCpuMicros, STUB_ENROLLMENT } from "./support/stub";


/** The floor (MODE=raw, child process): JSON in, the same gRPC call, JSON out, nothing else. */
async function serveRaw(port: number, enrollmentAddress: string) {
  const enrollment = createServiceClient("enrollment", enrollmentAddress, 5000);
  Bun.serve({
    port,
    hostname: "127.0.0.1",
    async fetch(request) {
      if (request.method !== "POST") return new Response(null, { status: 404 });
      const body = (await request.json()) as { section_id: string; waitlist?: boolean };
      const token = request.headers.get("authorization")!.slice(7);
      const key = request.headers.get("idempotency-key") ?? "";
      const result = await enrollment.Enroll({ section_id: body.section_id, idempotency_key: key, no_waitlist: body.waitlist === false }, { token, requestId: crypto.randomUUID() });
      return Response.json({ enrollment: result.enrollment, replayed: result.replayed }, { status: 201 });
    },
  });
}

/** The stub services: Enroll answers a fixed enrollment; the gateway's revocation poll gets an empty list. */
async function startStubServices(): Promise<{ address: string; stop(): void }> {
  const definitions = serviceDefinitions() as unknown as Record<"enrollment" | "auth", { service: grpc.ServiceDefinition }>;
  const server = new grpc.Server();
  server.addService(definitions.enrollment.service, { Enroll: (_call: unknown, callback: grpc.sendUnaryData<unknown>) => callback(null, { enrollment: STUB_ENROLLMENT, replayed: false }) });
  server.addService(definitions.auth.service, { ListRevokedSubjects: (_call: unknown, callback: grpc.sendUnaryData<unknown>) => callback(null, { subjects: [] }) });
  const port = await new Promise<number>((resolve, reject) => server.bindAsync("127.0.0.1:0", grpc.ServerCredentials.createInsecure(), (error, bound) => (error ? reject(error) : resolve(bound))));
  return { address: `127.0.0.1:${port}`, stop: () => server.forceShutdown() };
}


/**
 * Sends `count` requests with one in flight per connection, at most `rate` a second when given
 * (the rush's pace: fewer requests per wake-up of the server than flat out); returns how many got 201.
 */
async function fire(pool: Http1Pool, requests: Uint8Array[], count: number, rate?: number): Promise<number> {
  const started = performance.now();
  let sent = 0;
  let created = 0;
  await Promise.all(
    pool.connections.map(async (connection) => {
      while (sent < count) {
        const ticket = sent++;
        if (rate) {
          const wait = started + (ticket / rate) * 1000 - performance.now();
          if (wait > 1) await Bun.sleep(wait);
        }
        const response = await connection.request(requests[ticket % requests.length]!);
        if (response.status === 201) created++;
        else throw new Error(`expected 201, got ${response.status}: ${response.body.slice(0, 300)}`);
      }
    }),
  );
  return created;
}

/** Waits until the child answers HTTP on `port` (any status). */
async function waitUntilListening(port: number, child: Bun.Subprocess) {
  for (let attempt = 0; attempt < 200; attempt++) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}`);
    const up = await fetch(`http://127.0.0.1:${port}/`).then(() => true, () => false);
    if (up) return;
    await Bun.sleep(50);
  }
  throw new Error("the server did not start listening");
}

async function main() {
  const mode = process.env.MODE === "raw" ? "raw" : "gateway";
  const total = Number(process.env.N || 20_000);
  const concurrency = Number(process.env.CONCURRENCY || 64);
  const runs = Number(process.env.RUNS || 3);
  const rate = process.env.RATE ? Number(process.env.RATE) : undefined;
  const dataDir = mkdtempSync(join(tmpdir(), "edustream-gateway-cost-"));
  const stub = await startStubServices();
  const port = await freePort();
  const env: Record<string, string> = {
    EDUSTREAM_DATA_DIR: dataDir,
    EDUSTREAM_DATABASE_URL: "postgres://unused@127.0.0.1:1/unused",
    EDUSTREAM_LOG_LEVEL: "warn",
    GATEWAY_PORT: String(port),
    GATEWAY_HOST: "127.0.0.1",
    AUTH_ADDR: stub.address,
    ENROLLMENT_ADDR: stub.address,
  };
  const config = loadConfig(env);
  ensureLocalKeys(config);
  const token = await signAccessToken(loadPrivateKey(config), config, { id: STUB_ENROLLMENT.student_id, role: "STUDENT", name: "Rush Student" }, crypto.randomUUID());

  const profile = process.env.PROFILE_DIR ? ["--cpu-prof-md", `--cpu-prof-dir=${process.env.PROFILE_DIR}`, `--cpu-prof-interval=${process.env.PROFILE_INTERVAL || 1000}`] : [];
  const script = mode === "raw" ? [import.meta.path, "raw", String(port), stub.address] : [process.env.GATEWAY_MAIN || join(import.meta.dir, "..", "nodes", "gateway", "main.ts")];
  const child = Bun.spawn(["bun", ...profile, ...script], { env: { ...process.env, ...env }, stdout: "inherit", stderr: "inherit" });
  const pool = new Http1Pool(new URL(`http://127.0.0.1:${port}`), concurrency);
  try {
    await waitUntilListening(port, child);
    const url = new URL(`http://127.0.0.1:${port}/api/v1/enrollments`);
    const requests = Array.from({ length: 1000 }, (_, i) =>
      encodeRequest("POST", url, { Authorization: `Bearer ${token}`, "Content-Type": "application/json", "Idempotency-Key": `rush-${i}` }, JSON.stringify({ section_id: STUB_ENROLLMENT.section_id })),
    );
    await fire(pool, requests, 10_000); // warm-up: JIT, connections, the token cache
    const perRequestRuns: number[] = [];
    for (let run = 0; run < runs; run++) {
      const cpuBefore = processCpuMicros(child.pid);
      const started = performance.now();
      const created = await fire(pool, requests, total, rate);
      const elapsedMs = performance.now() - started;
      const cpuAfter = processCpuMicros(child.pid);
      const perRequest = (micros: number) => +(micros / created).toFixed(1);
      const user = perRequest(cpuAfter.user - cpuBefore.user);
      const system = perRequest(cpuAfter.system - cpuBefore.system);
      perRequestRuns.push(user + system);
      console.log(JSON.stringify({ mode, requests: created, concurrency, rate: rate ?? "unlimited", per_s: Math.round((created / elapsedMs) * 1000), server_us_per_request: +(user + system).toFixed(1), user_us: user, system_us: system }));
    }
    const sorted = perRequestRuns.sort((a, b) => a - b);
    const median = (sorted[(sorted.length - 1) >> 1]! + sorted[sorted.length >> 1]!) / 2;
    console.log(JSON.stringify({ mode, runs, median_server_us_per_request: +median.toFixed(1) }));
  } finally {
    pool.close();
    child.kill();
    await child.exited;
    stub.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

if (process.argv[2] === "raw") await serveRaw(Number(process.argv[3]), process.argv[4]!);
else await main();
