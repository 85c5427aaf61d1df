import type { Config } from "../shared/config";
import { stopGracefully } from "../shared/http";
import { runNodeMain } from "../shared/run-node";
import { createLogger } from "../shared/logger";
import { loadPublicKey, TokenVerifier } from "../shared/tokens";
import { createViewApp } from "./app";
import { Gateway } from "./gateway";
import { startTelemetry } from "../shared/telemetry";
import { tracedFetch } from "../shared/telemetry/http";
import { createServiceClient } from "../shared/grpc/client";
import { channelSettings } from "../shared/grpc/tls";
import { SsoClient } from "./sso";

/** Starts the view server on its port (0 for any free port). */
export function startView(config: Config, port = config.ports.view) {
  const logger = createLogger("view", config.logLevel);
  const telemetry = startTelemetry("view", config, logger);
  // With single sign-on the view talks to one service itself: auth, which opens the session of
  // the account the provider vouched for (a node-only call, so never through the public gateway).
  const sso = config.sso
    ? { client: new SsoClient(config.sso), auth: createServiceClient("auth", config.addresses.auth, config.grpcDeadlineMs, { ...channelSettings(config), telemetry }), logger }
    : undefined;
  const deps = {
    config,
    telemetry,
    gateway: new Gateway(config.addresses.gateway, config.grpcDeadlineMs + 1000, tracedFetch(telemetry)),
    verifier: new TokenVerifier(loadPublicKey(config), config),
    sso,
  };
  const app = createViewApp(deps, logger).listen({ port, hostname: process.env.VIEW_HOST || "0.0.0.0", reusePort: true });
  logger.info("listening", { port: app.server?.port });
  // The view keeps no state and calls nothing at start (the provider is discovered at the first
  // single sign-on): it can serve once it listens.
  telemetry.metrics?.ready.set(1);
  return {
    app,
    logger,
    port: app.server!.port!,
    metricsUrl: telemetry.metricsUrl,
    /** Stops accepting connections and lets requests in flight finish. */
    async shutdown() {
      await stopGracefully(app);
      sso?.auth.close();
      await telemetry.shutdown();
    },
  };
}

if (import.meta.main) await runNodeMain("view", (config) => startView(config));
