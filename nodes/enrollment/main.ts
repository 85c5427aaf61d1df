import * as schema from "../../db/courses/schema";
import type { Config } from "../shared/config";
import { callDownstream } from "../shared/grpc/downstream";
import type { EnrollmentServiceHandlers } from "../generated/proto/edustream/enrollment/v1/EnrollmentService";
import { runNodeMain } from "../shared/run-node";
import { startServiceNode } from "../shared/service-node";
import { enrollmentHandlers } from "./handlers";
import { SectionFactsCache } from "./section-facts";
import { RosterService } from "./rosters";
import { EnrollmentService, type EnrollmentDependencies } from "./service";

/** Starts the enrollment node (port from config unless given; tests pass 0). */
export function startEnrollmentNode(config: Config, port?: number) {
  return startServiceNode<typeof schema, EnrollmentServiceHandlers>(
    { ...config, dbPoolSize: config.enrollmentDbPoolSize },
    {
      service: "enrollment",
      database: "courses",
      schema,
      handlers: (context) => {
        const facts = new SectionFactsCache(context.database.sql);
        const deps: EnrollmentDependencies = {
          passedCourseIds: async (studentId, { token, requestId }) => {
            const { courses } = await callDownstream("grades", context.client("grades").ListCompletedCourses({ student_id: studentId }, { token, requestId }));
            return new Set(courses.filter((c) => c.passed).map((c) => c.course_id));
          },
          users: async (ids, { token, requestId }) => (await callDownstream("auth", context.client("auth").BatchGetUsers({ ids, usernames: [] }, { token, requestId }))).users,
        };
        const service = new EnrollmentService(context.database.db, context.database.sql, facts, deps, config.creditLimit, config.timeZone);
        return enrollmentHandlers(service, new RosterService(context.database.db, context.database.sql, facts, deps));
      },
    },
    port,
  );
}

if (import.meta.main) await runNodeMain("enrollment", (config) => startEnrollmentNode(config));
