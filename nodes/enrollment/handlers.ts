import type { EnrollmentServiceHandlers } from "../generated/proto/edustream/enrollment/v1/EnrollmentService";
import { requireCaller, type AsyncHandlers } from "../shared/grpc/server";
import type { CalendarService } from "./calendar";
import type { CatalogEvents } from "./catalog-events";
import type { RosterService } from "./rosters";
import type { EnrollmentService } from "./service";
import { notificationHandlers } from "../shared/notifications/node";
import type { NotificationStore } from "../shared/notifications/store";
import type { HoldService } from "./holds";
import type { AppointmentService } from "./appointments";
import type { PlanService } from "./plan";
import type { SwapService } from "./swap";

/** Thin gRPC adapters: decode the request, call the service, return its answer. */
export function enrollmentHandlers(
  service: EnrollmentService,
  rosters: RosterService,
  events: CatalogEvents,
  holds: HoldService,
  appointments: AppointmentService,
  calendar: CalendarService,
  notifications: NotificationStore,
  plans: PlanService,
  swaps: SwapService,
): AsyncHandlers<EnrollmentServiceHandlers> {
  return {
    // The caller's waitlist promotions and skips: list, mark read.
    ...notificationHandlers(notifications),
    // The calling student takes a seat or joins the waitlist.
    Enroll: (req, ctx) => service.enroll(requireCaller(ctx), { sectionId: req.section_id, idempotencyKey: req.idempotency_key, noWaitlist: req.no_waitlist }),
    // The calling student's view of a section: their place in it and its registration summary.
    GetRegistrationSummary: (req, ctx) => service.getRegistrationSummary(requireCaller(ctx), req.section_id),
    // The calling student drops a section or leaves a waitlist.
    Drop: (req, ctx) => service.drop(requireCaller(ctx), req.enrollment_id, req.withdraw),
    // The calling student's schedule in a term.
    ListMyEnrollments: (req, ctx) => service.listMyEnrollments(requireCaller(ctx), { termId: req.term_id, includeDropped: req.include_dropped }),
    // Instructor or admin: a section's roster and waitlist.
    GetRoster: (req, ctx) => rosters.getRoster(requireCaller(ctx), req.section_id),
    // Admin or LMS client (roster scope): places in sections, for OneRoster.
    ListEnrollments: (req, ctx) =>
      rosters.listEnrollments(requireCaller(ctx), { termId: req.term_id, sectionId: req.section_id, pageSize: req.page_size, pageToken: req.page_token }),
    // Staff: seat numbers of several sections.
    BatchGetRosterSizes: (req, ctx) => rosters.batchGetRosterSizes(requireCaller(ctx), req.section_ids),
    // Admin, through the course node after its commit: apply the catalog's pending events.
    ApplyCatalogEvents: (req, ctx) => events.applyCatalogEvents(requireCaller(ctx), req.event_ids),
    // Instructor or admin: make a roster final before its grades are released.
    FinalizeRoster: (req, ctx) => rosters.finalizeRoster(requireCaller(ctx), req.section_id),
    // The student or an admin: a student's withdrawals, for the transcript.
    ListWithdrawals: (req, ctx) => rosters.listWithdrawals(requireCaller(ctx), req.student_id),
    // The calling student: their enrolled sections of a term with its dates (iCalendar export).
    GetCalendar: (req, ctx) => calendar.getCalendar(requireCaller(ctx), req.term_id),
    // The gateway (node only, no user token): the calendar a subscription secret opens.
    GetCalendarByFeed: (req) => calendar.getCalendarByFeed(req.token),
    // The calling student: whether they have a calendar subscription.
    GetCalendarFeed: (_req, ctx) => calendar.getFeed(requireCaller(ctx)),
    // The calling student: a new subscription secret, replacing the old one.
    CreateCalendarFeed: (_req, ctx) => calendar.createFeed(requireCaller(ctx)),
    // The calling student: revoke their subscription.
    RevokeCalendarFeed: (_req, ctx) => calendar.revokeFeed(requireCaller(ctx)),
    // The student or an admin: a student's holds.
    ListHolds: (req, ctx) => holds.listHolds(requireCaller(ctx), { studentId: req.student_id, includeLifted: req.include_lifted }),
    // Admin: place a hold on a student.
    PlaceHold: (req, ctx) => holds.placeHold(requireCaller(ctx), { studentId: req.student_id, kind: req.kind, reason: req.reason, contact: req.contact }),
    // Admin: lift a hold.
    LiftHold: (req, ctx) => holds.liftHold(requireCaller(ctx), req.hold_id),
    // Admin: a term's appointment groups.
    ListAppointmentGroups: (req, ctx) => appointments.listGroups(requireCaller(ctx), req.term_id),
    // Admin: add an appointment group (appointments assigned again).
    CreateAppointmentGroup: (req, ctx) => appointments.createGroup(requireCaller(ctx), { term_id: "", name: "", basis: "", min_credits: 0, standing: "", students: [], starts_at: "", ...req.group }),
    // Admin: delete an appointment group (appointments assigned again).
    DeleteAppointmentGroup: (req, ctx) => appointments.deleteGroup(requireCaller(ctx), req.group_id),
    // Admin: assign a term's appointments again.
    AssignAppointments: (req, ctx) => appointments.assign(requireCaller(ctx), req.term_id),
    // The calling student's plan for a term.
    GetPlan: async (req, ctx) => ({ plan: await plans.getPlan(requireCaller(ctx), req.term_id) }),
    // The calling student adds a section to their plan.
    AddToPlan: async (req, ctx) => ({ plan: await plans.addToPlan(requireCaller(ctx), req.section_id) }),
    // The calling student takes a section out of their plan.
    RemoveFromPlan: async (req, ctx) => ({ plan: await plans.removeFromPlan(requireCaller(ctx), req.section_id) }),
    // The calling student's plan checked: every problem at once.
    CheckPlan: (req, ctx) => plans.checkPlan(requireCaller(ctx), req.term_id),
    // The calling student registers their whole plan.
    RegisterPlan: (req, ctx) => plans.registerPlan(requireCaller(ctx), req.term_id),
    // The calling student swaps an enrolled section for another (or waits for it, dropping the first when promoted).
    Swap: (req, ctx) => swaps.swap(requireCaller(ctx), { enrollmentId: req.enrollment_id, sectionId: req.section_id, idempotencyKey: req.idempotency_key, waitlist: req.waitlist }),
  };
}
