import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import * as grpc from "@grpc/grpc-js";
import * as protoLoader from "@grpc/proto-loader";
import { generateKeyPairSync } from "node:crypto";
import { dirname, join } from "node:path";
import { loadConfig } from "../config";
import { AppError, detailsFromMetadata, fail } from "../errors";
import type { Logger } from "../logger";
import { TokenVerifier } from "../tokens";
import { createServiceClient, isServing, type ServiceClient } from "./client";
import { MAX_REQUEST_BYTES } from "./options";
import { serviceDefinitions } from "./proto";
import { requireCaller, startGrpcServer, type CallContext, type RunningGrpcServer } from "./server";

// startGrpcServer end to end with stub auth handlers: what the gateway (createServiceClient), a
// plain grpc-js client and gRPC tools (health probes, reflection) see.
const config = loadConfig({ EDUSTREAM_DATABASE_URL: "postgres://nobody@127.0.0.1:1/none", EDUSTREAM_LOG_LEVEL: "error" });
const verifier = new TokenVerifier(generateKeyPairSync("ed25519").publicKey, config, async (token) => {
  const now = Math.floor(Date.now() / 1000);
  return token === "good-token" ? { sub: "user-1", role: "STUDENT", name: "Stu Dent", jti: "j1", iat: now, exp: now + 600 } : false;
});
const seen: CallContext[] = [];
const quiet: Logger = { debug() {}, info() {}, warn() {}, error() {} };
const AuthClient = serviceDefinitions().auth as unknown as typeof grpc.Client & { service: grpc.ServiceDefinition };

function stubHandlers() {
  const handlers: Record<string, (request: any, context: CallContext) => Promise<unknown>> = {};
  for (const method of Object.keys(AuthClient.service)) handlers[method] = async () => Promise.reject(new AppError("UNIMPLEMENTED", "Not in this test."));
  handlers.Login = async (request: { username: string; password: string }, context) => {
    seen.push(context);
    if (request.username === "slow") await Bun.sleep(Number(request.password));
    if (request.username === "") throw fail.invalid("username", "Le nom d’utilisateur est requis (100 % obligatoire).");
    if (request.username === "crash") throw new Error("relation secret_table does not exist");
    return { access_token: `token for ${request.username}`, refresh_token: "r", expires_in: 60 };
  };
  handlers.GetMe = async (_request, context) => {
    const caller = requireCaller(context);
    return { user: { id: caller.claims.sub, username: "stu", name: caller.claims.name, role: caller.claims.role } };
  };
  return handlers;
}

async function startStub(options: { checkReady?: () => Promise<boolean>; onShutdown?: () => Promise<void> } = {}): Promise<RunningGrpcServer> {
  return startGrpcServer({
    service: "auth",
    handlers: stubHandlers() as never,
    port: 0,
    host: "127.0.0.1",
    publicMethods: ["Login"],
    verifier,
    logger: quiet,
    ...options,
  });
}

/** One unary call through grpc-js's own client, resolving with its error or response. */
function grpcJsCall(client: grpc.Client, method: string, request: unknown, metadata = new grpc.Metadata()): Promise<{ error?: grpc.ServiceError; response?: any }> {
  const definition = AuthClient.service[method]!;
  return new Promise((resolve) =>
    client.makeUnaryRequest(definition.path, definition.requestSerialize, definition.responseDeserialize, request, metadata, { deadline: Date.now() + 3000 }, (error, response) =>
      resolve({ error: error ?? undefined, response }),
    ),
  );
}

async function rejection(call: Promise<unknown>): Promise<grpc.ServiceError> {
  try {
    await call;
  } catch (error) {
    return error as grpc.ServiceError;
  }
  throw new Error("the call succeeded");
}

let ready = true;
let running: RunningGrpcServer;
let address: string;
let client: ServiceClient<"auth">;
let grpcJs: grpc.Client;

beforeAll(async () => {
  running = await startStub({ checkReady: async () => ready });
  address = `127.0.0.1:${running.port}`;
  client = createServiceClient("auth", address, 3000);
  grpcJs = new AuthClient(address, grpc.credentials.createInsecure());
});

afterAll(async () => {
  client?.close();
  grpcJs?.close();
  await running?.shutdown(1000);
});

describe("calls through the interceptors", () => {
  test("a public call carries its request id and deadline; a signed-in call its verified caller", async () => {
    const before = Date.now();
    expect(await client.Login({ username: "ada", password: "pw" }, { requestId: "req-42", deadlineMs: 2000 })).toMatchObject({ access_token: "token for ada" });
    const context = seen.at(-1)!;
    expect(context).toMatchObject({ requestId: "req-42", method: "Login" });
    expect(context.deadline!.getTime()).toBeGreaterThanOrEqual(before + 2000);
    expect(context.deadline!.getTime()).toBeLessThanOrEqual(Date.now() + 2000);
    expect((await client.GetMe({}, { token: "good-token" })).user).toMatchObject({ id: "user-1", name: "Stu Dent", role: "STUDENT" });
  });

  test("a call without a request id gets one of its own", async () => {
    await client.Login({ username: "bob", password: "pw" });
    expect(seen.at(-1)!.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });

  test("a non-public method refuses a missing or invalid token with UNAUTHENTICATED", async () => {
    expect((await rejection(client.GetMe({}))).code).toBe(grpc.status.UNAUTHENTICATED);
    expect((await rejection(client.GetMe({}, { token: "forged" }))).code).toBe(grpc.status.UNAUTHENTICATED);
  });

  test("a refusal keeps its status, message and field details, for our client and a plain grpc-js client alike", async () => {
    const message = "Le nom d’utilisateur est requis (100 % obligatoire).";
    const lean = await rejection(client.Login({ username: "", password: "pw" }));
    expect({ code: lean.code, details: lean.details }).toEqual({ code: grpc.status.INVALID_ARGUMENT, details: message });
    expect(detailsFromMetadata(lean.metadata)).toEqual([{ field: "username", message }]);
    const { error } = await grpcJsCall(grpcJs, "Login", { username: "", password: "pw" });
    expect({ code: error?.code, details: error?.details }).toEqual({ code: grpc.status.INVALID_ARGUMENT, details: message });
    expect(detailsFromMetadata(error?.metadata)).toEqual([{ field: "username", message }]);
  });

  test("an unexpected error is INTERNAL without its text", async () => {
    const error = await rejection(client.Login({ username: "crash", password: "pw" }));
    expect(error.code).toBe(grpc.status.INTERNAL);
    expect(error.details).not.toContain("secret_table");
  });

  test("grpc-js clients get the same answers (metadata: authorization, x-request-id)", async () => {
    const metadata = new grpc.Metadata();
    metadata.set("authorization", "Bearer good-token");
    metadata.set("x-request-id", "from-grpc-js");
    expect((await grpcJsCall(grpcJs, "GetMe", {}, metadata)).response?.user).toMatchObject({ id: "user-1" });
    expect((await grpcJsCall(grpcJs, "Login", { username: "cy", password: "pw" }, metadata)).response).toMatchObject({ access_token: "token for cy" });
    expect(seen.at(-1)!.requestId).toBe("from-grpc-js");
  });

  test("a request over the service's limit is RESOURCE_EXHAUSTED, from our client and at the server; one just under passes", async () => {
    const limit = MAX_REQUEST_BYTES.auth;
    expect((await rejection(client.Login({ username: "big", password: "x".repeat(limit) }))).code).toBe(grpc.status.RESOURCE_EXHAUSTED);
    const { error } = await grpcJsCall(grpcJs, "Login", { username: "big", password: "x".repeat(limit) });
    expect(error?.code).toBe(grpc.status.RESOURCE_EXHAUSTED);
    expect(await client.Login({ username: "big", password: "x".repeat(limit - 100) })).toMatchObject({ access_token: "token for big" });
  });

  test("a method the service does not have is UNIMPLEMENTED", async () => {
    const error = await new Promise<grpc.ServiceError | null>((resolve) =>
      grpcJs.makeUnaryRequest("/edustream.auth.v1.AuthService/Nope", (value: Buffer) => value, (value: Buffer) => value, Buffer.alloc(0), new grpc.Metadata(), {}, (e) => resolve(e)),
    );
    expect(error?.code).toBe(grpc.status.UNIMPLEMENTED);
  });
});

describe("health", () => {
  test("Check follows checkReady; an unknown service is NOT_FOUND", async () => {
    expect(await isServing(client.raw, "auth")).toBe(true);
    ready = false;
    await Bun.sleep(1200);
    expect(await isServing(client.raw, "auth")).toBe(false);
    ready = true;
    await Bun.sleep(1200);
    expect(await isServing(client.raw, "auth")).toBe(true);
    const { service } = await import("grpc-health-check");
    const unknown = await new Promise<grpc.ServiceError | null>((resolve) =>
      grpcJs.makeUnaryRequest(service.Check!.path, service.Check!.requestSerialize, service.Check!.responseDeserialize, { service: "no.such.Service" }, new grpc.Metadata(), {}, (e) => resolve(e)),
    );
    expect(unknown?.code).toBe(grpc.status.NOT_FOUND);
    const list = await new Promise<any>((resolve) =>
      grpcJs.makeUnaryRequest(service.List!.path, service.List!.requestSerialize, service.List!.responseDeserialize, {}, new grpc.Metadata(), {}, (_e, response) => resolve(response)),
    );
    expect(list.statuses).toEqual({ "": { status: "SERVING" }, "edustream.auth.v1.AuthService": { status: "SERVING" } });
  });
});

describe("reflection", () => {
  const reflectionProtos = join(dirname(Bun.resolveSync("@grpc/reflection/package.json", import.meta.dir)), "build", "proto");

  for (const version of ["v1", "v1alpha"] as const) {
    test(`${version}: a grpc-js client lists the services and gets the descriptor of one, each request answered on the same stream`, async () => {
      const definition = protoLoader.loadSync(join(reflectionProtos, "grpc", "reflection", version, "reflection.proto"), { oneofs: true, longs: String, enums: String, defaults: true });
      const ServerReflection = (grpc.loadPackageDefinition(definition) as any).grpc.reflection[version].ServerReflection;
      const reflection = new ServerReflection(address, grpc.credentials.createInsecure());
      try {
        const stream = reflection.ServerReflectionInfo();
        const answers: any[] = [];
        const ended = new Promise<void>((resolve, reject) => {
          stream.on("data", (answer: any) => answers.push(answer));
          stream.on("end", resolve);
          stream.on("error", reject);
        });
        stream.write({ listServices: "*" });
        stream.write({ fileContainingSymbol: "edustream.auth.v1.AuthService" });
        stream.end();
        await ended;
        expect(answers).toHaveLength(2);
        expect(answers[0].listServicesResponse.service.map((s: { name: string }) => s.name)).toEqual(["edustream.auth.v1.AuthService"]);
        expect(answers[1].fileDescriptorResponse.fileDescriptorProto.length).toBeGreaterThan(0);
      } finally {
        reflection.close();
      }
    });
  }
});

describe("shutdown", () => {
  test("calls in flight finish, new calls are refused, then onShutdown runs", async () => {
    const events: string[] = [];
    const stopping = await startStub({ onShutdown: async () => void events.push("onShutdown") });
    const inFlightClient = createServiceClient("auth", `127.0.0.1:${stopping.port}`, 5000);
    const lateClient = createServiceClient("auth", `127.0.0.1:${stopping.port}`, 5000);
    try {
      const inFlight = inFlightClient.Login({ username: "slow", password: "400" }).then((response) => {
        events.push("in-flight answered");
        return response;
      });
      await Bun.sleep(100);
      const stopped = stopping.shutdown(5000).then(() => events.push("shut down"));
      await Bun.sleep(50);
      expect((await rejection(lateClient.Login({ username: "late", password: "pw" }))).code).toBe(grpc.status.UNAVAILABLE);
      expect((await rejection(inFlightClient.Login({ username: "again", password: "pw" }))).code).toBe(grpc.status.UNAVAILABLE);
      expect(await inFlight).toMatchObject({ access_token: "token for slow" });
      await stopped;
      expect(events).toEqual(["in-flight answered", "onShutdown", "shut down"]);
    } finally {
      inFlightClient.close();
      lateClient.close();
    }
  });

  test("a call still running when the grace period ends is cut off, and shutdown goes on", async () => {
    let shutDown = false;
    const stopping = await startStub({ onShutdown: async () => void (shutDown = true) });
    const stuckClient = createServiceClient("auth", `127.0.0.1:${stopping.port}`, 5000);
    try {
      const stuck = rejection(stuckClient.Login({ username: "slow", password: "3000" }));
      await Bun.sleep(100);
      const started = performance.now();
      await stopping.shutdown(300);
      expect(performance.now() - started).toBeLessThan(1500);
      expect(shutDown).toBe(true);
      expect((await stuck).code).toBe(grpc.status.UNAVAILABLE);
    } finally {
      stuckClient.close();
    }
  });
});
