import { ConfigError, loadConfigOrExit, type Config } from "./config";
import { isDatabaseConnectionLoss } from "./db";
import type { Logger } from "./logger";

/** What every node returns from its start function. */
export interface RunningNode {
  logger: Logger;
  /** Stops taking new work, finishes work in flight, releases resources. */
  shutdown(): Promise<void>;
}

/**
 * The entry point of every node's main.ts: reads and validates the configuration, starts the
 * node, and shuts it down gracefully on SIGTERM/SIGINT. A bad setting stops the process with
 * exit code 78 and a message naming the variable; any other start failure with code 1.
 */
export async function runNodeMain(name: string, start: (config: Config) => RunningNode | Promise<RunningNode>): Promise<void> {
  process.env.EDUSTREAM_NODE ??= name;
  const config = loadConfigOrExit();
  let running: RunningNode;
  try {
    running = await start(config);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(78);
    }
    console.error(`${name} failed to start: ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(1);
  }
  const stop = (signal: string) => {
    running.logger.info("shutting down", { signal });
    running.shutdown().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  // When the server ends its connections, the driver can reject a statement that no caller is
  // awaiting any more (its call already failed or timed out), or raise the server's farewell from
  // its socket handler; seen as a crash when every backend was terminated under load. That loss
  // is survived like any other (the pool reconnects), so it is logged, not a reason to exit; any
  // other unhandled error still stops the node.
  const unhandled = (kind: string) => (reason: unknown) => {
    const error = reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason);
    if (isDatabaseConnectionLoss(reason)) return running.logger.warn(`database connection lost (${kind} ignored)`, { error });
    running.logger.error(`${kind}: stopping`, { error: reason instanceof Error ? (reason.stack ?? error) : error });
    process.exit(1);
  };
  process.on("unhandledRejection", unhandled("unhandled rejection"));
  process.on("uncaughtException", unhandled("uncaught exception"));
  process.once("SIGTERM", () => stop("SIGTERM"));
  process.once("SIGINT", () => stop("SIGINT"));
}
