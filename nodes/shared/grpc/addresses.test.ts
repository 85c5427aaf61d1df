import { setDefaultTimeout, afterAll, describe, expect, test } from "bun:test";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createServiceClient, grpcTarget, isServing } from "./client";
import type { CallContext, RunningGrpcServer } from "./server";
import { startStubAuth } from "./test-support";

setDefaultTimeout(30_000); // a bound on a hang on a busy machine, not a speed claim (tests/support/preload.ts)

// Addresses beyond one server: a list of addresses and a dns:/// name behind which two servers
// answer; calls are spread over both, move to the one left when the other stops, and readiness
// asks through the same channel.
const servers: RunningGrpcServer[] = [];
afterAll(async () => {
  for (const server of servers) await server.shutdown(200);
});

async function pair(hosts: [string, string]) {
  const seen: [CallContext[], CallContext[]] = [[], []];
  const first = await startStubAuth({ host: hosts[0], seen: seen[0] });
  const second = await startStubAuth({ host: hosts[1], port: hosts[0] === hosts[1] ? 0 : first.port, seen: seen[1] });
  servers.push(first, second);
  return { first, second, seen };
}

test("targets: one address and dns:/// as they are, a list of IPs as grpc-js's ipv4:/ipv6: list, anything else refused", () => {
  expect(grpcTarget("127.0.0.1:50051")).toBe("127.0.0.1:50051");
  expect(grpcTarget("dns:///app:50051")).toBe("dns:///app:50051");
  expect(grpcTarget("10.0.0.1:1, 10.0.0.2:1")).toBe("ipv4:10.0.0.1:1,10.0.0.2:1");
  expect(grpcTarget("[::1]:1,[::2]:1")).toBe("ipv6:[::1]:1,[::2]:1");
  expect(() => grpcTarget("app1:1,app2:1")).toThrow(/dns:\/\/\//);
});

test("a list of two addresses: calls round-robin over both, and all go to the one left when the other stops", async () => {
  const { first, second, seen } = await pair(["127.0.0.1", "127.0.0.1"]);
  const client = createServiceClient("auth", `127.0.0.1:${first.port},127.0.0.1:${second.port}`, 3000);
  try {
    expect(await isServing(client.raw, "auth")).toBe(true);
    for (let i = 0; i < 20; i++) await client.Login({ username: `a${i}`, password: "pw" });
    expect(seen[0].length).toBeGreaterThanOrEqual(8);
    expect(seen[1].length).toBeGreaterThanOrEqual(8);
    await first.shutdown(500);
    const before = seen[1].length;
    for (let i = 0; i < 10; i++) await client.Login({ username: `b${i}`, password: "pw" });
    expect(seen[1].length - before).toBe(10);
    expect(await isServing(client.raw, "auth")).toBe(true);
    await second.shutdown(500);
    expect(await isServing(client.raw, "auth")).toBe(false);
  } finally {
    client.close();
  }
});

const canMount = process.getuid?.() === 0 && spawnSync("unshare", ["--mount", "true"]).status === 0;
if (!canMount) console.log("dns:/// test skipped: it needs root and unshare (util-linux) to give a child process its own /etc/hosts");

describe.skipIf(!canMount)("dns:///", () => {
  test("one name with two addresses in the hosts file: calls spread over both servers; a name that does not resolve is not ready", async () => {
    const { first, seen } = await pair(["127.0.0.2", "127.0.0.3"]);
    const dir = mkdtempSync(join(tmpdir(), "edustream-hosts-"));
    const hosts = join(dir, "hosts");
    writeFileSync(hosts, "127.0.0.1 localhost\n127.0.0.2 edustream-pair\n127.0.0.3 edustream-pair\n");
    const call = async (target: string) => {
      // The child sees our hosts file in place of /etc/hosts (a mount namespace of its own).
      const script = `mount --bind ${hosts} /etc/hosts && exec bun ${join(import.meta.dir, "test-support.ts")} call ${target} 20`;
      const child = Bun.spawn(["unshare", "--mount", "sh", "-c", script], { stdout: "pipe", stderr: "inherit" });
      const out = await new Response(child.stdout).text();
      return JSON.parse(out.trim().split("\n").at(-1) || "{}") as { ready?: boolean; ok?: number };
    };
    try {
      expect(await call(`dns:///edustream-pair:${first.port}`)).toEqual({ ready: true, ok: 20 });
      expect(seen[0].length).toBeGreaterThanOrEqual(5);
      expect(seen[1].length).toBeGreaterThanOrEqual(5);
      expect(await call(`dns:///no-such-host.invalid:${first.port}`)).toEqual({ ready: false, ok: 0 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
