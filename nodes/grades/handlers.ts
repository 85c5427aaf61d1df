import type { GradesServiceHandlers } from "../shared/proto-types/edustream/grades/v1/GradesService";
import { callDownstream } from "../shared/grpc/downstream";
import { requireCaller, type AsyncHandlers } from "../shared/grpc/server";
import type { NodeContext } from "../shared/service-node";
import type { GradesService } from "./service";

/** Methods callable without an access token: the scale is public reference data. */
export const PUBLIC_METHODS = ["GetGradeScale"] as const;

/** Thin gRPC adapters: decode the request, call the service, return its answer. */
export function gradesHandlers(service: GradesService, context: Pick<NodeContext<Record<string, unknown>>, "client">): AsyncHandlers<GradesServiceHandlers> {
  return {
    // The grade scale.
    GetGradeScale: () => service.getGradeScale(),
    // The calling student's released grades and GPA.
    ListMyGrades: (req, ctx) => service.listMyGrades(requireCaller(ctx).claims, req.term_id),
    // A transcript: own, or any student's for an admin (who must name an existing user).
    GetTranscript: (req, ctx) => {
      const caller = requireCaller(ctx);
      const userExists = async (id: string) => {
        await callDownstream("auth", context.client("auth").GetUser({ id }, { token: caller.token, requestId: ctx.requestId }));
      };
      return service.getTranscript(caller.claims, req.student_id, userExists);
    },
    // Passed courses, for prerequisite checks.
    ListCompletedCourses: (req, ctx) => service.listCompletedCourses(requireCaller(ctx).claims, req.student_id),
  };
}
