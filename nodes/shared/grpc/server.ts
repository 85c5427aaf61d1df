import * as grpc from "@grpc/grpc-js";
import { HealthImplementation, type ServingStatus } from "grpc-health-check";
import { ReflectionService } from "@grpc/reflection";
import * as protoLoader from "@grpc/proto-loader";
import { randomUUID } from "node:crypto";
import { join } from "node:path";
import { AppError, toServiceError } from "../errors";
import { callScope } from "./call-scope";
import type { Logger } from "../logger";
import type { Claims, TokenVerifier } from "../tokens";
import { serverOptions } from "./options";
import { PROTO_FILES, PROTO_LOADER_OPTIONS, PROTO_ROOT, SERVICE_NAMES, serviceDefinitions, type ServiceKey } from "./proto";
import { isNodePeer, serverCredentials, type NodeTls } from "./tls";
import type { Telemetry } from "../telemetry";
import { observeServerCall } from "../telemetry/grpc";

/** What a handler knows about the call besides its request message. */
export interface CallContext {
  /** Id that ties together the log lines of one user request across nodes. */
  requestId: string;
  /** The verified caller; absent only on public methods called without a token. */
  claims?: Claims;
  /** The caller's bearer token, forwarded when this service calls another on their behalf. */
  token?: string;
  /** Deadline the client set, if any. */
  deadline?: Date;
  /** Name of the method, for logs. */
  method: string;
  /**
   * The call comes from another EduStream node: with TLS, the peer's verified certificate is a
   * node certificate; without TLS, the peer is on this host (loopback).
   */
  fromNode: boolean;
}

/** A signed-in caller (after the auth interceptor ran on a non-public method). */
export type AuthedContext = CallContext & { claims: Claims; token: string };

/** A handler as services write it: a promise of the response, errors thrown. */
type AsyncHandler<Req, Res> = (request: Req, context: CallContext) => Promise<Res>;

/** The typed, promise-returning form of a generated `XServiceHandlers` interface. */
export type AsyncHandlers<H> = {
  [K in keyof H as H[K] extends grpc.handleUnaryCall<infer _Req, infer _Res> ? K : never]: H[K] extends grpc.handleUnaryCall<infer Req, infer Res> ? AsyncHandler<Req, Res> : never;
};

/** A step around every handler: logging, authentication. */
type Interceptor = (next: AsyncHandler<unknown, unknown>) => AsyncHandler<unknown, unknown>;

/** Logs one line per call with its outcome and duration; unexpected errors with their stack. */
function loggingInterceptor(logger: Logger): Interceptor {
  return (next) => async (request, context) => {
    const started = performance.now();
    try {
      const response = await next(request, context);
      logger.debug("call", { method: context.method, request_id: context.requestId, ms: +(performance.now() - started).toFixed(2) });
      return response;
    } catch (error) {
      const ms = +(performance.now() - started).toFixed(2);
      if (error instanceof AppError) {
        logger.info("call refused", { method: context.method, request_id: context.requestId, ms, status: error.status, reason: error.message });
      } else {
        logger.error("call failed", { method: context.method, request_id: context.requestId, ms, error: error instanceof Error ? error.stack ?? error.message : String(error) });
      }
      throw error;
    }
  };
}

/**
 * Verifies the bearer token from the `authorization` metadata with the public key (locally,
 * no call to auth). Public methods pass without a token, but a token they do carry must be valid.
 */
function authInterceptor(verifier: TokenVerifier, publicMethods: ReadonlySet<string>): Interceptor {
  return (next) => async (request, context) => {
    if (context.token) {
      context.claims = await verifier.verify(context.token);
    } else if (!publicMethods.has(context.method)) {
      throw new AppError("UNAUTHENTICATED", "Sign in to continue: this call needs an access token.");
    }
    return next(request, context);
  };
}

/** The first value of a metadata entry, as text. */
function metadataValue(metadata: grpc.Metadata, key: string): string | undefined {
  const value = metadata.get(key)[0];
  return value === undefined ? undefined : String(value);
}

function bearerToken(metadata: grpc.Metadata): string | undefined {
  const value = metadataValue(metadata, "authorization");
  if (value === undefined) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(value.trim());
  return match?.[1];
}

/** Refuses a node-only method called by anything but another node. */
function nodeOnlyInterceptor(nodeOnlyMethods: ReadonlySet<string>): Interceptor {
  return (next) => async (request, context) => {
    if (nodeOnlyMethods.has(context.method) && !context.fromNode) {
      throw new AppError("PERMISSION_DENIED", "Only another EduStream node may make this call.");
    }
    return next(request, context);
  };
}

export interface GrpcServerOptions<H> {
  /** Which of the five services this is. */
  service: ServiceKey;
  /** The promise-style handlers of every method. */
  handlers: AsyncHandlers<H>;
  /** Port to listen on (0 picks a free one). */
  port: number;
  /** Address to bind: 127.0.0.1 unless the config says otherwise (EDUSTREAM_GRPC_HOST). */
  host?: string;
  /** Methods callable without a token (e.g. Login). */
  publicMethods?: readonly string[];
  /** Methods only another node may call (see CallContext.fromNode). */
  nodeOnlyMethods?: readonly string[];
  /** CA, certificate and key of this node: TLS with client certificates required. Plaintext without. */
  tls?: NodeTls;
  verifier: TokenVerifier;
  logger: Logger;
  /** Metrics and traces of every call (edustream_grpc_server_*, a server span per call) and readiness (edustream_ready). */
  telemetry?: Telemetry;
  /** Reports whether the node can serve (its database answers); polled for the health service. */
  checkReady?: () => Promise<boolean>;
  /**
   * A second port that serves only the health service, in plaintext: Kubernetes' gRPC probes
   * cannot present a client certificate to the TLS port (EDUSTREAM_GRPC_HEALTH_PORT).
   */
  healthPort?: number;
  /** Work to do after the server stopped (close pools, stop timers). */
  onShutdown?: () => Promise<void>;
}

export interface RunningGrpcServer {
  port: number;
  /** The plaintext health-only port, when one was asked for. */
  healthPort?: number;
  /** Stops taking new calls, lets calls in flight finish (up to `graceMs`), then runs onShutdown. */
  shutdown(graceMs?: number): Promise<void>;
}

/** Binds the server, resolving with the port. */
function bind(server: grpc.Server, host: string, port: number, credentials: grpc.ServerCredentials): Promise<number> {
  const target = host.includes(":") ? `[${host}]:${port}` : `${host}:${port}`;
  return new Promise((resolve, reject) => server.bindAsync(target, credentials, (error, bound) => (error ? reject(error) : resolve(bound))));
}

/**
 * The one gRPC bootstrap every service uses (grpc-js): its handlers wrapped with request ids,
 * logging, node-only and token checks and error mapping; the options of options.ts; the
 * standard health service (Check, List, Watch, following `checkReady`); reflection; TLS with
 * client certificates when the node has them; graceful shutdown.
 */
export async function startGrpcServer<H>(options: GrpcServerOptions<H>): Promise<RunningGrpcServer> {
  const { service, logger } = options;
  const definition = serviceDefinitions()[service].service;
  const serviceName = SERVICE_NAMES[service];
  const publicMethods = new Set(options.publicMethods ?? []);
  const chain: Interceptor[] = [loggingInterceptor(logger), nodeOnlyInterceptor(new Set(options.nodeOnlyMethods ?? [])), authInterceptor(options.verifier, publicMethods)];
  const server = new grpc.Server(serverOptions(service));
  const tls = options.tls;

  const handlers = options.handlers as Record<string, AsyncHandler<unknown, unknown>>;
  const missing = Object.keys(definition).filter((m) => !(m in handlers));
  if (missing.length) throw new Error(`${service}: no handler for ${missing.join(", ")}`);
  const implementation: grpc.UntypedServiceImplementation = {};
  // Calls still running, each with a way to end it with UNAVAILABLE when the grace period is over.
  const inFlight = new Set<() => void>();
  for (const method of Object.keys(definition)) {
    const wrapped = chain.reduceRight<AsyncHandler<unknown, unknown>>((next, interceptor) => interceptor(next), handlers[method]!);
    implementation[method] = (call: grpc.ServerUnaryCall<unknown, unknown>, callback: grpc.sendUnaryData<unknown>) => {
      const observed = observeServerCall(options.telemetry, serviceName, method, call.metadata);
      const deadline = call.getDeadline();
      const context: CallContext = {
        requestId: metadataValue(call.metadata, "x-request-id") || randomUUID(),
        token: bearerToken(call.metadata),
        deadline: deadline instanceof Date ? deadline : Number.isFinite(deadline) ? new Date(deadline) : undefined,
        method,
        fromNode: isNodePeer(call, tls),
      };
      let answered = false;
      const answer = (error: Partial<grpc.StatusObject> | null, response?: unknown) => {
        if (answered) return;
        answered = true;
        inFlight.delete(cutOff);
        observed.done(error?.code ?? grpc.status.OK);
        callback(error, response);
      };
      const cutOff = () => answer({ code: grpc.status.UNAVAILABLE, details: "The service is shutting down; the call was cut off." });
      inFlight.add(cutOff);
      observed.run(() => callScope.run({ deadline: context.deadline, requestId: context.requestId }, () => wrapped(call.request, context))).then(
        (response) => answer(null, response),
        (error: unknown) => {
          const { code, details = "", metadata } = toServiceError(error);
          answer({ code, details, metadata });
        },
      );
    };
  }
  server.addService(definition, implementation);

  // grpc.health.v1.Health (Check, List, Watch) following the database.
  const health = new HealthImplementation({ "": "NOT_SERVING", [serviceName]: "NOT_SERVING" });
  health.addToServer(server);
  const reflectionDefinition = protoLoader.loadSync(join(PROTO_ROOT, PROTO_FILES[service]), PROTO_LOADER_OPTIONS);
  new ReflectionService(reflectionDefinition).addToServer(server);

  const port = await bind(server, options.host ?? "127.0.0.1", options.port, tls ? serverCredentials(tls) : grpc.ServerCredentials.createInsecure());
  const healthServer = options.healthPort === undefined ? undefined : new grpc.Server(serverOptions(service));
  let healthPort: number | undefined;
  if (healthServer) {
    health.addToServer(healthServer);
    healthPort = await bind(healthServer, options.host ?? "127.0.0.1", options.healthPort!, grpc.ServerCredentials.createInsecure()).catch((error) => {
      server.forceShutdown();
      throw error;
    });
  }

  let current: ServingStatus | undefined;
  const setServing = (ready: boolean) => {
    const status = ready ? "SERVING" : "NOT_SERVING";
    if (status === current) return;
    current = status;
    options.telemetry?.metrics?.ready.set(ready ? 1 : 0);
    health.setStatus("", status);
    health.setStatus(serviceName, status);
  };
  let stopping: Promise<void> | undefined;
  const refreshHealth = async () => {
    let ready = false;
    try {
      ready = options.checkReady ? await options.checkReady() : true;
    } catch {
      ready = false;
    }
    // A probe still in flight when shutdown began must not report SERVING again.
    setServing(ready && !stopping);
  };
  await refreshHealth();
  const healthTimer = setInterval(refreshHealth, 1000);

  const shutdown = (graceMs = 10_000) => {
    stopping ??= (async () => {
      clearInterval(healthTimer);
      setServing(false);
      healthServer?.forceShutdown();
      await new Promise<void>((resolve) => {
        const force = setTimeout(() => {
          for (const cutOff of [...inFlight]) cutOff();
          server.forceShutdown();
          resolve();
        }, graceMs);
        server.tryShutdown(() => {
          clearTimeout(force);
          resolve();
        });
      });
      await options.onShutdown?.();
    })();
    return stopping;
  };

  logger.info("listening", { service: serviceName, host: options.host ?? "127.0.0.1", port, tls: Boolean(tls), ...(healthPort === undefined ? {} : { healthPort }) });
  return { port, healthPort, shutdown };
}

/** Narrows a context to a signed-in caller, or throws UNAUTHENTICATED. */
export function requireCaller(context: CallContext): AuthedContext {
  if (!context.claims || !context.token) throw new AppError("UNAUTHENTICATED", "Sign in to continue.");
  return context as AuthedContext;
}

/** Requires the caller to have one of the roles; refuses with PERMISSION_DENIED otherwise. */
export function requireRole(context: CallContext, ...roles: Claims["role"][]): AuthedContext {
  const caller = requireCaller(context);
  if (!roles.includes(caller.claims.role)) throw new AppError("PERMISSION_DENIED", `This needs the ${roles.map((r) => r.toLowerCase()).join(" or ")} role.`);
  return caller;
}
