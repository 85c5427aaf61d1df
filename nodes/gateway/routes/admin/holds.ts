import { t } from "elysia";
import { fieldMessage } from "../../../shared/field-labels";
import { HOLD_KINDS } from "../../../shared/registration-holds";
import type { GatewayDeps } from "../../context";
import { adminScope, IdParams, tags } from "./scope";

const HoldFields = {
  kind: t.Union(
    HOLD_KINDS.map((k) => t.Literal(k.code)),
    { error: fieldMessage("kind", `must be one of ${HOLD_KINDS.map((k) => k.code).join(", ")}.`), description: HOLD_KINDS.map((k) => `${k.code}: ${k.label}`).join("; ") },
  ),
  reason: t.String({ minLength: 1, maxLength: 500, error: fieldMessage("reason", "is required (1-500 characters): the student reads it."), description: "Why, as the student reads it." }),
  contact: t.String({ minLength: 1, maxLength: 200, error: fieldMessage("contact", "is required (1-200 characters), e.g. Bursar's Office, bursar@example.edu."), description: "Whom the student should contact to have it lifted." }),
};

/** Admin (the registrar): place and lift holds on a student (audited). */
export function adminHoldRoutes(deps: GatewayDeps) {
  const { enrollment } = deps.clients;
  return adminScope(deps)
    .post(
      "/students/:id/holds",
      async ({ params, body, caller, set }) => {
        const result = await enrollment.PlaceHold({ student_id: params.id, ...body }, caller);
        set.status = 201;
        return result;
      },
      {
        params: IdParams("student's user"),
        body: t.Object(HoldFields, { additionalProperties: false }),
        detail: {
          summary: "Admin: place a hold on a student (audited)",
          description: "201 with {hold}. A hold whose kind blocks registration refuses adding sections and joining waitlists (never dropping), naming the hold and whom to contact, until it is lifted.",
          tags,
        },
      },
    )
    .post("/holds/:id/lift", ({ params, caller }) => enrollment.LiftHold({ hold_id: params.id }, caller), {
      params: IdParams("hold"),
      detail: { summary: "Admin: lift a hold, recording who and when (audited); a hold already lifted is refused (400)", tags },
    });
}
