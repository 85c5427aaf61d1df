import * as schema from "../../db/grades/schema";
import type { Config } from "../shared/config";
import type { FacultyGradesServiceHandlers } from "../generated/proto/edustream/faculty_grades/v1/FacultyGradesService";
import { runNodeMain } from "../shared/run-node";
import { startServiceNode } from "../shared/service-node";
import { facultyGradesHandlers } from "./handlers";
import { FacultyGradesService } from "./service";

/** Starts the faculty-grades node (port from config unless given; tests pass 0). */
export function startFacultyGradesNode(config: Config, port?: number) {
  return startServiceNode<typeof schema, FacultyGradesServiceHandlers>(
    config,
    {
      service: "facultyGrades",
      database: "grades",
      schema,
      handlers: (context) => facultyGradesHandlers(new FacultyGradesService(context.database.db, config.timeZone), context),
    },
    port,
  );
}

if (import.meta.main) await runNodeMain("faculty-grades", (config) => startFacultyGradesNode(config));
