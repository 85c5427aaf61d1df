import { and, eq } from "drizzle-orm";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import * as schema from "../../db/grades/schema";
import { grades, sectionGrading } from "../../db/grades/schema";
import { GradeScale } from "../../db/grades/scale";
import { fail } from "../shared/errors";
import type { Claims } from "../shared/tokens";
import { academicRecord, type AcademicRecord, type ReleasedGrade } from "./academic-record";
import { fieldMessage } from "../shared/field-labels";
import { isUuid } from "../shared/ids";

type Db = PostgresJsDatabase<typeof schema>;


/** Confirms that a user exists (the auth service answers NOT_FOUND otherwise). */
export type UserCheck = (userId: string) => Promise<void>;

/**
 * A student's withdrawals, as W entries of their record (the enrollment service keeps them:
 * a withdrawal is a change of the enrollment, asked for at every read so it is never stale).
 * Undefined when enrollment cannot answer in time: grades stay readable while registration is
 * stalled, and the answer says the W entries are missing.
 */
export type Withdrawals = (studentId: string) => Promise<ReleasedGrade[] | undefined>;

/**
 * Released grades as their student sees them. Only RELEASED rows are ever read here
 * (invariant 4): a draft grade is invisible through every method of this service.
 */
export class GradesService {
  private readonly gradeScale: () => Promise<GradeScale>;

  constructor(private readonly db: Db) {
    this.gradeScale = GradeScale.cached(db);
  }

  /** The grade scale, best first. */
  async getGradeScale() {
    const scale = await this.gradeScale();
    return {
      entries: scale.entries.map((e) => ({ code: e.code, points: e.points, counts_in_gpa: e.countsInGpa, passing: e.passing, description: e.description })),
    };
  }

  /** The calling student's released grades by term (newest first), term and cumulative GPA. */
  async listMyGrades(caller: Claims, term: string, withdrawals: Withdrawals) {
    if (caller.role !== "STUDENT") throw fail.forbidden("Only students have grades of their own.");
    const wanted = term.trim();
    const { record, withdrawalsUnavailable } = await this.recordOf(caller.sub, withdrawals);
    const terms = record.terms.filter((t) => !wanted || t.term_id === wanted || t.term_code.toLowerCase() === wanted.toLowerCase()).reverse();
    return { terms, cumulative_gpa: record.cumulative_gpa, credits_earned: record.credits_earned, withdrawals_unavailable: withdrawalsUnavailable };
  }

  /** A student's unofficial transcript (oldest term first): the student themself, or an admin for anyone. */
  async getTranscript(caller: Claims, requestedStudentId: string, userExists: UserCheck, withdrawals: Withdrawals) {
    const studentId = this.resolveStudent(caller, requestedStudentId, ["ADMIN"]);
    if (studentId !== caller.sub) await userExists(studentId);
    const { record, withdrawalsUnavailable } = await this.recordOf(studentId, withdrawals);
    return { student_id: studentId, ...record, withdrawals_unavailable: withdrawalsUnavailable };
  }

  /**
   * Courses with a released grade, one per course: passed when any attempt passed, with the
   * best grade. The student themself (enrollment forwards their token for prerequisite checks)
   * or an admin (promotions from a waitlist after a resize). Faculty read grades only through
   * their own sections' grade sheets.
   */
  async listCompletedCourses(caller: Claims, requestedStudentId: string) {
    const studentId = this.resolveStudent(caller, requestedStudentId, ["ADMIN"]);
    const [scale, rows] = await Promise.all([this.gradeScale(), this.releasedGrades(studentId)]);
    const best = new Map<string, { course_id: string; course_code: string; grade: string; passed: boolean; rank: number }>();
    for (const row of rows) {
      const entry = scale.get(row.grade);
      const passed = entry?.passing ?? false;
      // Passing grades outrank failing ones; then the scale's order (best first).
      const rank = (passed ? 0 : 1000) + (entry?.sortOrder ?? 999);
      const current = best.get(row.courseId);
      if (!current || rank < current.rank) best.set(row.courseId, { course_id: row.courseId, course_code: row.courseCode, grade: row.grade, passed, rank });
    }
    const courses = [...best.values()].sort((a, b) => a.course_code.localeCompare(b.course_code)).map(({ rank: _rank, ...course }) => course);
    return { courses };
  }

  /**
   * Credits earned of every student with a released grade, as their transcripts count them
   * (admins only: registration appointments by credits earned or class standing). A withdrawal
   * earns nothing, so the enrollment service's W entries are not needed here.
   */
  async listCreditsEarned(caller: Claims) {
    if (caller.role !== "ADMIN") throw fail.forbidden("Only admins read every student's credits earned.");
    const [scale, rows] = await Promise.all([this.gradeScale(), this.releasedGradeRows()]);
    const byStudent = new Map<string, ReleasedGrade[]>();
    for (const { studentId, ...grade } of rows) byStudent.set(studentId, [...(byStudent.get(studentId) ?? []), grade]);
    const entries = new Map(scale.entries.map((e) => [e.code, e]));
    return { students: [...byStudent].map(([studentId, grades]) => ({ student_id: studentId, credits_earned: academicRecord(grades, entries).credits_earned })) };
  }

  /** Whose records a call is about: the caller when empty; someone else only for the given roles. */
  private resolveStudent(caller: Claims, requested: string, staffRoles: Claims["role"][]): string {
    const studentId = requested.trim();
    if (!studentId || studentId === caller.sub) {
      if (caller.role !== "STUDENT") throw fail.invalid("student_id", fieldMessage("student_id", "is required: staff have no grades of their own."));
      return caller.sub;
    }
    if (!staffRoles.includes(caller.role)) throw fail.forbidden("You may only see your own grades.");
    if (!isUuid(studentId)) throw fail.invalid("student_id", fieldMessage("student_id", "must be a user id (UUID)."));
    return studentId;
  }

  /** Released grades and withdrawals (W) of a student. */
  private async recordOf(studentId: string, withdrawals: Withdrawals): Promise<{ record: AcademicRecord; withdrawalsUnavailable: boolean }> {
    const [scale, rows, withdrawn] = await Promise.all([this.gradeScale(), this.releasedGrades(studentId), withdrawals(studentId)]);
    return { record: academicRecord([...rows, ...(withdrawn ?? [])], new Map(scale.entries.map((e) => [e.code, e]))), withdrawalsUnavailable: !withdrawn };
  }

  /** The student's RELEASED grades with the course and term facts copied when grading started. */
  private async releasedGrades(studentId: string): Promise<ReleasedGrade[]> {
    return (await this.releasedGradeRows(studentId)).map(({ studentId: _student, ...grade }) => grade);
  }

  /** RELEASED grades of one student, or of everyone, with their student. */
  private async releasedGradeRows(studentId?: string): Promise<Array<ReleasedGrade & { studentId: string }>> {
    const rows = await this.db
      .select({
        studentId: grades.studentId,
        sectionId: grades.sectionId,
        grade: grades.grade,
        releasedAt: grades.releasedAt,
        updatedAt: grades.updatedAt,
        courseId: sectionGrading.courseId,
        courseCode: sectionGrading.courseCode,
        courseTitle: sectionGrading.courseTitle,
        credits: sectionGrading.credits,
        termId: sectionGrading.termId,
        termCode: sectionGrading.termCode,
        termName: sectionGrading.termName,
        termStartsOn: sectionGrading.termStartsOn,
      })
      .from(grades)
      .innerJoin(sectionGrading, eq(sectionGrading.sectionId, grades.sectionId))
      .where(studentId ? and(eq(grades.studentId, studentId), eq(grades.state, "RELEASED")) : eq(grades.state, "RELEASED"));
    return rows.map(({ updatedAt, releasedAt, ...row }) => ({ ...row, releasedAt: releasedAt ?? updatedAt }));
  }
}
