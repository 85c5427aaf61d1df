-- Catalog search and the catalog version (docs/catalog.md).
-- Search: pg_trgm (a trusted extension shipped with PostgreSQL, created by the database owner) in
-- a schema of its own, so the public schema holds only registration's functions, for substrings
-- of titles and instructor names; a code key ("CS 101" -> "cs101") so "cs101", "CS-101" and
-- "cs 101" find the same course; a weighted full-text vector (code A, title B, description C).
-- Version: one row that the course node raises in every catalog change's transaction (and once
-- more after registration applied the change's seat events), read by the catalog caches.
CREATE SCHEMA IF NOT EXISTS extensions;--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA extensions;--> statement-breakpoint
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
CREATE INDEX "courses_title_trgm_idx" ON "courses" USING gin ("title" extensions.gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "sections_course_term_idx" ON "sections" USING btree ("course_id","term_id");--> statement-breakpoint
CREATE INDEX "sections_instructor_name_trgm_idx" ON "sections" USING gin ("instructor_name" extensions.gin_trgm_ops);--> statement-breakpoint
INSERT INTO "catalog_version" ("id", "version") VALUES (true, 1) ON CONFLICT DO NOTHING;
