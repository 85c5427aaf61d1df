-- Catalog event outcomes and the enrollment node's audit details were written as a JSON string
-- holding the JSON (postgres.js encoded a jsonb parameter twice); store the values themselves.
UPDATE "catalog_events" SET "outcome" = ("outcome" #>> '{}')::jsonb WHERE jsonb_typeof("outcome") = 'string';--> statement-breakpoint
UPDATE "audit_events" SET "details" = ("details" #>> '{}')::jsonb WHERE jsonb_typeof("details") = 'string';
