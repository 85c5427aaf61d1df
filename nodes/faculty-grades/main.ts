import * as schema from "../../db/grades/schema";
import type { Config } from "../shared/config";
import type { FacultyGradesServiceHandlers } from "../generated/proto/edustream/faculty_grades/v1/FacultyGradesService";
import { runNodeMain } from "../shared/run-node";
import { startServiceNode } from "../shared/service-node";
import { facultyGradesHandlers } from "./handlers";
import { FacultyGradesService } from "./service";
import { emailEnabled, startMailSender } from "../shared/notifications/node";

/** Starts the faculty-grades node (port from config unless given; tests pass 0). */
export function startFacultyGradesNode(config: Config, port?: number) {
  let stopMailing = async () => {};
  return startServiceNode<typeof schema, FacultyGradesServiceHandlers>(
    config,
    {
      service: "facultyGrades",
      database: "grades",
      schema,
      handlers: (context) => {
        // Released grades are mailed from this node's outbox (the release writes it).
        stopMailing = startMailSender(context);
        return facultyGradesHandlers(new FacultyGradesService(context.database.db, config.timeZone, emailEnabled(config)), context);
      },
      onShutdown: () => stopMailing(),
    },
    port,
  );
}

if (import.meta.main) await runNodeMain("faculty-grades", (config) => startFacultyGradesNode(config));
