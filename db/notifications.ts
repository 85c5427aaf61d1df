import { sql } from "drizzle-orm";
import { check, index, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";

/**
 * What a student is told (a place on a waitlist turned into a seat, a skip, released grades),
 * one table in each database whose node writes such events (courses: enrollment; grades:
 * faculty-grades), written in the event's own transaction. One row per event and recipient:
 * `event_key` names the event, so writing it twice is a no-op.
 */
export function notificationsTable() {
  return pgTable(
    "notifications",
    {
      id: uuid("id").primaryKey().defaultRandom(),
      recipientId: uuid("recipient_id").notNull(),
      kind: text("kind").notNull(),
      eventKey: text("event_key").notNull(),
      title: text("title").notNull(),
      body: text("body").notNull(),
      /** A portal path where the student sees more ("/schedule", "/grades"). */
      link: text("link").notNull().default(""),
      createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
      readAt: timestamp("read_at", { withTimezone: true }),
    },
    (t) => [
      unique("notifications_event_recipient_key").on(t.eventKey, t.recipientId),
      index("notifications_recipient_idx").on(t.recipientId, t.createdAt),
      check("notifications_kind_check", sql`${t.kind} in ('WAITLIST_PROMOTED', 'WAITLIST_SKIPPED', 'GRADES_RELEASED')`),
    ],
  );
}

/**
 * The email outbox: one row per notification to be mailed (written with it, so the mail is owed
 * from the event's commit). A sender claims due rows (FOR UPDATE SKIP LOCKED, moving
 * `next_attempt_at` past a lease so no other sender takes them), sends, and settles them (`settled_at`, `outcome`), retrying with back-off.
 */
export function emailOutboxTable(notifications: ReturnType<typeof notificationsTable>) {
  return pgTable(
    "email_outbox",
    {
      notificationId: uuid("notification_id").primaryKey().references(() => notifications.id, { onDelete: "cascade" }),
      recipientId: uuid("recipient_id").notNull(),
      attempts: integer("attempts").notNull().default(0),
      nextAttemptAt: timestamp("next_attempt_at", { withTimezone: true }).notNull().defaultNow(),
      lastError: text("last_error").notNull().default(""),
      settledAt: timestamp("settled_at", { withTimezone: true }),
      /** SENT, NO_ADDRESS (the account has no email address) or GAVE_UP (too many failed attempts). */
      outcome: text("outcome"),
      createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    },
    (t) => [
      index("email_outbox_due_idx").on(t.nextAttemptAt).where(sql`${t.settledAt} is null`),
      check("email_outbox_outcome_check", sql`${t.outcome} is null or ${t.outcome} in ('SENT', 'NO_ADDRESS', 'GAVE_UP')`),
    ],
  );
}
