import type { Config } from "../shared/config";
import { stopGracefully } from "../shared/http";
import { runNodeMain } from "../shared/run-node";
import { createLogger } from "../shared/logger";
import { loadPublicKey, TokenVerifier } from "../shared/tokens";
import { createViewApp } from "./app";
import { Gateway } from "./gateway";

/** Starts the view server on its port (0 for any free port). */
export function startView(config: Config, port = config.ports.view) {
  const logger = createLogger("view", config.logLevel);
  const deps = {
    config,
    gateway: new Gateway(config.addresses.gateway, config.grpcDeadlineMs + 1000),
    verifier: new TokenVerifier(loadPublicKey(config), config),
  };
  const app = createViewApp(deps, logger).listen({ port, hostname: process.env.VIEW_HOST || "0.0.0.0", reusePort: true });
  logger.info("listening", { port: app.server?.port });
  return {
    app,
    logger,
    port: app.server!.port!,
    /** Stops accepting connections and lets requests in flight finish. */
    shutdown: () => stopGracefully(app),
  };
}

if (import.meta.main) await runNodeMain("view", (config) => startView(config));
