import { t } from "elysia";
import { fieldMessage } from "../../../shared/field-labels";
import { ALL_SCOPES } from "../../../shared/oneroster/scopes";
import type { GatewayDeps } from "../../context";
import { adminScope, IdParams, tags } from "./scope";

const Scope = t.Union(
  ALL_SCOPES.map((s) => t.Literal(s)),
  { error: fieldMessage("scopes", `must each be one of ${ALL_SCOPES.join(", ")}.`) },
);

/** Admin: the LMS clients of the OneRoster binding (register, list, revoke). */
export function adminLmsClientRoutes(deps: GatewayDeps) {
  const { auth } = deps.clients;
  return adminScope(deps)
    .get("/lms-clients", ({ caller }) => auth.ListLmsClients({}, caller), {
      detail: { summary: "Admin: the LMS clients registered for OneRoster (client ids and scopes; never secrets), newest first", tags },
    })
    .post(
      "/lms-clients",
      async ({ body, caller, set }) => {
        const created = await auth.CreateLmsClient(body, caller);
        set.status = 201;
        set.headers["cache-control"] = "no-store";
        return created;
      },
      {
        body: t.Object(
          {
            name: t.String({ minLength: 1, maxLength: 100, error: fieldMessage("name", "is required (1-100 characters).") }),
            scopes: t.Array(Scope, { minItems: 1, maxItems: 10, error: fieldMessage("scopes", "must list 1 to 10 OneRoster scopes.") }),
          },
          { additionalProperties: false },
        ),
        detail: {
          summary: "Admin: register an LMS as a OneRoster client with its scopes; the answer holds the client secret, shown this once (it is stored only as a hash)",
          tags,
        },
      },
    )
    .post("/lms-clients/:id/revoke", ({ params, caller }) => auth.RevokeLmsClient({ id: params.id }, caller), {
      params: IdParams("LMS client"),
      detail: { summary: "Admin: revoke an LMS client: it gets no new token, and its tokens are refused within seconds", tags },
    });
}
