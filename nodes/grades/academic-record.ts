/**
 * The academic record of one student, computed from their released grades: entries grouped by
 * term, term and cumulative GPA, credits attempted and earned, quality points.
 *
 * Rules (DESIGN.md and issue 4, choices recorded in docs/grading.md):
 * - GPA = Σ(points × credits) / Σ(credits) over letter grades (A–F); P, NP, I and W are out.
 * - A repeated course (same course id) counts only its latest letter-graded attempt (by term
 *   start); earlier attempts stay listed, marked `repeated`. A later P/NP, I or W does not
 *   replace an earlier letter grade.
 * - Attempted credits: every listed course except W. Earned credits: passing grades on
 *   attempts that are not replaced by a later one, so a course is never earned twice.
 * - Points are multiples of 0.1, so the math runs on integer tenths (exact); the GPA is rounded
 *   to 2 decimals only at the end.
 */
import type { RecordEntry, RecordTerm } from "../shared/academic-record-view";

/** One released grade with the facts the record needs. */
export interface ReleasedGrade {
  sectionId: string;
  courseId: string;
  courseCode: string;
  courseTitle: string;
  credits: number;
  termId: string;
  termCode: string;
  termName: string;
  /** YYYY-MM-DD. */
  termStartsOn: string;
  grade: string;
  releasedAt: Date;
}

/** One grade of the scale, as far as the record cares. */
export interface ScaleGrade {
  points: number;
  countsInGpa: boolean;
  passing: boolean;
}


export interface AcademicRecord {
  /** Terms, oldest first. */
  terms: RecordTerm[];
  cumulative_gpa?: number;
  credits_attempted: number;
  credits_earned: number;
  quality_points: number;
}

/** Rounds half away from zero to 2 decimals (for the answer, never in between). */
export function roundTo2(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

/** Running sums in integer tenths of a grade point, so no floating error accumulates. */
class Totals {
  qualityTenths = 0;
  gpaCredits = 0;
  attempted = 0;
  earned = 0;

  add(entry: RecordEntry, scale: ScaleGrade): void {
    if (entry.grade !== "W") this.attempted += entry.credits;
    if (entry.counts_in_gpa) {
      this.qualityTenths += Math.round(scale.points * 10) * entry.credits;
      this.gpaCredits += entry.credits;
    }
    if (scale.passing && !entry.repeated) this.earned += entry.credits;
  }

  get gpa(): number | undefined {
    return this.gpaCredits > 0 ? roundTo2(this.qualityTenths / (10 * this.gpaCredits)) : undefined;
  }

  get qualityPoints(): number {
    return this.qualityTenths / 10;
  }
}

const byAttemptOrder = (a: ReleasedGrade, b: ReleasedGrade) =>
  a.termStartsOn.localeCompare(b.termStartsOn) || a.releasedAt.getTime() - b.releasedAt.getTime() || a.sectionId.localeCompare(b.sectionId);

/** Computes a student's record from their released grades and the grade scale. */
export function academicRecord(grades: readonly ReleasedGrade[], scale: ReadonlyMap<string, ScaleGrade>): AcademicRecord {
  const ordered = [...grades].sort(byAttemptOrder);
  const scaleOf = (code: string): ScaleGrade => scale.get(code) ?? { points: 0, countsInGpa: false, passing: false };

  // The latest letter-graded attempt of each course is the one that counts.
  const countingAttempt = new Map<string, string>();
  for (const g of ordered) if (scaleOf(g.grade).countsInGpa) countingAttempt.set(g.courseId, g.sectionId);

  const position = new Map(ordered.map((g, index) => [g.sectionId, index]));

  const terms = new Map<string, { term: RecordTerm; totals: Totals }>();
  const overall = new Totals();
  for (const [index, g] of ordered.entries()) {
    const grade = scaleOf(g.grade);
    const counting = countingAttempt.get(g.courseId);
    const replaced = counting !== undefined && position.get(counting)! > index;
    const entry: RecordEntry = {
      section_id: g.sectionId,
      course_id: g.courseId,
      course_code: g.courseCode,
      course_title: g.courseTitle,
      credits: g.credits,
      grade: g.grade,
      points: grade.countsInGpa ? grade.points : 0,
      counts_in_gpa: grade.countsInGpa && counting === g.sectionId,
      repeated: replaced,
      released_at: g.releasedAt.toISOString(),
    };
    let slot = terms.get(g.termId);
    if (!slot) {
      slot = {
        term: { term_id: g.termId, term_code: g.termCode, term_name: g.termName, starts_on: g.termStartsOn, entries: [], credits_attempted: 0, credits_earned: 0 },
        totals: new Totals(),
      };
      terms.set(g.termId, slot);
    }
    slot.term.entries.push(entry);
    slot.totals.add(entry, grade);
    overall.add(entry, grade);
  }

  const recordTerms = [...terms.values()].map(({ term, totals }) => {
    term.entries.sort((a, b) => a.course_code.localeCompare(b.course_code) || a.section_id.localeCompare(b.section_id));
    return { ...term, gpa: totals.gpa, credits_attempted: totals.attempted, credits_earned: totals.earned };
  });
  return {
    terms: recordTerms,
    cumulative_gpa: overall.gpa,
    credits_attempted: overall.attempted,
    credits_earned: overall.earned,
    quality_points: overall.qualityPoints,
  };
}
