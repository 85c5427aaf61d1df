import { nodeDatabaseUrl, type Config } from "./config";
import { assertNotSuperuser, openDatabase, type Database } from "./db";
import { ClientRegistry, type ServiceClient } from "./grpc/client";
import { startGrpcServer, type AsyncHandlers, type RunningGrpcServer } from "./grpc/server";
import type { ServiceKey } from "./grpc/proto";
import { channelSettings } from "./grpc/tls";
import { createLogger, type Logger } from "./logger";
import { checkRequestLimits } from "./request-limits";
import { startTelemetry, type NodeName, type Telemetry } from "./telemetry";
import { loadPublicKey, TokenVerifier } from "./tokens";

/** Everything a service's handlers may need, built once at start. */
export interface NodeContext<S extends Record<string, unknown>> {
  config: Config;
  database: Database<S>;
  logger: Logger;
  verifier: TokenVerifier;
  /** The node's metrics (absent with EDUSTREAM_METRICS=false) and tracer (absent unless traces are exported). */
  telemetry: Telemetry;
  /** A typed client of another service (created on first use, shared). */
  client<K extends ServiceKey>(service: K): ServiceClient<K>;
}

export interface ServiceNodeOptions<S extends Record<string, unknown>, H> {
  service: ServiceKey;
  database: keyof Config["databases"];
  schema: S;
  publicMethods?: readonly string[];
  /** Methods only another node may call (a node certificate with TLS, loopback without). */
  nodeOnlyMethods?: readonly string[];
  /** Builds the handlers from the context. */
  handlers(context: NodeContext<S>): AsyncHandlers<H> | Promise<AsyncHandlers<H>>;
  /** Runs at shutdown, after the calls in flight and before the database closes (stops the node's background work). */
  onShutdown?: () => Promise<void>;
  /** Accept password-change-only tokens (the auth node, whose handlers check each method). */
  acceptPasswordChangeTokens?: boolean;
  /** Whether this node reads the revocation list from the auth service (all but auth itself). */
  pollRevocations?: (context: NodeContext<S>) => Promise<Array<{ user_id: string; not_before: string }>>;
}

export interface RunningServiceNode extends RunningGrpcServer {
  logger: Logger;
  /** The node's name (as in logs and the metrics' `node` label). */
  node: NodeName;
  /** Where the node serves /metrics (undefined with metrics off). */
  metricsUrl?: string;
}

/** The node name of a service key, as in logs, PM2 and the `node` label of metrics. */
export function nodeName(service: ServiceKey): NodeName {
  return service === "facultyGrades" ? "faculty-grades" : service;
}

/**
 * Starts one gRPC service node: config, database pool, token verifier kept in step with the
 * auth service's list of disabled accounts, the shared gRPC bootstrap, and clean shutdown.
 */
export async function startServiceNode<S extends Record<string, unknown>, H>(
  config: Config,
  options: ServiceNodeOptions<S, H>,
  port = config.ports[options.service],
): Promise<RunningServiceNode> {
  const logger = createLogger(options.service, config.logLevel);
  const telemetry = startTelemetry(nodeName(options.service), config, logger);
  const database = openDatabase(nodeDatabaseUrl(config, options.service, options.database), options.schema, config.dbPoolSize, { pooled: Boolean(config.dbPoolerUrl), telemetry });
  if (config.mode === "production") {
    await assertNotSuperuser(database.sql, options.service).catch(async (error) => {
      await Promise.all([database.close(), telemetry.shutdown()]);
      throw error;
    });
  }
  const verifier = new TokenVerifier(loadPublicKey(config), config, undefined, options.acceptPasswordChangeTokens ?? false);
  const settings = { ...channelSettings(config), telemetry };
  const clients = new ClientRegistry(config.addresses, config.grpcDeadlineMs, settings);
  const context: NodeContext<S> = {
    config,
    database,
    logger,
    verifier,
    telemetry,
    client: (service) => clients.get(service),
  };

  const poll = options.pollRevocations ?? ((ctx: NodeContext<S>) => ctx.client("auth").ListRevokedSubjects({}, { deadlineMs: 1000 }).then((r) => r.subjects));
  const revocations = verifier.revocations.follow(
    () => poll(context),
    () => logger.debug("revocation list not refreshed: auth unreachable"),
  );
  telemetry.metrics?.observeRevocationList(() => verifier.revocations.refreshedAt);
  await revocations.ready;

  const running = await startGrpcServer<H>({
    service: options.service,
    handlers: withRequestLimits(await options.handlers(context)),
    port,
    host: config.grpc.host,
    tls: settings.tls,
    publicMethods: options.publicMethods,
    nodeOnlyMethods: options.nodeOnlyMethods,
    verifier,
    logger,
    telemetry,
    checkReady: database.ping,
    healthPort: config.grpc.healthPort,
    onShutdown: async () => {
      await options.onShutdown?.();
      revocations.stop();
      clients.closeAll();
      await database.close();
      await telemetry.shutdown();
    },
  });
  return { ...running, logger, node: telemetry.node, metricsUrl: telemetry.metricsUrl };
}

/** Every handler checks the length of each text field of its request first (request-limits.ts). */
function withRequestLimits<H>(handlers: AsyncHandlers<H>): AsyncHandlers<H> {
  const wrapped: Record<string, (request: unknown, context: unknown) => Promise<unknown>> = {};
  for (const [method, handler] of Object.entries(handlers as Record<string, (request: unknown, context: unknown) => Promise<unknown>>)) {
    wrapped[method] = async (request, context) => {
      checkRequestLimits(request);
      return handler(request, context);
    };
  }
  return wrapped as AsyncHandlers<H>;
}
