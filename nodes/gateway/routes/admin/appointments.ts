import { t } from "elysia";
import { fieldMessage } from "../../../shared/field-labels";
import { APPOINTMENT_BASES, CLASS_STANDINGS } from "../../../shared/registration-holds";
import type { GatewayDeps } from "../../context";
import { adminScope, IdParams, INSTANT, tags } from "./scope";

const GroupFields = {
  name: t.String({ minLength: 1, maxLength: 100, error: fieldMessage("name", "is required (1-100 characters), e.g. Seniors.") }),
  basis: t.Union(
    APPOINTMENT_BASES.map((b) => t.Literal(b.code)),
    { error: fieldMessage("basis", `must be one of ${APPOINTMENT_BASES.map((b) => b.code).join(", ")}.`), description: APPOINTMENT_BASES.map((b) => `${b.code}: ${b.label}`).join("; ") },
  ),
  min_credits: t.Optional(t.Integer({ minimum: 0, maximum: 400, error: fieldMessage("min_credits", "must be a whole number from 0 to 400."), description: "CREDITS: students with at least this many credits earned." })),
  standing: t.Optional(
    t.Union(
      CLASS_STANDINGS.map((s) => t.Literal(s.code)),
      { error: fieldMessage("standing", `must be one of ${CLASS_STANDINGS.map((s) => s.code).join(", ")}.`), description: CLASS_STANDINGS.map((s) => `${s.code}: ${s.label}`).join("; ") },
    ),
  ),
  students: t.Optional(
    t.Array(t.String({ minLength: 1, maxLength: 64, error: fieldMessage("students", "must be usernames or user ids.") }), {
      maxItems: 5000,
      error: fieldMessage("students", "must be a list of at most 5000 usernames or user ids."),
      description: "STUDENTS: usernames or user ids.",
    }),
  ),
  starts_at: t.String({ pattern: INSTANT, error: fieldMessage("starts_at", "must be a date and time with zone, e.g. 2026-08-03T08:00:00Z."), description: "When the group's students may start adding (before registration closes)." }),
};

const ASSIGNMENT_DOC = "`assignment` {students_assigned, assigned_at}: every student's appointment in the term computed again from the groups and the credits earned (grades service), in the same transaction.";

/** Admin (the registrar): a term's registration appointment groups; each change assigns the term's appointments again. */
export function adminAppointmentRoutes(deps: GatewayDeps) {
  const { enrollment } = deps.clients;
  return adminScope(deps)
    .get("/terms/:id/appointment-groups", ({ params, caller }) => enrollment.ListAppointmentGroups({ term_id: params.id }, caller), {
      params: IdParams("term"),
      detail: { summary: "Admin: a term's registration appointment groups, earliest first, with how many students each took and when appointments were last assigned", tags },
    })
    .post(
      "/terms/:id/appointment-groups",
      async ({ params, body, caller, set }) => {
        const result = await enrollment.CreateAppointmentGroup({ group: { ...body, term_id: params.id } }, caller);
        set.status = 201;
        return result;
      },
      {
        params: IdParams("term"),
        body: t.Object(GroupFields, { additionalProperties: false }),
        detail: {
          summary: "Admin: add an appointment group (audited)",
          description: `201 with {group, assignment}. A student's appointment is the earliest start of the groups that take them; one who matches none starts with the term's last group. ${ASSIGNMENT_DOC}`,
          tags,
        },
      },
    )
    .delete("/appointment-groups/:id", ({ params, caller }) => enrollment.DeleteAppointmentGroup({ group_id: params.id }, caller), {
      params: IdParams("appointment group"),
      detail: { summary: "Admin: delete an appointment group (audited)", description: `200 with {assignment}. ${ASSIGNMENT_DOC}`, tags },
    })
    .post("/terms/:id/appointments/assign", ({ params, caller }) => enrollment.AssignAppointments({ term_id: params.id }, caller), {
      params: IdParams("term"),
      detail: { summary: "Admin: assign the term's appointments again (credits earned change as grades are released)", description: "{students_assigned, assigned_at}.", tags },
    });
}
