-- The audit trail names the account each action changed (so it can be read and searched without
-- opening the account), filled in for the actions recorded before. Account lists sort in natural
-- order (student2 before student10): an ICU collation with numeric ordering, used by ORDER BY.
ALTER TABLE "audit_events" ADD COLUMN "entity_label" text DEFAULT '' NOT NULL;--> statement-breakpoint
UPDATE "audit_events" a SET "entity_label" = u.username FROM "users" u WHERE a.entity = 'user' AND a.entity_id = u.id::text;--> statement-breakpoint
CREATE COLLATION IF NOT EXISTS "natural_order" (provider = icu, locale = 'und-u-kn');
