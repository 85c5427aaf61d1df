// Micro-benchmark: CPU per unary gRPC call on each side (grpc-js, the project's server and
// channel options), Enroll with a stub handler answering a fixed enrollment. The client is
// createServiceClient (nodes/shared/grpc/client.ts); the server is grpc-js with serverOptions.
//   bun bench/grpc-call-cost.ts            N=20000 calls, 64 in flight
import * as grpc from "@grpc/grpc-js";
import { serviceDefinitions } from "../nodes/shared/grpc/proto";
import { createServiceClient } from "../nodes/shared/grpc/client";
import { serverOptions } from "../nodes/shared/grpc/options";
import { processCpuMs, STUB_ENROLLMENT } from "./support/stub";

const role = process.argv[2];
const port = 50999;
if (role === "server") {
  const server = new grpc.Server(serverOptions("enrollment"));
  const handlers: grpc.UntypedServiceImplementation = {
    Enroll: (call: grpc.ServerUnaryCall<unknown, unknown>, callback: grpc.sendUnaryData<unknown>) => {
      call.metadata.get("authorization");
      callback(null, { enrollment: STUB_ENROLLMENT, replayed: false });
    },
  };
  server.addService(serviceDefinitions().enrollment.service, handlers);
  await new Promise((resolve) => server.bindAsync(`127.0.0.1:${port}`, grpc.ServerCredentials.createInsecure(), resolve));
  console.log("ready");
} else {
  const child = Bun.spawn(["bun", import.meta.path, "server"], { stdout: "pipe" });
  await Bun.sleep(1500);
  const client = createServiceClient("enrollment", `127.0.0.1:${port}`, 5000);
  const token = "eyJ" + "a".repeat(600);
  const N = Number(process.env.N || 20000);
  const C = 64;
  const request = { section_id: "3f1e2d4c-1111-2222-3333-444455556666", idempotency_key: "rush-1-2", no_waitlist: false };
  let next = 0;
  const run = async () => {
    while (next < N) {
      next++;
      await client.Enroll(request, { token, requestId: crypto.randomUUID() });
    }
  };
  // Warm-up (JIT, connection).
  await Promise.all(Array.from({ length: 200 }, () => client.Enroll(request, { token })));
  const cpu = () => processCpuMs(child.pid);
  const s0 = cpu();
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await Promise.all(Array.from({ length: C }, run));
  const ms = performance.now() - t0;
  const c1 = process.cpuUsage(c0);
  const s1 = cpu();
  console.log(JSON.stringify({ calls: N, per_s: Math.round((N / ms) * 1000), client_us: +((c1.user + c1.system) / N).toFixed(1), server_us: +(((s1 - s0) * 1000) / N).toFixed(1) }));
  child.kill();
  client.close();
  process.exit(0);
}
