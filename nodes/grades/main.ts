import * as schema from "../../db/grades/schema";
import type { Config } from "../shared/config";
import type { GradesServiceHandlers } from "../generated/proto/edustream/grades/v1/GradesService";
import { runNodeMain } from "../shared/run-node";
import { startServiceNode } from "../shared/service-node";
import { gradesHandlers, PUBLIC_METHODS } from "./handlers";
import { GradesService } from "./service";
import { NotificationStore } from "../shared/notifications/store";

/** Starts the grades node (port from config unless given; tests pass 0). */
export function startGradesNode(config: Config, port?: number) {
  return startServiceNode<typeof schema, GradesServiceHandlers>(
    config,
    {
      service: "grades",
      database: "grades",
      schema,
      publicMethods: PUBLIC_METHODS,
      handlers: (context) => gradesHandlers(new GradesService(context.database.db), new NotificationStore(context.database.sql), context),
    },
    port,
  );
}

if (import.meta.main) await runNodeMain("grades", (config) => startGradesNode(config));
