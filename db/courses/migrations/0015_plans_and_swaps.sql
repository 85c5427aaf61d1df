CREATE TABLE "plan_sections" (
	"plan_id" uuid NOT NULL,
	"section_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	"outcome" text,
	"position" integer DEFAULT 0 NOT NULL,
	"reason" text,
	"registered_at" timestamp with time zone,
	CONSTRAINT "plan_sections_plan_id_section_id_pk" PRIMARY KEY("plan_id","section_id"),
	CONSTRAINT "plan_sections_outcome_check" CHECK ("plan_sections"."outcome" in ('ENROLLED', 'WAITLISTED', 'REFUSED'))
);
--> statement-breakpoint
CREATE TABLE "registration_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"student_id" uuid NOT NULL,
	"term_id" uuid NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registration_plans_student_term_key" UNIQUE("student_id","term_id")
);
--> statement-breakpoint
CREATE TABLE "waitlist_swaps" (
	"enrollment_id" uuid PRIMARY KEY NOT NULL,
	"waitlist_seq" bigint NOT NULL,
	"drop_enrollment_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "plan_sections" ADD CONSTRAINT "plan_sections_plan_id_registration_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."registration_plans"("id") ON DELETE cascade ON UPDATE no action;