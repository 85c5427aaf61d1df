import { inArray } from "drizzle-orm";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import * as schema from "../../db/auth/schema";
import { ConfigError, DEMO_PASSWORD, type Config } from "../shared/config";
import type { AuthServiceHandlers } from "../generated/proto/edustream/auth/v1/AuthService";
import { runNodeMain } from "../shared/run-node";
import { startServiceNode } from "../shared/service-node";
import { loadPrivateKey } from "../shared/tokens";
import { authHandlers, NODE_ONLY_METHODS, PUBLIC_METHODS } from "./handlers";
import { AuthService } from "./service";
import { LmsClients } from "./lms-clients";
import { SsoSignIn } from "./sso";
import { authMetrics } from "./metrics";

/** Starts the auth node (port from config unless given; tests pass 0). */
export function startAuthNode(config: Config, port?: number) {
  const privateKey = loadPrivateKey(config);
  let service: AuthService | undefined;
  return startServiceNode<typeof schema, AuthServiceHandlers>(
    config,
    {
      service: "auth",
      database: "auth",
      schema,
      publicMethods: PUBLIC_METHODS,
      nodeOnlyMethods: NODE_ONLY_METHODS,
      acceptPasswordChangeTokens: true,
      handlers: async ({ database, telemetry }) => {
        if (config.mode === "production") await refuseDemoAccounts(database.db);
        const metrics = authMetrics(telemetry.metrics);
        service = new AuthService(database.db, config, privateKey, metrics);
        return authHandlers(service, new SsoSignIn(database.db, config, service, metrics), new LmsClients(database.db, config, privateKey, service));
      },
      // Auth reads its own table instead of calling itself.
      pollRevocations: async () => (service ? (await service.listRevokedSubjects()).subjects : []),
    },
    port,
  );
}

/**
 * A production node over demo data would let anyone in with the published demo password: the
 * auth node refuses to start when a demo account still has it.
 */
async function refuseDemoAccounts(db: PostgresJsDatabase<typeof schema>) {
  const rows = await db.select({ username: schema.users.username, hash: schema.users.passwordHash }).from(schema.users).where(inArray(schema.users.username, ["admin", "faculty1", "student1"]));
  for (const row of rows) {
    if (await Bun.password.verify(DEMO_PASSWORD, row.hash)) {
      throw new ConfigError("EDUSTREAM_ENV", `is production but the account "${row.username}" has the demo password: this database holds demo data (use a fresh database, or EDUSTREAM_ENV=demo)`);
    }
  }
}

if (import.meta.main) await runNodeMain("auth", (config) => startAuthNode(config));
