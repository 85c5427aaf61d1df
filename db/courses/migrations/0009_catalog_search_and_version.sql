-- Catalog search and the catalog version.
-- Search: pg_trgm (a trusted extension shipped with PostgreSQL) for substrings of titles and
-- instructor names; a code key ("CS 101" -> "cs101") so "cs101", "CS-101" and "cs 101" find the
-- same course; a weighted full-text vector (code A, title B, description C) for ranking.
-- Version: one row raised by every catalog change in the change's own transaction (statement
-- triggers on the catalog tables), read by the catalog caches to know at once when what they
-- hold is out of date. A capacity change is an admin's section update, whose transaction
-- updates the section (and so raises the version) after the enrollment node resized the seat
-- counter; a trigger on the counter itself would wait for that still-open transaction's lock.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE TABLE "catalog_version" (
	"id" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"version" bigint DEFAULT 1 NOT NULL,
	CONSTRAINT "catalog_version_one_row" CHECK ("catalog_version"."id")
);
--> statement-breakpoint
ALTER TABLE "courses" ADD COLUMN "code_key" text GENERATED ALWAYS AS (lower(regexp_replace(code, '[^A-Za-z0-9]', '', 'g'))) STORED;--> statement-breakpoint
ALTER TABLE "courses" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple', code || ' ' || lower(regexp_replace(code, '[^A-Za-z0-9]', '', 'g'))), 'A') || setweight(to_tsvector('english', title), 'B') || setweight(to_tsvector('english', description), 'C')) STORED;--> statement-breakpoint
CREATE INDEX "courses_search_idx" ON "courses" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "courses_code_key_idx" ON "courses" USING btree ("code_key" text_pattern_ops);--> statement-breakpoint
CREATE INDEX "courses_title_trgm_idx" ON "courses" USING gin ("title" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "sections_course_term_idx" ON "sections" USING btree ("course_id","term_id");--> statement-breakpoint
CREATE INDEX "sections_instructor_name_trgm_idx" ON "sections" USING gin ("instructor_name" gin_trgm_ops);--> statement-breakpoint
INSERT INTO "catalog_version" ("id", "version") VALUES (true, 1) ON CONFLICT DO NOTHING;--> statement-breakpoint
CREATE FUNCTION bump_catalog_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE catalog_version SET version = version + 1 WHERE id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER terms_bump_catalog_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "terms" FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_version();--> statement-breakpoint
CREATE TRIGGER departments_bump_catalog_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "departments" FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_version();--> statement-breakpoint
CREATE TRIGGER courses_bump_catalog_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "courses" FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_version();--> statement-breakpoint
CREATE TRIGGER course_prerequisites_bump_catalog_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "course_prerequisites" FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_version();--> statement-breakpoint
CREATE TRIGGER sections_bump_catalog_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "sections" FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_version();--> statement-breakpoint
CREATE TRIGGER section_meetings_bump_catalog_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "section_meetings" FOR EACH STATEMENT EXECUTE FUNCTION bump_catalog_version();
