// Shapes of the gateway's grading answers (proto JSON: snake_case, enums as strings), as the
// pages read them. See proto/edustream/{grades,faculty_grades}/v1.

import type { RecordEntry, RecordTerm } from "../../../shared/academic-record-view";

/** Grading state of a section or of one grade. */
export type GradeState = "GRADE_STATE_UNSPECIFIED" | "DRAFT" | "RELEASED";

/** A section in an instructor's list. */
export interface TaughtSection {
  id: string;
  code: string;
  course_code: string;
  course_title: string;
  term_id: string;
  term_name: string;
  roster_size: number;
  graded_count: number;
  state: GradeState;
  credits: number;
  capacity: number;
  waitlisted: number;
}

/** One student's row of a grade sheet. */
export interface GradeRow {
  student_id: string;
  username: string;
  name: string;
  grade: string;
  state: GradeState;
  updated_at: string;
}

/** GET /sections/{id}/grades. */
export interface GradeSheet {
  section: TaughtSection;
  rows: GradeRow[];
  released: boolean;
  released_at: string;
  allowed_grades: string[];
}

/** Outcome of one CSV row. */
export type ImportOutcome = "OK" | "UNKNOWN_STUDENT" | "NOT_ENROLLED" | "INVALID_GRADE" | "DUPLICATE_ROW" | "MALFORMED" | "REASON_REQUIRED";

/** One CSV row and what would happen to it. */
export interface ImportRow {
  line: number;
  student: string;
  grade: string;
  outcome: ImportOutcome;
  message: string;
  student_id: string;
  student_name: string;
  previous_grade: string;
}

/** POST /sections/{id}/grades/import. */
export interface ImportResult {
  rows: ImportRow[];
  applied: boolean;
  ok_count: number;
  error_count: number;
}

/** One change of a grade (audit trail). */
export interface GradeChange {
  changed_at: string;
  actor_id: string;
  actor_name: string;
  old_grade: string;
  new_grade: string;
  reason: string;
  action: string;
}

/** GET /sections/{id}/grades/{student_id}/history. */
export interface GradeHistory {
  changes: GradeChange[];
  student_id: string;
  student_name: string;
}

/** GET /sections/{id}/grades/distribution. */
export interface GradeDistribution {
  counts: Array<{ grade: string; count: number }>;
  graded: number;
  enrolled: number;
}

/** One released grade of a student. */
export type GradeEntry = RecordEntry;

/** A student's grades of one term. */
export type TermGrades = RecordTerm;

/** GET /me/grades. */
export interface MyGrades {
  terms: TermGrades[];
  cumulative_gpa?: number;
  credits_earned: number;
  /** True when withdrawals (W) could not be read just now: they are missing from the list. */
  withdrawals_unavailable?: boolean;
}

/** GET /me/transcript. */
export interface Transcript {
  student_id: string;
  terms: TermGrades[];
  cumulative_gpa?: number;
  credits_attempted: number;
  credits_earned: number;
  quality_points: number;
  withdrawals_unavailable?: boolean;
}
