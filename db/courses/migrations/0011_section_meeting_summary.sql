-- Each section's meetings in short, for the catalog's day and time filters (docs/catalog.md): a
-- bit per meeting day, the earliest start and the latest end, written by the course node with the
-- meetings; existing sections get theirs from their meetings here.
ALTER TABLE "sections" ADD COLUMN "meeting_days" smallint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "sections" ADD COLUMN "first_start_minute" integer;--> statement-breakpoint
ALTER TABLE "sections" ADD COLUMN "last_end_minute" integer;--> statement-breakpoint
CREATE INDEX "sections_term_times_idx" ON "sections" USING btree ("term_id","first_start_minute","last_end_minute","meeting_days") WHERE "sections"."meeting_days" <> 0;--> statement-breakpoint
ALTER TABLE "sections" ADD CONSTRAINT "sections_meeting_days_check" CHECK ("sections"."meeting_days" between 0 and 127);--> statement-breakpoint
UPDATE "sections" s SET "meeting_days" = m.days, "first_start_minute" = m.first_start, "last_end_minute" = m.last_end
FROM (SELECT section_id, bit_or(1 << (day - 1))::smallint AS days, min(start_minute) AS first_start, max(end_minute) AS last_end FROM section_meetings GROUP BY section_id) m
WHERE m.section_id = s.id;
