// The audit trail of admin actions kept by the auth service (accounts) and the course service
// (catalog), each in its own database's audit_events table.
import { desc } from "drizzle-orm";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import type { AuditEventsTable } from "../../db/audit-events";
import type { AuditEventRecord } from "./audit-view";
import { decodePageToken, encodePageToken, pageSize } from "./paging";

/** A page of the recorded admin actions of one database, newest first, as the API shows them. */
export async function auditTrailPage(db: PostgresJsDatabase<Record<string, unknown>>, table: AuditEventsTable, input: { pageSize: number; pageToken: string }): Promise<{ events: AuditEventRecord[]; next_page_token: string }> {
  const size = pageSize(input.pageSize, 50, 200);
  const offset = decodePageToken(input.pageToken);
  const rows = await db.select().from(table).orderBy(desc(table.createdAt), desc(table.id)).limit(size + 1).offset(offset);
  return {
    events: rows.slice(0, size).map((r) => ({
      id: r.id,
      actor_id: r.actorId,
      actor_username: r.actorUsername,
      action: r.action,
      entity: r.entity,
      entity_id: r.entityId,
      details: JSON.stringify(r.details),
      created_at: r.createdAt.toISOString(),
    })),
    next_page_token: rows.length > size ? encodePageToken(offset + size) : "",
  };
}
