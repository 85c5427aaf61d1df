import { index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * The audit trail of admin actions, one table in each database whose data admins change (auth:
 * accounts; courses: the catalog). The same definition serves both schemas.
 */
export function auditEventsTable() {
  return pgTable(
    "audit_events",
    {
      id: uuid("id").primaryKey().defaultRandom(),
      actorId: uuid("actor_id").notNull(),
      actorUsername: text("actor_username").notNull(),
      action: text("action").notNull(),
      entity: text("entity").notNull(),
      entityId: text("entity_id").notNull(),
      /** How people name the thing changed when it changed ("student3", "CS 101-001", "2027SP"). */
      entityLabel: text("entity_label").notNull().default(""),
      details: jsonb("details").notNull().default({}),
      createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    },
    (t) => [index("audit_events_created_idx").on(t.createdAt)],
  );
}

export type AuditEventsTable = ReturnType<typeof auditEventsTable>;
