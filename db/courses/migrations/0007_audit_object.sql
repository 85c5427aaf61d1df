-- The audit trail names the term, course or section each action changed ("2027SP", "CS 101",
-- "CS 101-001"), so it can be read and searched without opening the object; filled in for the
-- actions recorded before (a deleted term from its recorded code).
ALTER TABLE "audit_events" ADD COLUMN "entity_label" text DEFAULT '' NOT NULL;--> statement-breakpoint
UPDATE "audit_events" a SET "entity_label" = c.code FROM "courses" c WHERE a.entity = 'course' AND a.entity_id = c.id::text;--> statement-breakpoint
UPDATE "audit_events" a SET "entity_label" = c.code || '-' || s.code FROM "sections" s JOIN "courses" c ON c.id = s.course_id WHERE a.entity = 'section' AND a.entity_id = s.id::text;--> statement-breakpoint
UPDATE "audit_events" a SET "entity_label" = t.code FROM "terms" t WHERE a.entity = 'term' AND a.entity_id = t.id::text;--> statement-breakpoint
UPDATE "audit_events" SET "entity_label" = coalesce("details"->'before'->>'code', '') WHERE entity = 'term' AND "entity_label" = '';
