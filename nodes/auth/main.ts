import * as schema from "../../db/auth/schema";
import type { Config } from "../shared/config";
import type { AuthServiceHandlers } from "../shared/proto-types/edustream/auth/v1/AuthService";
import { runNodeMain } from "../shared/run-node";
import { startServiceNode } from "../shared/service-node";
import { loadPrivateKey } from "../shared/tokens";
import { authHandlers, NODE_ONLY_METHODS, PUBLIC_METHODS } from "./handlers";
import { AuthService } from "./service";

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
      handlers: ({ database }) => authHandlers((service = new AuthService(database.db, config, privateKey))),
      // Auth reads its own table instead of calling itself.
      pollRevocations: async () => (service ? (await service.listRevokedSubjects()).subjects : []),
    },
    port,
  );
}

if (import.meta.main) await runNodeMain("auth", (config) => startAuthNode(config));
