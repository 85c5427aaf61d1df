import type { GradesServiceHandlers } from "../generated/proto/edustream/grades/v1/GradesService";
import { status as GrpcStatus } from "@grpc/grpc-js";
import { isServiceError } from "../shared/grpc/client";
import { callDownstream, downstreamError } from "../shared/grpc/downstream";
import { requireCaller, type AsyncHandlers } from "../shared/grpc/server";
import type { NodeContext } from "../shared/service-node";
import type { GradesService, Withdrawals } from "./service";
import { notificationHandlers } from "../shared/notifications/node";
import type { NotificationStore } from "../shared/notifications/store";

/** How long a grades read waits for the withdrawals: less than the reader's own deadline, so a stalled enrollment service leaves grades readable. */
const WITHDRAWALS_DEADLINE_MS = 500;

/** Methods callable without an access token: the scale is public reference data. */
export const PUBLIC_METHODS = ["GetGradeScale"] as const;

/** Thin gRPC adapters: decode the request, call the service, return its answer. */
export function gradesHandlers(service: GradesService, notifications: NotificationStore, context: Pick<NodeContext<Record<string, unknown>>, "client">): AsyncHandlers<GradesServiceHandlers> {
  /**
   * The withdrawals (W) of a student from the enrollment service, with the caller's token (it
   * checks who may see them); undefined when enrollment does not answer within a short deadline.
   */
  const withdrawalsFor =
    (token: string, requestId: string | undefined): Withdrawals =>
    async (studentId) => {
      let withdrawals;
      try {
        ({ withdrawals } = await context.client("enrollment").ListWithdrawals({ student_id: studentId }, { token, requestId, deadlineMs: WITHDRAWALS_DEADLINE_MS }));
      } catch (error) {
        if (isServiceError(error) && (error.code === GrpcStatus.UNAVAILABLE || error.code === GrpcStatus.DEADLINE_EXCEEDED)) return undefined;
        throw downstreamError("enrollment", error);
      }
      return withdrawals.map((w) => ({
        sectionId: w.section_id,
        courseId: w.course_id,
        courseCode: w.course_code,
        courseTitle: w.course_title,
        credits: w.credits,
        termId: w.term_id,
        termCode: w.term_code,
        termName: w.term_name,
        termStartsOn: w.term_starts_on,
        grade: "W",
        releasedAt: new Date(w.withdrawn_at),
      }));
    };
  return {
    // The caller's released-grade notifications: list, mark read.
    ...notificationHandlers(notifications),
    // The grade scale.
    GetGradeScale: () => service.getGradeScale(),
    // The calling student's released grades and GPA.
    ListMyGrades: (req, ctx) => {
      const caller = requireCaller(ctx);
      return service.listMyGrades(caller.claims, req.term_id, withdrawalsFor(caller.token, ctx.requestId));
    },
    // A transcript: own, or any student's for an admin (who must name an existing user).
    GetTranscript: (req, ctx) => {
      const caller = requireCaller(ctx);
      const userExists = async (id: string) => {
        await callDownstream("auth", context.client("auth").GetUser({ id }, { token: caller.token, requestId: ctx.requestId }));
      };
      return service.getTranscript(caller.claims, req.student_id, userExists, withdrawalsFor(caller.token, ctx.requestId));
    },
    // Passed courses, for prerequisite checks.
    ListCompletedCourses: (req, ctx) => service.listCompletedCourses(requireCaller(ctx).claims, req.student_id),
    // Admin: every student's credits earned, for registration appointments.
    ListCreditsEarned: (_req, ctx) => service.listCreditsEarned(requireCaller(ctx).claims),
  };
}
