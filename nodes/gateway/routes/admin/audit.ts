import { t } from "elysia";
import { AppError } from "../../../shared/errors";
import { auditFilter, type AuditEventRecord, type AuditFilter, type AuditTrailEntry } from "../../../shared/audit-view";
import { encodePageToken } from "../../../shared/paging";
import { fieldMessage } from "../../../shared/field-labels";
import type { Caller, GatewayDeps } from "../../context";
import { adminScope, INSTANT, PageSize, PageToken, tags } from "./scope";

function auditEntry(source: AuditTrailEntry["source"], event: AuditEventRecord): AuditTrailEntry {
  let details: unknown = event.details;
  try {
    details = event.details ? JSON.parse(event.details) : {};
  } catch {
    // Not JSON: keep the text as it was recorded.
  }
  return { ...event, source, details };
}

/** The merged audit page token carries one offset into each trail. */
function decodeAuditToken(token: string | undefined): { accounts: number; catalog: number } {
  if (!token) return { accounts: 0, catalog: 0 };
  const match = /^a:(\d{1,9}),c:(\d{1,9})$/.exec(Buffer.from(token, "base64url").toString("utf8"));
  if (!match) throw new AppError("INVALID_ARGUMENT", fieldMessage("page_token", "is not valid: use the next page token of a previous response."), [{ field: "page_token", message: "Not a token of this list." }]);
  return { accounts: Number(match[1]), catalog: Number(match[2]) };
}

function encodeAuditToken(offsets: { accounts: number; catalog: number }): string {
  return Buffer.from(`a:${offsets.accounts},c:${offsets.catalog}`).toString("base64url");
}

/** Admin: the merged audit trail of accounts and the catalog. */
export function adminAuditRoutes(deps: GatewayDeps) {
  return adminScope(deps)
    .get("/audit", ({ query, caller }) => mergedAudit(deps, caller, query.page_size ?? 50, query.page_token, auditFilter(query)), {
      query: t.Object(
        {
          actor: t.Optional(t.String({ maxLength: 100, error: fieldMessage("actor", "must be at most 100 characters.") })),
          object: t.Optional(t.String({ maxLength: 100, error: fieldMessage("object", "must be at most 100 characters.") })),
          action: t.Optional(t.String({ pattern: "^[a-z_]{1,20}(\\.[a-z_]{1,30})?$", error: fieldMessage("action", 'must be an action such as "section.update", or a kind of object such as "section".') })),
          since: t.Optional(t.String({ pattern: INSTANT, error: fieldMessage("since", "must be a date and time with zone, e.g. 2026-04-01T00:00:00Z.") })),
          until: t.Optional(t.String({ pattern: INSTANT, error: fieldMessage("until", "must be a date and time with zone, e.g. 2026-04-02T00:00:00Z.") })),
          page_size: PageSize,
          page_token: PageToken,
        },
        { additionalProperties: false },
      ),
      detail: {
        summary:
          "Admin: the audit trail of every admin action (accounts and catalog), newest first: who, when, what, on which object (`entity_label`, e.g. CS 101-001 or student3) and the change. Filters: `actor` (part of a username), `object` (part of the object's name, optionally after its kind: \"section CS 101\", \"account student3\"), `action` (\"section.update\", or a kind: \"section\"), `since` and `until` (RFC 3339; `until` excluded).",
        tags,
      },
    });
}

/** One page of account and catalog audit events matching the filter, merged newest first; the token keeps a place in each. */
async function mergedAudit(deps: GatewayDeps, caller: Caller, size: number, pageToken: string | undefined, filter: AuditFilter) {
  const offsets = decodeAuditToken(pageToken);
  const [accounts, catalog] = await Promise.all([
    deps.clients.auth.ListAuditEvents({ ...filter, page_size: size, page_token: offsets.accounts ? encodePageToken(offsets.accounts) : "" }, caller),
    deps.clients.course.ListAuditEvents({ ...filter, page_size: size, page_token: offsets.catalog ? encodePageToken(offsets.catalog) : "" }, caller),
  ]);
  const merged = [...accounts.events.map((e) => auditEntry("accounts", e as AuditEventRecord)), ...catalog.events.map((e) => auditEntry("catalog", e as AuditEventRecord))].sort(
    (a, b) => b.created_at.localeCompare(a.created_at) || b.id.localeCompare(a.id),
  );
  const events = merged.slice(0, size);
  const next = {
    accounts: offsets.accounts + events.filter((e) => e.source === "accounts").length,
    catalog: offsets.catalog + events.filter((e) => e.source === "catalog").length,
  };
  const more = merged.length > size || accounts.next_page_token !== "" || catalog.next_page_token !== "";
  return { events, next_page_token: more ? encodeAuditToken(next) : "" };
}
