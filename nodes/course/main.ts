import * as schema from "../../db/courses/schema";
import type { Config } from "../shared/config";
import { status as GrpcStatus } from "@grpc/grpc-js";
import { isServiceError } from "../shared/grpc/client";
import { downstreamError } from "../shared/grpc/downstream";
import type { CourseServiceHandlers } from "../generated/proto/edustream/course/v1/CourseService";
import { runNodeMain } from "../shared/run-node";
import { startServiceNode } from "../shared/service-node";
import { courseHandlers, PUBLIC_METHODS } from "./handlers";
import { CatalogStore } from "./catalog-store";
import { CourseCatalog } from "./courses";
import { SectionCatalog } from "./sections";
import { TermCatalog } from "./terms";

/** Starts the course (catalog) node (port from config unless given; tests pass 0). */
export function startCourseNode(config: Config, port?: number) {
  return startServiceNode<typeof schema, CourseServiceHandlers>(
    config,
    {
      service: "course",
      database: "courses",
      schema,
      publicMethods: PUBLIC_METHODS,
      handlers: (context) => {
        const auth = () => context.client("auth");
        const enrollment = () => context.client("enrollment");
        const store = new CatalogStore(context.database.db, {
          findUser: async (id, token) => {
            try {
              return (await auth().GetUser({ id }, { token })).user ?? undefined;
            } catch (error) {
              if (isServiceError(error) && error.code === GrpcStatus.NOT_FOUND) return undefined;
              throw downstreamError("auth", error);
            }
          },
          // After the commit: a failure leaves the events to the enrollment node's sweep.
          applyCatalogEvents: async (eventIds, token) => {
            try {
              return (await enrollment().ApplyCatalogEvents({ event_ids: eventIds }, { token })).events;
            } catch (error) {
              context.logger.warn("catalog events left to the enrollment node's sweep", { event_ids: eventIds, error: (error as Error).message });
              return undefined;
            }
          },
        });
        return courseHandlers({ terms: new TermCatalog(store), courses: new CourseCatalog(store), sections: new SectionCatalog(store), store });
      },
    },
    port,
  );
}

if (import.meta.main) await runNodeMain("course", (config) => startCourseNode(config));
