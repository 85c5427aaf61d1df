CREATE TABLE "appointment_group_students" (
	"group_id" uuid NOT NULL,
	"student_id" uuid NOT NULL,
	CONSTRAINT "appointment_group_students_group_id_student_id_pk" PRIMARY KEY("group_id","student_id")
);
--> statement-breakpoint
CREATE TABLE "appointment_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"term_id" uuid NOT NULL,
	"name" text NOT NULL,
	"basis" text NOT NULL,
	"min_credits" integer,
	"standing" text,
	"starts_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "appointment_groups_basis_check" CHECK ("appointment_groups"."basis" in ('CREDITS', 'STANDING', 'STUDENTS')),
	CONSTRAINT "appointment_groups_rule_check" CHECK (("appointment_groups"."basis" = 'CREDITS') = ("appointment_groups"."min_credits" is not null) and ("appointment_groups"."basis" = 'STANDING') = ("appointment_groups"."standing" is not null))
);
--> statement-breakpoint
CREATE TABLE "registration_appointments" (
	"student_id" uuid NOT NULL,
	"term_id" uuid NOT NULL,
	"group_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"assigned_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "registration_appointments_student_id_term_id_pk" PRIMARY KEY("student_id","term_id")
);
--> statement-breakpoint
CREATE TABLE "student_holds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"student_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"blocks_registration" boolean NOT NULL,
	"reason" text NOT NULL,
	"contact" text NOT NULL,
	"placed_by" uuid NOT NULL,
	"placed_by_name" text NOT NULL,
	"placed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lifted_by" uuid,
	"lifted_by_name" text,
	"lifted_at" timestamp with time zone,
	CONSTRAINT "student_holds_lifted_check" CHECK (("student_holds"."lifted_at" is null) = ("student_holds"."lifted_by" is null))
);
--> statement-breakpoint
ALTER TABLE "appointment_group_students" ADD CONSTRAINT "appointment_group_students_group_id_appointment_groups_id_fk" FOREIGN KEY ("group_id") REFERENCES "public"."appointment_groups"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "appointment_groups_term_idx" ON "appointment_groups" USING btree ("term_id","starts_at");--> statement-breakpoint
CREATE INDEX "registration_appointments_term_idx" ON "registration_appointments" USING btree ("term_id","starts_at");--> statement-breakpoint
CREATE INDEX "student_holds_student_idx" ON "student_holds" USING btree ("student_id","placed_at");--> statement-breakpoint
CREATE INDEX "student_holds_active_idx" ON "student_holds" USING btree ("student_id") WHERE "student_holds"."lifted_at" is null and "student_holds"."blocks_registration";