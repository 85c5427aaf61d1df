// The audit trail of admin actions kept by the auth service (accounts) and the course service
// (catalog), each in its own database's audit_events table, and the filters both apply.
import { and, desc, eq, gte, ilike, like, lt, sql, type SQL } from "drizzle-orm";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import type { AuditEventsTable } from "../../db/audit-events";
import type { AuditEventRecord, AuditFilter } from "./audit-view";
import { fail } from "./errors";
import { fieldMessage } from "./field-labels";
import { decodePageToken, encodePageToken, pageSize } from "./paging";

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function instant(field: "since" | "until", text: string): Date | undefined {
  if (!text) return undefined;
  const date = INSTANT.test(text) ? new Date(text) : undefined;
  if (!date || Number.isNaN(date.getTime())) throw fail.invalid(field, fieldMessage(field, "must be a date and time with zone, e.g. 2026-04-01T00:00:00Z."));
  return date;
}

/** The SQL conditions of a filter, checked: a malformed one is refused naming its field. */
function conditions(table: AuditEventsTable, filter: Partial<AuditFilter>): SQL[] {
  const where: SQL[] = [];
  const actor = (filter.actor ?? "").trim();
  const object = (filter.object ?? "").trim();
  const action = (filter.action ?? "").trim();
  for (const [field, value] of [["actor", actor], ["object", object]] as const) {
    if (value.length > 100) throw fail.invalid(field, fieldMessage(field, "must be at most 100 characters."));
  }
  if (action && !/^[a-z_]{1,20}(\.[a-z_]{1,30})?$/.test(action)) throw fail.invalid("action", fieldMessage("action", 'must be an action such as "section.update", or a kind of object such as "section".'));
  if (actor) where.push(ilike(table.actorUsername, `%${escapeLike(actor)}%`));
  if (object) {
    const kind = sql`(case ${table.entity} when 'user' then 'account' else ${table.entity} end)`;
    where.push(sql`(${kind} || ' ' || ${table.entityLabel}) ilike ${`%${escapeLike(object)}%`}`);
  }
  if (action) where.push(action.includes(".") ? eq(table.action, action) : like(table.action, `${action}.%`));
  const since = instant("since", (filter.since ?? "").trim());
  const until = instant("until", (filter.until ?? "").trim());
  if (since) where.push(gte(table.createdAt, since));
  if (until) where.push(lt(table.createdAt, until));
  return where;
}

/** A page of the recorded admin actions of one database that match the filter, newest first, as the API shows them. */
export async function auditTrailPage(
  db: PostgresJsDatabase<Record<string, unknown>>,
  table: AuditEventsTable,
  input: { pageSize: number; pageToken: string } & Partial<AuditFilter>,
): Promise<{ events: AuditEventRecord[]; next_page_token: string }> {
  const size = pageSize(input.pageSize, 50, 200);
  const offset = decodePageToken(input.pageToken);
  const where = conditions(table, input);
  const rows = await db.select().from(table).where(and(...where)).orderBy(desc(table.createdAt), desc(table.id)).limit(size + 1).offset(offset);
  return {
    events: rows.slice(0, size).map((r) => ({
      id: r.id,
      actor_id: r.actorId,
      actor_username: r.actorUsername,
      action: r.action,
      entity: r.entity,
      entity_id: r.entityId,
      entity_label: r.entityLabel,
      details: JSON.stringify(r.details),
      created_at: r.createdAt.toISOString(),
    })),
    next_page_token: rows.length > size ? encodePageToken(offset + size) : "",
  };
}
