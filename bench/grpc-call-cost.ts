// Micro-benchmark: CPU per unary gRPC call on each side, Enroll with a stub handler.
// SERVER=lean (default: nodes/shared/grpc/unary-server.ts) or SERVER=grpc-js; CLIENT=grpc-js for
// the plain grpc-js client instead of unary-channel.ts.
import * as grpc from "@grpc/grpc-js";
import { serviceDefinitions } from "../nodes/shared/grpc/proto";
import { createServiceClient } from "../nodes/shared/grpc/client";
import { UnaryServer } from "../nodes/shared/grpc/unary-server";
import { createLogger } from "../nodes/shared/logger";
import { processCpuMs, STUB_ENROLLMENT } from "./support/stub";

const role = process.argv[2];
const port = 50999;
const enrollment = STUB_ENROLLMENT;
const leanServer = process.env.SERVER !== "grpc-js";
if (role === "server" && leanServer) {
  const server = new UnaryServer({ maxReceiveBytes: 8 * 1024 * 1024, logger: createLogger("bench", "warn") });
  server.unary(serviceDefinitions().enrollment.service.Enroll, async (_request, call) => { call.headers.authorization; return { enrollment, replayed: false } as any; });
  await server.listen(port, "127.0.0.1");
  console.log("ready");
} else if (role === "server") {
  const server = new grpc.Server(process.env.CH ? { "grpc.enable_channelz": 0 } : {});
  server.addService(serviceDefinitions().enrollment.service, { Enroll: (call: any, cb: any) => { call.metadata.get("authorization"); cb(null, { enrollment, replayed: false }); } } as any);
  await new Promise((r) => server.bindAsync(`127.0.0.1:${port}`, grpc.ServerCredentials.createInsecure(), r));
  console.log("ready");
} else {
  const child = Bun.spawn(["bun", import.meta.path, "server"], { stdout: "pipe" });
  await Bun.sleep(1500);
  const Ctor = serviceDefinitions().enrollment as any;
  const lean = process.env.CLIENT !== "grpc-js";
  const opts: any = { "grpc.keepalive_time_ms": 30000 };
  if (process.env.CH) opts["grpc.enable_channelz"] = 0;
  if (process.env.RT) opts["grpc.enable_retries"] = 0;
  const raw = new Ctor(`127.0.0.1:${port}`, grpc.credentials.createInsecure(), opts);
  const client: any = lean ? createServiceClient("enrollment", `127.0.0.1:${port}`, 5000) : { close: () => raw.close() };
  if (!lean) for (const [method, d] of Object.entries(Ctor.service) as any) client[method] = (req: any, o: any) => new Promise((res, rej) => { const m = new grpc.Metadata(); if (o.token) m.set("authorization", `Bearer ${o.token}`); if (o.requestId) m.set("x-request-id", o.requestId); raw.makeUnaryRequest(d.path, d.requestSerialize, d.responseDeserialize, req, m, { deadline: new Date(Date.now() + 5000) }, (e: any, r: any) => (e ? rej(e) : res(r))); });
  const token = "eyJ" + "a".repeat(600);
  const N = Number(process.env.N || 20000), C = 64;
  let next = 0;
  const run = async () => { while (next < N) { next++; await client.Enroll({ section_id: "3f1e2d4c-1111-2222-3333-444455556666", idempotency_key: "rush-1-2", no_waitlist: false }, { token, requestId: crypto.randomUUID() }); } };
  await Promise.all(Array.from({ length: 200 }, () => client.Enroll({ section_id: "x", idempotency_key: "", no_waitlist: false }, { token })));
  const cpu = () => processCpuMs(child.pid);
  const s0 = cpu(), c0 = process.cpuUsage(), t0 = performance.now();
  await Promise.all(Array.from({ length: C }, run));
  const ms = performance.now() - t0, c1 = process.cpuUsage(c0), s1 = cpu();
  console.log(JSON.stringify({ server: leanServer ? "edustream (unary-server.ts)" : "grpc-js", client: lean ? "edustream (unary-channel.ts)" : "grpc-js", calls: N, per_s: Math.round(N / ms * 1000), client_us: +((c1.user + c1.system) / N).toFixed(1), server_us: +((s1 - s0) * 1000 / N).toFixed(1) }));
  child.kill(); client.close(); process.exit(0);
}
