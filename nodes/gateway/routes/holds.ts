import { Elysia, t } from "elysia";
import { fieldMessage } from "../../shared/field-labels";
import { HOLD_KINDS } from "../../shared/registration-holds";
import { gatewayContext, type GatewayDeps } from "../context";

const HOLD_DOC =
  "A hold: {id, student_id, kind, blocks_registration, reason, contact, placed_by, placed_by_name, placed_at, lifted_by, lifted_by_name, lifted_at} (lifted_* empty while in force). Kinds: " +
  HOLD_KINDS.map((k) => `${k.code} (${k.blocksRegistration ? "blocks adding and joining waitlists" : "does not block registration"})`).join(", ") +
  ".";

/** Holds on a student's record: the student's own, any student's for the registrar (placing and lifting: nodes/gateway/routes/admin/holds.ts). */
export function holdRoutes(deps: GatewayDeps) {
  const { enrollment } = deps.clients;
  return new Elysia({ prefix: "/api/v1", tags: ["registration"] } as { prefix: "/api/v1" })
    .use(gatewayContext(deps))
    .get("/me/holds", ({ caller }) => enrollment.ListHolds({ student_id: "", include_lifted: false }, caller), {
      auth: true,
      detail: { summary: "Student: my holds in force, oldest first", description: `{holds}. ${HOLD_DOC}`, tags: ["registration"], security: [{ bearer: [] }] },
    })
    .get("/students/:id/holds", ({ params, query, caller }) => enrollment.ListHolds({ student_id: params.id, include_lifted: query.include_lifted ?? false }, caller), {
      auth: true,
      params: t.Object({ id: t.String({ format: "uuid", error: fieldMessage("id", "must be a student's user id (UUID).") }) }),
      query: t.Object({ include_lifted: t.Optional(t.BooleanString({ error: fieldMessage("include_lifted", "must be true or false.") })) }, { additionalProperties: false }),
      detail: {
        summary: "The student themself or an admin: a student's holds (in force first; include_lifted=true adds the lifted ones, newest first)",
        description: `{holds}. ${HOLD_DOC}`,
        tags: ["registration"],
        security: [{ bearer: [] }],
      },
    });
}
