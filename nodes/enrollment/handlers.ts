import type { EnrollmentServiceHandlers } from "../generated/proto/edustream/enrollment/v1/EnrollmentService";
import { requireCaller, type AsyncHandlers } from "../shared/grpc/server";
import type { RosterService } from "./rosters";
import type { EnrollmentService } from "./service";

/** Thin gRPC adapters: decode the request, call the service, return its answer. */
export function enrollmentHandlers(service: EnrollmentService, rosters: RosterService): AsyncHandlers<EnrollmentServiceHandlers> {
  return {
    // The calling student takes a seat or joins the waitlist.
    Enroll: (req, ctx) => service.enroll(requireCaller(ctx), { sectionId: req.section_id, idempotencyKey: req.idempotency_key, noWaitlist: req.no_waitlist }),
    // The calling student drops a section or leaves a waitlist.
    Drop: (req, ctx) => service.drop(requireCaller(ctx), req.enrollment_id, req.withdraw),
    // The calling student's schedule in a term.
    ListMyEnrollments: (req, ctx) => service.listMyEnrollments(requireCaller(ctx), { termId: req.term_id, includeDropped: req.include_dropped }),
    // Instructor or admin: a section's roster and waitlist.
    GetRoster: (req, ctx) => rosters.getRoster(requireCaller(ctx), req.section_id),
    // Staff: seat numbers of several sections.
    BatchGetRosterSizes: (req, ctx) => rosters.batchGetRosterSizes(requireCaller(ctx), req.section_ids),
    // Admin: change a section's capacity.
    ResizeSection: (req, ctx) => service.resizeSection(requireCaller(ctx), { sectionId: req.section_id, capacity: req.capacity }),
    // Admin: cancel a cancelled section's enrollments.
    CancelSectionEnrollments: (req, ctx) => service.cancelSectionEnrollments(requireCaller(ctx), req.section_id),
    // Instructor or admin: make a roster final before its grades are released.
    FinalizeRoster: (req, ctx) => rosters.finalizeRoster(requireCaller(ctx), req.section_id),
    // The student or an admin: a student's withdrawals, for the transcript.
    ListWithdrawals: (req, ctx) => rosters.listWithdrawals(requireCaller(ctx), req.student_id),
  };
}
