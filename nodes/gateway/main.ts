import type { Config } from "../shared/config";
import { stopGracefully } from "../shared/http";
import { runNodeMain } from "../shared/run-node";
import { createLogger } from "../shared/logger";
import { createGatewayApp } from "./app";
import { createGatewayDeps } from "./context";
import { serviceReadiness } from "./routes/health";
import { startTelemetry } from "../shared/telemetry";

/** Starts the gateway on its port (0 for any free port); returns the app and a stop function. */
export function startGateway(config: Config, port = config.ports.gateway) {
  const logger = createLogger("gateway", config.logLevel);
  const telemetry = startTelemetry("gateway", config, logger);
  const deps = createGatewayDeps(config, telemetry);
  telemetry.metrics?.observeReadiness(async () => (await serviceReadiness(deps)).ready);
  telemetry.metrics?.observeRevocationList(() => deps.verifier.revocations.refreshedAt);
  const revocations = deps.verifier.revocations.follow(
    () => deps.clients.auth.ListRevokedSubjects({}, { deadlineMs: 1000 }).then((r) => r.subjects),
    () => logger.debug("revocation list not refreshed: auth unreachable"),
  );
  const app = createGatewayApp(deps, logger).listen({ port, hostname: process.env.GATEWAY_HOST || "0.0.0.0", reusePort: true });
  logger.info("listening", { port: app.server?.port });
  return {
    app,
    deps,
    logger,
    port: app.server!.port!,
    metricsUrl: telemetry.metricsUrl,
    /** Stops accepting connections, lets requests in flight finish, closes the clients. */
    async shutdown() {
      revocations.stop();
      await stopGracefully(app);
      for (const client of Object.values(deps.clients)) client.close();
      await telemetry.shutdown();
    },
  };
}

if (import.meta.main) await runNodeMain("gateway", (config) => startGateway(config));
