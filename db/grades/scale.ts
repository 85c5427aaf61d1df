import { asc } from "drizzle-orm";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { gradeScale } from "./schema";

/** The grade scale: reference data written into `grade_scale` by every setup (idempotent upsert). */
export const GRADE_SCALE = [
  { code: "A", points: 4.0, countsInGpa: true, passing: true, description: "Excellent" },
  { code: "A-", points: 3.7, countsInGpa: true, passing: true, description: "Excellent" },
  { code: "B+", points: 3.3, countsInGpa: true, passing: true, description: "Good" },
  { code: "B", points: 3.0, countsInGpa: true, passing: true, description: "Good" },
  { code: "B-", points: 2.7, countsInGpa: true, passing: true, description: "Good" },
  { code: "C+", points: 2.3, countsInGpa: true, passing: true, description: "Satisfactory" },
  { code: "C", points: 2.0, countsInGpa: true, passing: true, description: "Satisfactory" },
  { code: "C-", points: 1.7, countsInGpa: true, passing: true, description: "Satisfactory" },
  { code: "D+", points: 1.3, countsInGpa: true, passing: true, description: "Poor" },
  { code: "D", points: 1.0, countsInGpa: true, passing: true, description: "Poor" },
  { code: "D-", points: 0.7, countsInGpa: true, passing: true, description: "Poor" },
  { code: "F", points: 0.0, countsInGpa: true, passing: false, description: "Fail" },
  { code: "P", points: 0.0, countsInGpa: false, passing: true, description: "Pass" },
  { code: "NP", points: 0.0, countsInGpa: false, passing: false, description: "No pass" },
  { code: "I", points: 0.0, countsInGpa: false, passing: false, description: "Incomplete" },
  { code: "W", points: 0.0, countsInGpa: false, passing: false, description: "Withdrawn" },
] as const;

/** A grade of the scale as stored in `grade_scale`. */
export type GradeScaleRow = typeof gradeScale.$inferSelect;

/**
 * The grade scale as read from the database, shared by the two services of the `grades`
 * database: lookups by code, and the reading of codes typed by people.
 */
export class GradeScale {
  private readonly byCode: Map<string, GradeScaleRow>;

  private constructor(readonly entries: readonly GradeScaleRow[]) {
    this.byCode = new Map(entries.map((e) => [e.code, e]));
  }

  /** Reads the scale, best grade first. */
  static async load(db: PostgresJsDatabase<Record<string, unknown>>): Promise<GradeScale> {
    return new GradeScale(await db.select().from(gradeScale).orderBy(asc(gradeScale.sortOrder)));
  }

  /** A reader of the scale that loads it once and keeps it; a failed load is tried again on the next call. */
  static cached(db: PostgresJsDatabase<Record<string, unknown>>): () => Promise<GradeScale> {
    let scale: Promise<GradeScale> | undefined;
    return () =>
      (scale ??= GradeScale.load(db).catch((error) => {
        scale = undefined;
        throw error;
      }));
  }

  /** The codes, best first. */
  get codes(): string[] {
    return this.entries.map((e) => e.code);
  }

  /** The entry of a code, if it is on the scale. */
  get(code: string): GradeScaleRow | undefined {
    return this.byCode.get(code);
  }

  /**
   * The scale code a person meant, or undefined: case and surrounding spaces do not matter,
   * and a typographic minus or dash ("A−", "A–") reads as "-".
   */
  parse(input: string): string | undefined {
    const code = input.trim().toUpperCase().replace(/[\u2212\u2013\u2012\u2010]/g, "-");
    return this.byCode.has(code) ? code : undefined;
  }

  /** "Grade must be one of A, A-, …, W." */
  get allowedMessage(): string {
    return `Grade must be one of ${this.codes.join(", ")}.`;
  }
}
