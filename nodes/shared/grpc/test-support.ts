// Shared by the gRPC tests: a stub auth service on startGrpcServer, its token verifier, and a
// plain grpc-js call.
import * as grpc from "@grpc/grpc-js";
import { generateKeyPairSync } from "node:crypto";
import { loadConfig } from "../config";
import { AppError, fail } from "../errors";
import type { Logger } from "../logger";
import { TokenVerifier } from "../tokens";
import { serviceDefinitions } from "./proto";
import { requireCaller, startGrpcServer, type CallContext, type GrpcServerOptions, type RunningGrpcServer } from "./server";

export const testConfig = loadConfig({ EDUSTREAM_DATABASE_URL: "postgres://nobody@127.0.0.1:1/none", EDUSTREAM_LOG_LEVEL: "error" });
export const quiet: Logger = { debug() {}, info() {}, warn() {}, error() {} };
export const AuthClient = serviceDefinitions().auth as unknown as typeof grpc.Client & { service: grpc.ServiceDefinition };

/** Accepts the token "good-token" as a student's. */
export const stubVerifier = new TokenVerifier(generateKeyPairSync("ed25519").publicKey, testConfig, async (token) => {
  const now = Math.floor(Date.now() / 1000);
  return token === "good-token" ? { sub: "user-1", role: "STUDENT", name: "Stu Dent", jti: "j1", iat: now, exp: now + 600 } : false;
});

/**
 * Stub auth handlers: Login answers "token for <username>" ("slow" sleeps `password` ms, "" is
 * a field refusal, "crash" an unexpected error), GetMe needs a caller, ListRevokedSubjects
 * answers empty; every call's context is pushed to `seen`.
 */
export function stubAuthHandlers(seen: CallContext[] = []) {
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
    seen.push(context);
    const caller = requireCaller(context);
    return { user: { id: caller.claims.sub, username: "stu", name: caller.claims.name, role: caller.claims.role } };
  };
  handlers.ListRevokedSubjects = async (_request, context) => {
    seen.push(context);
    return { subjects: [] };
  };
  return handlers;
}

/** A stub auth server on a free port of 127.0.0.1 (Login and ListRevokedSubjects public, the latter node-only). */
export function startStubAuth(options: Partial<GrpcServerOptions<unknown>> & { seen?: CallContext[] } = {}): Promise<RunningGrpcServer> {
  const { seen, ...rest } = options;
  return startGrpcServer({
    service: "auth",
    handlers: stubAuthHandlers(seen) as never,
    port: 0,
    host: "127.0.0.1",
    publicMethods: ["Login", "ListRevokedSubjects"],
    nodeOnlyMethods: ["ListRevokedSubjects"],
    verifier: stubVerifier,
    logger: quiet,
    ...rest,
  });
}

/** One unary call through a plain grpc-js client, resolving with its error or response. */
export function grpcJsCall(client: grpc.Client, method: string, request: unknown, metadata = new grpc.Metadata(), deadlineMs = 3000): Promise<{ error?: grpc.ServiceError; response?: any }> {
  const definition = AuthClient.service[method]!;
  return new Promise((resolve) =>
    client.makeUnaryRequest(definition.path, definition.requestSerialize, definition.responseDeserialize, request, metadata, { deadline: Date.now() + deadlineMs }, (error, response) =>
      resolve({ error: error ?? undefined, response }),
    ),
  );
}

/** The error a promise rejects with (fails the test when it resolves). */
export async function rejection(call: Promise<unknown>): Promise<grpc.ServiceError> {
  try {
    await call;
  } catch (error) {
    return error as grpc.ServiceError;
  }
  throw new Error("the call succeeded");
}

// Run as a script: `serve` starts a stub auth server in a process of its own (for measuring its
// memory) and prints its port; `call <target> <n>` makes n Login calls to a target through
// createServiceClient and prints how many succeeded (run where the target's name resolves).
if (import.meta.main) {
  const [mode, target, n] = process.argv.slice(2);
  if (mode === "call") {
    const { createServiceClient, isServing } = await import("./client");
    const client = createServiceClient("auth", target!, 3000);
    const ready = await isServing(client.raw, "auth", 3000);
    let ok = 0;
    for (let i = 0; i < Number(n); i++) ok += await client.Login({ username: `u${i}`, password: "pw" }).then(() => 1, () => 0);
    console.log(JSON.stringify({ ready, ok }));
    client.close();
    process.exit(0);
  }
  const server = await startStubAuth();
  console.log(JSON.stringify({ port: server.port }));
  process.once("SIGTERM", () => void server.shutdown(100).then(() => process.exit(0)));
}
