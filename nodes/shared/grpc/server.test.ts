import { setDefaultTimeout, afterAll, beforeAll, describe, expect, test } from "bun:test";
import * as grpc from "@grpc/grpc-js";
import * as protoLoader from "@grpc/proto-loader";
import { dirname, join } from "node:path";
import { detailsFromMetadata } from "../errors";
import { createServiceClient, isServing, type ServiceClient } from "./client";
import { MAX_REQUEST_BYTES } from "./options";
import type { CallContext, RunningGrpcServer } from "./server";
import { AuthClient, grpcJsCall, rejection, startStubAuth } from "./test-support";

setDefaultTimeout(30_000); // a bound on a hang on a busy machine, not a speed claim (tests/support/preload.ts)

// startGrpcServer end to end with stub auth handlers: what the gateway (createServiceClient), a
// plain grpc-js client and gRPC tools (health probes, reflection) see.
const seen: CallContext[] = [];

function startStub(options: { checkReady?: () => Promise<boolean>; onShutdown?: () => Promise<void> } = {}): Promise<RunningGrpcServer> {
  return startStubAuth({ seen, ...options });
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

describe("health Watch", () => {
  test("a watcher gets SERVING, then NOT_SERVING when the database stops answering, then SERVING again", async () => {
    const { service } = await import("grpc-health-check");
    const Health = grpc.makeGenericClientConstructor(service as grpc.ServiceDefinition, "Health");
    const health = new Health(address, grpc.credentials.createInsecure()) as unknown as grpc.Client & { Watch(request: { service: string }): grpc.ClientReadableStream<{ status: string }> };
    const statuses: string[] = [];
    const watch = health.Watch({ service: "edustream.auth.v1.AuthService" });
    watch.on("data", (answer: { status: string }) => statuses.push(answer.status));
    watch.on("error", () => {});
    try {
      const until = async (count: number) => {
        for (const deadline = Date.now() + 5000; statuses.length < count && Date.now() < deadline; ) await Bun.sleep(50);
      };
      await until(1);
      ready = false;
      await until(2);
      ready = true;
      await until(3);
      expect(statuses).toEqual(["SERVING", "NOT_SERVING", "SERVING"]);
    } finally {
      ready = true;
      watch.cancel();
      health.close();
    }
  });
});

describe("deadlines", () => {
  test("every call carries a deadline: the client's default, or the one given; a slower handler ends in DEADLINE_EXCEEDED at it", async () => {
    const short = createServiceClient("auth", address, 300);
    try {
      let started = performance.now();
      expect((await rejection(short.Login({ username: "slow", password: "1500" }))).code).toBe(grpc.status.DEADLINE_EXCEEDED);
      expect(performance.now() - started).toBeLessThan(1000);
      const before = Date.now();
      await short.Login({ username: "quick", password: "pw" });
      expect(seen.at(-1)!.deadline!.getTime()).toBeLessThanOrEqual(before + 300 + 50);
      started = performance.now();
      expect((await rejection(client.Login({ username: "slow", password: "1500" }, { deadlineMs: 200 }))).code).toBe(grpc.status.DEADLINE_EXCEEDED);
      expect(performance.now() - started).toBeLessThan(1000);
    } finally {
      short.close();
    }
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
