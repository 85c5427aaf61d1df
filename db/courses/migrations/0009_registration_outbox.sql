CREATE TABLE "catalog_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"seq" bigint GENERATED ALWAYS AS IDENTITY (sequence name "catalog_events_seq_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"kind" text NOT NULL,
	"section_id" uuid,
	"course_id" uuid,
	"capacity" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"applied_at" timestamp with time zone,
	"outcome" jsonb,
	CONSTRAINT "catalog_events_kind_check" CHECK ("catalog_events"."kind" in ('SECTION_CREATED', 'SECTION_CAPACITY', 'SECTION_CANCELLED', 'SECTION_MEETINGS', 'COURSE_CREDITS')),
	CONSTRAINT "catalog_events_target_check" CHECK (("catalog_events"."kind" = 'COURSE_CREDITS') = ("catalog_events"."course_id" is not null) and ("catalog_events"."kind" = 'COURSE_CREDITS') = ("catalog_events"."section_id" is null)),
	CONSTRAINT "catalog_events_capacity_check" CHECK (("catalog_events"."kind" in ('SECTION_CREATED', 'SECTION_CAPACITY')) = ("catalog_events"."capacity" is not null))
);
--> statement-breakpoint
CREATE INDEX "catalog_events_pending_idx" ON "catalog_events" USING btree ("seq") WHERE "catalog_events"."applied_at" is null;--> statement-breakpoint
-- The catalog no longer writes registration's rows: a course's credits and a section's meetings
-- reach the enrollments through catalog_events, applied by the enrollment node.
DROP TRIGGER IF EXISTS "section_meetings_enrollments" ON "section_meetings";--> statement-breakpoint
DROP TRIGGER IF EXISTS "courses_credits_enrollments" ON "courses";--> statement-breakpoint
DROP FUNCTION IF EXISTS enrollments_follow_meetings();--> statement-breakpoint
DROP FUNCTION IF EXISTS enrollments_follow_credits();
