// Floor for the gRPC hop: CPU per unary request/response over plain node:http2 in Bun (same sizes
// as an Enroll call), each side. Compare with bench/grpc-call-cost.ts (grpc-js).
import http2 from "node:http2";
import { processCpuMs } from "./support/stub";

const role = process.argv[2];
const port = 50998;
const body = Buffer.alloc(5 + 420, 1);
if (role === "server") {
  const server = http2.createServer();
  server.on("stream", (stream: http2.ServerHttp2Stream, headers) => {
    headers["authorization"];
    const chunks: Buffer[] = [];
    stream.on("data", (c: Buffer) => chunks.push(c));
    stream.on("end", () => {
      stream.respond({ ":status": 200, "content-type": "application/grpc" }, { waitForTrailers: true });
      stream.on("wantTrailers", () => stream.sendTrailers({ "grpc-status": "0", "grpc-message": "OK" }));
      stream.end(body);
    });
  });
  server.listen(port, "127.0.0.1");
} else {
  const child = Bun.spawn(["bun", import.meta.path, "server"], { stdout: "inherit" });
  await Bun.sleep(1000);
  const session = http2.connect(`http://127.0.0.1:${port}`);
  const token = "Bearer eyJ" + "a".repeat(600);
  const call = () =>
    new Promise<void>((resolve, reject) => {
      const req = session.request({ ":method": "POST", ":path": "/edustream.enrollment.v1.EnrollmentService/Enroll", "content-type": "application/grpc", te: "trailers", authorization: token, "x-request-id": crypto.randomUUID(), "grpc-timeout": "5000m" });
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => resolve());
      req.on("error", reject);
      req.end(Buffer.alloc(5 + 70, 2));
    });
  const N = Number(process.env.N || 20000);
  let next = 0;
  const run = async () => {
    while (next < N) {
      next++;
      await call();
    }
  };
  await Promise.all(Array.from({ length: 200 }, call));
  const cpu = () => processCpuMs(child.pid);
  const s0 = cpu(), c0 = process.cpuUsage(), t0 = performance.now();
  await Promise.all(Array.from({ length: 64 }, run));
  const ms = performance.now() - t0, c1 = process.cpuUsage(c0), s1 = cpu();
  console.log(JSON.stringify({ calls: N, per_s: Math.round((N / ms) * 1000), client_us: +((c1.user + c1.system) / N).toFixed(1), server_us: +(((s1 - s0) * 1000) / N).toFixed(1) }));
  child.kill();
  session.close();
  process.exit(0);
}
