import { sql } from "drizzle-orm";
import { boolean, check, date, index, integer, numeric, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { emailOutboxTable, notificationsTable } from "../notifications";

/** The grade scale, kept as data: codes, points and whether they count in the GPA. */
export const gradeScale = pgTable("grade_scale", {
  code: text("code").primaryKey(),
  points: numeric("points", { precision: 3, scale: 2, mode: "number" }).notNull(),
  countsInGpa: boolean("counts_in_gpa").notNull(),
  passing: boolean("passing").notNull(),
  description: text("description").notNull(),
  sortOrder: integer("sort_order").notNull(),
});

/**
 * Grading state of a section, with the course and term facts grades need (copied from the
 * catalog when grading starts, so students' reads need no call to another service).
 */
export const sectionGrading = pgTable("section_grading", {
  sectionId: uuid("section_id").primaryKey(),
  instructorId: uuid("instructor_id").notNull(),
  termId: uuid("term_id").notNull(),
  termCode: text("term_code").notNull(),
  termName: text("term_name").notNull(),
  termStartsOn: date("term_starts_on").notNull(),
  courseId: uuid("course_id").notNull(),
  courseCode: text("course_code").notNull(),
  courseTitle: text("course_title").notNull(),
  sectionCode: text("section_code").notNull(),
  credits: integer("credits").notNull(),
  releasedAt: timestamp("released_at", { withTimezone: true }),
  releasedBy: uuid("released_by"),
});

/** One grade per student per section; visible to the student only once RELEASED (invariant 4). */
export const grades = pgTable(
  "grades",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sectionId: uuid("section_id").notNull().references(() => sectionGrading.sectionId),
    studentId: uuid("student_id").notNull(),
    grade: text("grade").notNull().references(() => gradeScale.code),
    state: text("state").notNull().default("DRAFT"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
    updatedBy: uuid("updated_by").notNull(),
    releasedAt: timestamp("released_at", { withTimezone: true }),
  },
  (t) => [
    unique("grades_section_student_key").on(t.sectionId, t.studentId),
    check("grades_state_check", sql`${t.state} in ('DRAFT', 'RELEASED')`),
    index("grades_student_idx").on(t.studentId),
  ],
);

/** Every change of a grade: who, when, old, new and why (the audit trail). */
export const gradeChanges = pgTable(
  "grade_changes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    sectionId: uuid("section_id").notNull(),
    studentId: uuid("student_id").notNull(),
    actorId: uuid("actor_id").notNull(),
    actorName: text("actor_name").notNull(),
    oldGrade: text("old_grade"),
    newGrade: text("new_grade").notNull(),
    reason: text("reason").notNull().default(""),
    action: text("action").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("grade_changes_grade_idx").on(t.sectionId, t.studentId, t.createdAt)],
);

/** What students are told, and the email owed for each (db/notifications.ts). */
export const notifications = notificationsTable();
export const emailOutbox = emailOutboxTable(notifications);
