import { setDefaultTimeout, afterAll, beforeAll, describe, expect, test } from "bun:test";
import * as grpc from "@grpc/grpc-js";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ensureCa, makeCert, makeDevCerts } from "../../../scripts/dev-certs";
import { createServiceClient, isServing } from "./client";
import type { CallContext, RunningGrpcServer } from "./server";
import { AuthClient, grpcJsCall, startStubAuth } from "./test-support";
import { isLoopbackPeer, type NodeTls } from "./tls";

setDefaultTimeout(30_000); // a bound on a hang on a busy machine, not a speed claim (tests/support/preload.ts)

// TLS between nodes with certificates from scripts/dev-certs.ts: client certificates are
// required and checked against the CA, node-only calls need a node certificate.
let dir: string;
let foreign: string;
let server: RunningGrpcServer;
let foreignServer: RunningGrpcServer;
const seen: CallContext[] = [];

function files(folder: string, name: string, ca = join(folder, "ca.pem")): NodeTls {
  return { ca: readFileSync(ca), cert: readFileSync(join(folder, `${name}.pem`)), key: readFileSync(join(folder, `${name}.key`)) };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "edustream-tls-"));
  foreign = mkdtempSync(join(tmpdir(), "edustream-tls-foreign-"));
  makeDevCerts(dir, [{ name: "node-a" }, { name: "node-b" }, { name: "ops", kind: "operator" }]);
  ensureCa(foreign, "Some other CA");
  makeCert(foreign, { name: "intruder" });
  server = await startStubAuth({ tls: files(dir, "node-a"), seen });
  foreignServer = await startStubAuth({ tls: files(foreign, "intruder") });
});

afterAll(async () => {
  await server?.shutdown(500);
  await foreignServer?.shutdown(500);
  rmSync(dir, { recursive: true, force: true });
  rmSync(foreign, { recursive: true, force: true });
});

/** Calls Login and ListRevokedSubjects with a plain grpc-js client over the given credentials. */
async function callBoth(credentials: grpc.ChannelCredentials, port = server.port) {
  const client = new AuthClient(`localhost:${port}`, credentials);
  try {
    const login = await grpcJsCall(client, "Login", { username: "ada", password: "pw" }, new grpc.Metadata(), 2000);
    const revoked = await grpcJsCall(client, "ListRevokedSubjects", {}, new grpc.Metadata(), 2000);
    return { login, revoked };
  } finally {
    client.close();
  }
}

describe("TLS between nodes", () => {
  test("a node calls another with its node certificate: calls and node-only calls pass, the server sees a node", async () => {
    const client = createServiceClient("auth", `localhost:${server.port}`, 3000, { tls: files(dir, "node-b") });
    try {
      expect(await client.Login({ username: "ada", password: "pw" })).toMatchObject({ access_token: "token for ada" });
      expect(seen.at(-1)!.fromNode).toBe(true);
      expect(await client.ListRevokedSubjects({})).toEqual({ subjects: [] });
    } finally {
      client.close();
    }
  });

  test("a certificate of the same CA that is not a node's connects, but node-only calls are refused", async () => {
    const ops = files(dir, "ops");
    const { login, revoked } = await callBoth(grpc.credentials.createSsl(ops.ca, ops.key, ops.cert));
    expect(login.response).toMatchObject({ access_token: "token for ada" });
    expect(seen.at(-1)!.fromNode).toBe(false);
    expect(revoked.error?.code).toBe(grpc.status.PERMISSION_DENIED);
  });

  test("without a client certificate the connection is refused", async () => {
    const { login } = await callBoth(grpc.credentials.createSsl(readFileSync(join(dir, "ca.pem"))));
    expect(login.error?.code).toBe(grpc.status.UNAVAILABLE);
  });

  test("a client certificate of another CA is refused", async () => {
    const intruder = files(foreign, "intruder", join(dir, "ca.pem"));
    const { login } = await callBoth(grpc.credentials.createSsl(intruder.ca, intruder.key, intruder.cert));
    expect(login.error?.code).toBe(grpc.status.UNAVAILABLE);
  });

  test("plaintext to a TLS server fails", async () => {
    const { login } = await callBoth(grpc.credentials.createInsecure());
    expect(login.error?.code).toBe(grpc.status.UNAVAILABLE);
  });

  test("a node refuses a server whose certificate another CA signed", async () => {
    const client = createServiceClient("auth", `localhost:${foreignServer.port}`, 2000, { tls: files(dir, "node-b") });
    try {
      await expect(client.Login({ username: "ada", password: "pw" })).rejects.toMatchObject({ code: grpc.status.UNAVAILABLE });
    } finally {
      client.close();
    }
  });
});

describe("plaintext on loopback", () => {
  test("a loopback peer is a node; any other is not", () => {
    expect(["127.0.0.1:5000", "ipv4:127.0.0.9:1", "[::1]:80", "::ffff:127.0.0.1:80"].map(isLoopbackPeer)).toEqual([true, true, true, true]);
    expect(["10.0.0.1:5000", "[2001:db8::1]:80", "::ffff:10.0.0.1:80", "128.0.0.1:1"].map(isLoopbackPeer)).toEqual([false, false, false, false]);
  });
});

describe("health port beside a TLS port (Kubernetes gRPC probes send no certificate)", () => {
  test("answers the health check in plaintext, serves nothing else, and stops with the server", async () => {
    const withProbe = await startStubAuth({ tls: files(dir, "node-a"), healthPort: 0 });
    const probe = new grpc.Client(`127.0.0.1:${withProbe.healthPort}`, grpc.credentials.createInsecure());
    try {
      expect(withProbe.healthPort).toBeGreaterThan(0);
      expect(await isServing(probe, "auth")).toBe(true);
      // The service itself is not on the plaintext port: no way around the client certificate.
      const login = await grpcJsCall(probe, "Login", { username: "ada", password: "pw" });
      expect(login.error?.code).toBe(grpc.status.UNIMPLEMENTED);
      // And the TLS port still refuses a plaintext caller.
      expect((await callBoth(grpc.credentials.createInsecure(), withProbe.port)).login.error?.code).toBe(grpc.status.UNAVAILABLE);
    } finally {
      probe.close();
      await withProbe.shutdown(200);
    }
    const after = new grpc.Client(`127.0.0.1:${withProbe.healthPort}`, grpc.credentials.createInsecure());
    expect(await isServing(after, "auth")).toBe(false);
    after.close();
  });
});
