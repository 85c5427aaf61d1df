import { setDefaultTimeout, afterAll, beforeAll, expect, test } from "bun:test";
import * as grpc from "@grpc/grpc-js";
import http2 from "node:http2";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MAX_CONCURRENT_STREAMS, MAX_REQUEST_BYTES } from "./options";
import { AuthClient, grpcJsCall } from "./test-support";

setDefaultTimeout(30_000); // a bound on a hang on a busy machine, not a speed claim (tests/support/preload.ts)

// The attack of the security review against a service's gRPC port: one connection opens 1,000
// streams, each declaring a 4 MiB message and sending part of it. The server (a stub auth service
// in its own process, the real server options) must refuse every such stream at once, keep its
// memory bounded, and still answer.
let server: ReturnType<typeof Bun.spawn>;
let port: number;

function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, "utf8").split("\n").find((l) => l.startsWith("VmRSS:"))!;
  return Number(line.split(/\s+/)[1]) / 1024;
}

beforeAll(async () => {
  server = Bun.spawn(["bun", join(import.meta.dir, "test-support.ts"), "serve"], { stdout: "pipe", stderr: "inherit" });
  const reader = (server.stdout as ReadableStream<Uint8Array>).getReader();
  const { value } = await reader.read();
  port = JSON.parse(new TextDecoder().decode(value)).port;
});

afterAll(() => server?.kill("SIGKILL"));

/**
 * Opens `count` streams on one connection, each declaring `declared` bytes and sending 16 KiB of
 * them, and tallies how each had ended after `waitMs`: with a gRPC status, reset or refused by the
 * server (REFUSED_STREAM beyond the stream cap, the connection closed on the attacker), or still open.
 */
async function openStreams(count: number, declared: number, waitMs: number) {
  const session = http2.connect(`http://127.0.0.1:${port}`);
  session.on("error", () => {});
  await new Promise((resolve) => session.once("connect", resolve));
  const tally = new Map<string, number>();
  const prefix = Buffer.alloc(5);
  prefix.writeUInt32BE(declared, 1);
  const body = Buffer.concat([prefix, Buffer.alloc(16 * 1024, 0x61)]);
  const ended: Promise<void>[] = [];
  for (let i = 0; i < count; i++) {
    ended.push(
      new Promise<void>((resolve) => {
        let done = false;
        const end = (how: string) => {
          if (done) return;
          done = true;
          tally.set(how, (tally.get(how) ?? 0) + 1);
          resolve();
        };
        let stream: http2.ClientHttp2Stream;
        try {
          stream = session.request({ ":method": "POST", ":path": "/edustream.auth.v1.AuthService/GetMe", "content-type": "application/grpc", te: "trailers" });
        } catch {
          return end("not opened: connection closed by the server");
        }
        stream.on("response", (headers) => headers["grpc-status"] !== undefined && end(`grpc-status ${headers["grpc-status"]}`));
        stream.on("trailers", (trailers) => end(`grpc-status ${trailers["grpc-status"]}`));
        stream.on("error", (error: Error & { code?: string }) => end(`ended by the server: ${error.code}`));
        stream.on("close", () => end(`ended by the server: reset ${stream.rstCode}`));
        stream.on("data", () => {});
        setTimeout(() => end("still open"), waitMs);
        stream.write(body);
      }),
    );
  }
  await Promise.all(ended);
  session.destroy();
  return Object.fromEntries(tally);
}

test("1,000 streams declaring 4 MiB each on one connection: none held, memory stays bounded, the service still answers", async () => {
  const before = rssMiB(server.pid);
  const ends = await openStreams(1000, 4 * 1024 * 1024, 3000);
  const after = rssMiB(server.pid);
  console.log(`limits: RSS ${before.toFixed(1)} → ${after.toFixed(1)} MiB; ${JSON.stringify(ends)}`);
  // Refused beyond the stream cap, RESOURCE_EXHAUSTED (8) as soon as the declared size is read, or
  // the attacking connection closed: no stream still open, no other answer.
  expect(ends["still open"]).toBeUndefined();
  expect(Object.keys(ends).filter((how) => how.startsWith("grpc-status") && how !== `grpc-status ${grpc.status.RESOURCE_EXHAUSTED}`)).toEqual([]);
  expect(after - before).toBeLessThan(40);
  const client = new AuthClient(`127.0.0.1:${port}`, grpc.credentials.createInsecure());
  expect((await grpcJsCall(client, "Login", { username: "ada", password: "pw" })).response).toMatchObject({ access_token: "token for ada" });
  client.close();
}, 30_000);

test(`1,000 streams with a message under the limit left unfinished: at most ${MAX_CONCURRENT_STREAMS} held at once, memory bounded`, async () => {
  const before = rssMiB(server.pid);
  const ends = await openStreams(1000, MAX_REQUEST_BYTES.auth - 10, 3000);
  const after = rssMiB(server.pid);
  console.log(`limits (unfinished messages): RSS ${before.toFixed(1)} → ${after.toFixed(1)} MiB; ${JSON.stringify(ends)}`);
  expect(ends["still open"] ?? 0).toBeLessThanOrEqual(MAX_CONCURRENT_STREAMS);
  expect(after - before).toBeLessThan(40);
}, 30_000);
