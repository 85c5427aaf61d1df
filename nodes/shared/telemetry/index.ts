import type { Tracer } from "@opentelemetry/api";
import type { Config } from "../config";
import { ConfigError } from "../config";
import type { Logger } from "../logger";
import { metricsPort, NodeMetrics, serveMetrics, type NodeName } from "./metrics";
import { startTracing } from "./tracing";

export type { NodeName } from "./metrics";

/**
 * What the shared code of a node (gRPC server and clients, HTTP apps, database pool) records to:
 * the node's metrics unless EDUSTREAM_METRICS=false, its tracer only when traces are exported.
 * Either may be absent, and recording then costs nothing.
 */
export interface Telemetry {
  node: NodeName;
  metrics?: NodeMetrics;
  tracer?: Tracer;
}

export interface RunningTelemetry extends Telemetry {
  /** Where /metrics is served (undefined with metrics off). */
  metricsUrl?: string;
  metricsPort?: number;
  /** Stops serving /metrics and sends the spans still buffered. */
  shutdown(): Promise<void>;
}

/** Starts a node's metrics (served on its metrics port) and tracing, as the configuration says. */
export function startTelemetry(node: NodeName, config: Config, logger: Logger): RunningTelemetry {
  const metrics = config.metrics.enabled ? new NodeMetrics(node) : undefined;
  let server: ReturnType<typeof serveMetrics> | undefined;
  if (metrics) {
    const port = metricsPort(node, config.metrics);
    try {
      server = serveMetrics(metrics, config.metrics.host, port);
    } catch (error) {
      throw new ConfigError("EDUSTREAM_METRICS_PORT", `names a port the ${node} node cannot serve its metrics on (${config.metrics.host}:${port}: ${(error as Error).message}); choose another, or set EDUSTREAM_METRICS=false`);
    }
  }
  const tracing = config.tracing ? startTracing(`edustream-${node}`, config.tracing) : undefined;
  const metricsUrl = server ? `http://${config.metrics.host}:${server.port}/metrics` : undefined;
  logger.info("telemetry", { metrics: metricsUrl ?? "off", traces: config.tracing ? `${config.tracing.endpoint} (${config.tracing.sampler}, ${config.tracing.ratio})` : "off" });
  return {
    node,
    metrics,
    tracer: tracing?.tracer,
    metricsUrl,
    metricsPort: server?.port,
    async shutdown() {
      await server?.stop(true);
      await tracing?.shutdown().catch(() => {});
    },
  };
}
