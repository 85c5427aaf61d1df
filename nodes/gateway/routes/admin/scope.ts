// What every admin route file shares: the admin-only scope and the common parameter schemas.
import { Elysia, t } from "elysia";
import { AppError } from "../../../shared/errors";
import { fieldMessage } from "../../../shared/field-labels";
import { bearerToken, gatewayContext, type GatewayDeps } from "../../context";

/** The OpenAPI tag of every admin route. */
export const tags = ["admin"];

/** An RFC 3339 date and time with zone, as a schema pattern. */
export const INSTANT = "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$";

/** Path parameters of one object, its id a UUID. */
export const IdParams = (what: string) => t.Object({ id: t.String({ format: "uuid", error: fieldMessage("id", `must be a ${what} id (UUID).`) }) });
export const PageSize = t.Optional(t.Numeric({ minimum: 1, maximum: 200, multipleOf: 1, error: fieldMessage("page_size", "must be a whole number from 1 to 200.") }));
export const PageToken = t.Optional(t.String({ maxLength: 200, error: fieldMessage("page_token", "must be the next page token of a previous response.") }));

/** Refuses everyone but admins, before the request body is even looked at. */
async function requireAdmin(deps: GatewayDeps, request: Request) {
  const claims = await deps.verifier.verify(bearerToken(request));
  if (claims.role !== "ADMIN") throw new AppError("PERMISSION_DENIED", "Only administrators may do this.");
}

/** An `/api/v1` instance whose routes (added after this) are for signed-in admins only. */
export function adminScope(deps: GatewayDeps) {
  return new Elysia({ prefix: "/api/v1", tags } as { prefix: "/api/v1" })
    .use(gatewayContext(deps))
    .onTransform(({ request }) => requireAdmin(deps, request))
    .guard({ auth: true, detail: { security: [{ bearer: [] }] } });
}
