CREATE TABLE "grade_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"section_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"actor_id" uuid NOT NULL,
	"actor_name" text NOT NULL,
	"old_grade" text,
	"new_grade" text NOT NULL,
	"reason" text DEFAULT '' NOT NULL,
	"action" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grade_scale" (
	"code" text PRIMARY KEY NOT NULL,
	"points" numeric(3, 2) NOT NULL,
	"counts_in_gpa" boolean NOT NULL,
	"passing" boolean NOT NULL,
	"description" text NOT NULL,
	"sort_order" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grades" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"section_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	"grade" text NOT NULL,
	"state" text DEFAULT 'DRAFT' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid NOT NULL,
	"released_at" timestamp with time zone,
	CONSTRAINT "grades_section_student_key" UNIQUE("section_id","student_id"),
	CONSTRAINT "grades_state_check" CHECK ("grades"."state" in ('DRAFT', 'RELEASED'))
);
--> statement-breakpoint
CREATE TABLE "section_grading" (
	"section_id" uuid PRIMARY KEY NOT NULL,
	"instructor_id" uuid NOT NULL,
	"term_id" uuid NOT NULL,
	"term_code" text NOT NULL,
	"term_name" text NOT NULL,
	"term_starts_on" date NOT NULL,
	"course_id" uuid NOT NULL,
	"course_code" text NOT NULL,
	"course_title" text NOT NULL,
	"section_code" text NOT NULL,
	"credits" integer NOT NULL,
	"released_at" timestamp with time zone,
	"released_by" uuid
);
--> statement-breakpoint
ALTER TABLE "grades" ADD CONSTRAINT "grades_section_id_section_grading_section_id_fk" FOREIGN KEY ("section_id") REFERENCES "public"."section_grading"("section_id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grades" ADD CONSTRAINT "grades_grade_grade_scale_code_fk" FOREIGN KEY ("grade") REFERENCES "public"."grade_scale"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "grade_changes_grade_idx" ON "grade_changes" USING btree ("section_id","student_id","created_at");--> statement-breakpoint
CREATE INDEX "grades_student_idx" ON "grades" USING btree ("student_id");