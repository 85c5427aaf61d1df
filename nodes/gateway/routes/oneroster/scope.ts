// What the OneRoster route files share: who may call (an LMS client holding the scope, or an
// admin for reads), the collection query parameters, and the answer of a collection or a record.
import { Elysia, t } from "elysia";
import { clientMay, NEEDS, type Access } from "../../../shared/oneroster/scopes";
import { applyQuery, OneRosterError, pagingHeaders, pick, selectedFields, type CollectionQuery } from "../../../shared/oneroster/collection";
import { bearerToken, gatewayContext, type Caller, type GatewayDeps } from "../../context";

/** The OpenAPI tag of the binding's routes. */
export const tags = ["oneroster"];

/**
 * Refuses callers without the access: an LMS client needs one of its scopes; an admin may read
 * (rostering and gradebook reads, the CSV bundle) but writes no result. 401 without a token.
 */
export async function requireAccess(deps: GatewayDeps, request: Request, access: Access): Promise<void> {
  const claims = await deps.verifier.verify(bearerToken(request));
  if (clientMay(claims, access)) return;
  if (claims.role === "ADMIN" && access !== "gradebookWrite") return;
  throw new OneRosterError(403, "forbidden", claims.role === "LMS" ? `This token lacks the scope ${NEEDS[access][0]}.` : "Only LMS clients with a OneRoster scope, and admins for reads, may use this.");
}

/** A OneRoster instance under `prefix` whose routes need `access` (checked before anything else). */
export function oneRosterScope<const Prefix extends string>(deps: GatewayDeps, prefix: Prefix, access: Access) {
  return new Elysia({ prefix, tags } as { prefix: Prefix })
    .use(gatewayContext(deps))
    .onTransform(({ request }) => requireAccess(deps, request, access))
    .guard({ auth: true, detail: { security: [{ bearer: [] }] } });
}

const param = (name: string, description: string, maxLength = 200) => t.Optional(t.String({ maxLength, description, error: `${name} must be at most ${maxLength} characters.` }));

/** The collection parameters of the binding. */
export const CollectionParams = t.Object({
  limit: param("limit", "Records per page (1-1000, default 100).", 10),
  offset: param("offset", "Records to skip (default 0).", 10),
  sort: param("sort", "A field to sort by.", 100),
  orderBy: param("orderBy", "asc (default) or desc.", 10),
  fields: param("fields", "Comma-separated fields to return (default all).", 1000),
  filter: param("filter", "Predicates field<op>'value' (op: = != > >= < <= ~), joined by AND or OR.", 1000),
});

/** Parameters of a one-record read: fields only. */
export const RecordParams = t.Object({ fields: param("fields", "Comma-separated fields to return (default all).", 1000) });

/** Path parameters: one sourcedId. */
export const SourcedIdParams = t.Object({ id: t.String({ minLength: 1, maxLength: 200, description: "The record's sourcedId.", error: "sourcedId must be 1-200 characters." }) });

type Row = Record<string, unknown>;

/** The answer of a collection read: `{ [name]: page }`, with X-Total-Count and Link headers. */
export function collection(name: string, rows: Row[], query: CollectionQuery, known: readonly string[], filterable: readonly string[], request: Request, headers: Record<string, unknown>) {
  const { page, total, limit, offset } = applyQuery(rows, query, known, filterable);
  Object.assign(headers, pagingHeaders(request.url, total, limit, offset));
  return { [name]: page };
}

/** The answer of a one-record read: `{ [name]: record }`, or 404 unknownobject. */
export function one(name: string, rows: Row[], id: string, fields: string | undefined, known: readonly string[], what: string) {
  const chosen = selectedFields(fields, known);
  const row = rows.find((r) => r.sourcedId === id);
  if (!row) throw new OneRosterError(404, "unknownobject", `There is no ${what} with sourcedId "${id.slice(0, 80)}".`);
  return { [name]: pick(row, chosen) };
}

/** What a handler registered in a loop receives. */
export interface Handler {
  query: CollectionQuery;
  params: { id?: string; lineItemId?: string };
  body: unknown;
  request: Request;
  set: { status?: number | string; headers: Record<string, unknown> };
  caller: Caller;
}

/** Routes registered in loops (one shape per collection): typed by `Handler`, not inferred by Elysia. */
export function looseRoutes(app: object) {
  return app as { get: (path: string, handler: (context: Handler) => unknown, options: object) => unknown };
}
