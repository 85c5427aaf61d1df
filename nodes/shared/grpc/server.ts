import * as grpc from "@grpc/grpc-js";
import { service as healthService, type ServingStatus } from "grpc-health-check";
import { ReflectionService } from "@grpc/reflection";
import * as protoLoader from "@grpc/proto-loader";
import { randomUUID } from "node:crypto";
import type { IncomingHttpHeaders } from "node:http2";
import { join } from "node:path";
import { AppError, toServiceError } from "../errors";
import { callScope } from "./call-scope";
import type { Logger } from "../logger";
import type { Claims, TokenVerifier } from "../tokens";
import { PROTO_FILES, PROTO_LOADER_OPTIONS, PROTO_ROOT, SERVICE_NAMES, serviceDefinitions, type ServiceKey } from "./proto";
import { UnaryServer, type MethodCodec } from "./unary-server";

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

/** The first value of a metadata entry (repeated headers may arrive as a list). */
function metadataValue(headers: IncomingHttpHeaders, key: string): string | undefined {
  const value = headers[key];
  return Array.isArray(value) ? value[0] : value;
}

function bearerToken(headers: IncomingHttpHeaders): string | undefined {
  const value = metadataValue(headers, "authorization");
  if (value === undefined) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(value.trim());
  return match?.[1];
}

export interface GrpcServerOptions<H> {
  /** Which of the five services this is. */
  service: ServiceKey;
  /** The promise-style handlers of every method. */
  handlers: AsyncHandlers<H>;
  /** Port to listen on (0 picks a free one). */
  port: number;
  /** Host to bind, 0.0.0.0 by default. */
  host?: string;
  /** Methods callable without a token (e.g. Login). */
  publicMethods?: readonly string[];
  verifier: TokenVerifier;
  logger: Logger;
  /** Reports whether the node can serve (its database answers); polled for the health service. */
  checkReady?: () => Promise<boolean>;
  /** Work to do after the server stopped (close pools, stop timers). */
  onShutdown?: () => Promise<void>;
}

export interface RunningGrpcServer {
  port: number;
  /** Stops taking new calls, lets calls in flight finish (up to `graceMs`), then runs onShutdown. */
  shutdown(graceMs?: number): Promise<void>;
}

/**
 * The one gRPC bootstrap every service uses: its handlers wrapped with request ids, logging,
 * token verification and error mapping; the standard health service (following `checkReady`);
 * reflection; and graceful shutdown. Served by UnaryServer (unary-server.ts) on `node:http2`.
 */
export async function startGrpcServer<H>(options: GrpcServerOptions<H>): Promise<RunningGrpcServer> {
  const { service, logger } = options;
  const definition = serviceDefinitions()[service].service;
  const serviceName = SERVICE_NAMES[service];
  const publicMethods = new Set(options.publicMethods ?? []);
  const chain: Interceptor[] = [loggingInterceptor(logger), authInterceptor(options.verifier, publicMethods)];
  const server = new UnaryServer({ maxReceiveBytes: 8 * 1024 * 1024, logger });

  const handlers = options.handlers as Record<string, AsyncHandler<unknown, unknown>>;
  const missing = Object.keys(definition).filter((m) => !(m in handlers));
  if (missing.length) throw new Error(`${service}: no handler for ${missing.join(", ")}`);
  for (const [method, codec] of Object.entries(definition)) {
    const wrapped = chain.reduceRight<AsyncHandler<unknown, unknown>>((next, interceptor) => interceptor(next), handlers[method]!);
    server.unary(codec, (request, call) => {
      const context: CallContext = {
        requestId: metadataValue(call.headers, "x-request-id") || randomUUID(),
        token: bearerToken(call.headers),
        deadline: call.deadline,
        method,
      };
      return callScope.run({ deadline: context.deadline }, () => wrapped(request, context)).catch((error: unknown) => {
        const { code, details = "", metadata } = toServiceError(error);
        throw { code, details, metadata };
      });
    });
  }

  // grpc.health.v1.Health: Check and List (Watch is not served: nothing here watches).
  const servingStatus = new Map<string, ServingStatus>([
    ["", "NOT_SERVING"],
    [serviceName, "NOT_SERVING"],
  ]);
  server.unary(healthService.Check as MethodCodec<{ service: string }, { status: ServingStatus }>, async ({ service: name }) => {
    const status = servingStatus.get(name);
    if (!status) throw { code: grpc.status.NOT_FOUND, details: `Health status unknown for service ${name}` };
    return { status };
  });
  server.unary(healthService.List as MethodCodec<unknown, { statuses: Record<string, { status: ServingStatus }> }>, async () => ({
    statuses: Object.fromEntries([...servingStatus].map(([name, status]) => [name, { status }])),
  }));

  const reflectionDefinition = protoLoader.loadSync(join(PROTO_ROOT, PROTO_FILES[service]), PROTO_LOADER_OPTIONS);
  new ReflectionService(reflectionDefinition).addToServer(server);

  const port = await server.listen(options.port, options.host ?? "0.0.0.0");

  const setServing = (ready: boolean) => {
    const status = ready ? "SERVING" : "NOT_SERVING";
    servingStatus.set("", status);
    servingStatus.set(serviceName, status);
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
      await server.close(graceMs);
      await options.onShutdown?.();
    })();
    return stopping;
  };

  logger.info("listening", { service: serviceName, port });
  return { port, shutdown };
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
