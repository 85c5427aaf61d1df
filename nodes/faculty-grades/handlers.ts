import type { FacultyGradesServiceHandlers } from "../generated/proto/edustream/faculty_grades/v1/FacultyGradesService";
import { requireCaller, type AsyncHandlers, type CallContext } from "../shared/grpc/server";
import type { NodeContext } from "../shared/service-node";
import { grpcPeers } from "./peers";
import type { FacultyGradesService } from "./service";

/** Thin gRPC adapters: decode the request, call the service with the caller's view of the other services. */
export function facultyGradesHandlers(service: FacultyGradesService, context: Pick<NodeContext<Record<string, unknown>>, "client">): AsyncHandlers<FacultyGradesServiceHandlers> {
  const signedIn = (ctx: CallContext) => {
    const caller = requireCaller(ctx);
    return { claims: caller.claims, peers: grpcPeers(context, caller) };
  };
  return {
    // The caller's own sections with roster size and grading state.
    ListMySections: (req, ctx) => {
      const { claims, peers } = signedIn(ctx);
      return service.listMySections(claims, peers, req.term_id);
    },
    // A section's grade sheet.
    GetGradeSheet: (req, ctx) => {
      const { claims, peers } = signedIn(ctx);
      return service.getGradeSheet(claims, peers, req.section_id);
    },
    // One student's grade; audited.
    SetGrade: (req, ctx) => {
      const { claims, peers } = signedIn(ctx);
      return service.setGrade(claims, peers, { sectionId: req.section_id, studentId: req.student_id, grade: req.grade, reason: req.reason });
    },
    // CSV preview or all-or-nothing apply.
    ImportGrades: (req, ctx) => {
      const { claims, peers } = signedIn(ctx);
      return service.importGrades(claims, peers, { sectionId: req.section_id, csv: req.csv, dryRun: req.dry_run, reason: req.reason });
    },
    // Makes the section's grades visible to its students.
    ReleaseGrades: (req, ctx) => {
      const { claims, peers } = signedIn(ctx);
      return service.releaseGrades(claims, peers, req.section_id);
    },
    // The audit trail of one grade.
    GetGradeHistory: (req, ctx) => {
      const { claims, peers } = signedIn(ctx);
      return service.getGradeHistory(claims, peers, { sectionId: req.section_id, studentId: req.student_id });
    },
    // Grade counts for the section's chart.
    GetGradeDistribution: (req, ctx) => {
      const { claims, peers } = signedIn(ctx);
      return service.getGradeDistribution(claims, peers, req.section_id);
    },
  };
}
