import { t } from "elysia";
import { fieldMessage } from "../../../shared/field-labels";
import type { GatewayDeps } from "../../context";
import { adminScope, IdParams, INSTANT, tags } from "./scope";

const DATE = "^\\d{4}-\\d{2}-\\d{2}$";
const TermFields = {
  code: t.String({ minLength: 1, maxLength: 20, error: fieldMessage("code", "is required: 2-20 letters, digits or dashes, e.g. 2026FA.") }),
  name: t.String({ minLength: 1, maxLength: 100, error: fieldMessage("name", "is required (1-100 characters).") }),
  starts_on: t.String({ pattern: DATE, error: fieldMessage("starts_on", "must be a date like 2026-09-01.") }),
  ends_on: t.String({ pattern: DATE, error: fieldMessage("ends_on", "must be a date like 2026-12-18.") }),
  registration_opens_at: t.String({ pattern: INSTANT, error: fieldMessage("registration_opens_at", "must be a date and time with zone, e.g. 2026-04-01T08:00:00Z.") }),
  registration_closes_at: t.String({ pattern: INSTANT, error: fieldMessage("registration_closes_at", "must be a date and time with zone, e.g. 2026-09-10T23:59:00Z.") }),
  add_drop_deadline: t.String({ pattern: INSTANT, error: fieldMessage("add_drop_deadline", "must be a date and time with zone, e.g. 2026-09-14T23:59:00Z.") }),
};

/** Admin: create, change and delete terms. */
export function adminTermRoutes(deps: GatewayDeps) {
  const { course } = deps.clients;
  return adminScope(deps)
    .post(
      "/terms",
      async ({ body, caller, set }) => {
        const result = await course.CreateTerm(body, caller);
        set.status = 201;
        return result;
      },
      {
        body: t.Object(TermFields, { additionalProperties: false }),
        detail: { summary: "Admin: create a term with its dates, registration window and add/drop deadline (times with zone, RFC 3339)", tags },
      },
    )
    .patch("/terms/:id", ({ params, body, caller }) => course.UpdateTerm({ id: params.id, ...body }, caller), {
      params: IdParams("term"),
      body: t.Partial(t.Object(TermFields, { additionalProperties: false })),
      detail: { summary: "Admin: change a term; fields left out stay as they are", tags },
    })
    .delete(
      "/terms/:id",
      async ({ params, caller, set }) => {
        await course.DeleteTerm({ id: params.id }, caller);
        set.status = 204;
      },
      { params: IdParams("term"), detail: { summary: "Admin: delete a term that has no sections (a term with sections is refused)", tags } },
    );
}
