import type postgres from "postgres";
import { pgErrorCode } from "../shared/db";

// The lock ids live in db/courses/registration.sql (registration_lock_section, _student), which
// enroll_attempt and these take alike. Sections are always locked before students.

/** Holds a section's lock until the transaction ends: its seats and waitlist are ours. */
export const lockSection = (tx: postgres.TransactionSql, sectionId: string) => tx`select registration_lock_section(${sectionId}::uuid)`;
/** Holds a student's lock until the transaction ends: their schedule is ours. */
export const lockStudent = (tx: postgres.TransactionSql, studentId: string) => tx`select registration_lock_student(${studentId}::uuid)`;

/** Runs a transaction again when PostgreSQL broke a deadlock by aborting it (rare: two drops promoting each other's students). */
export async function retryOnDeadlock<T>(work: () => Promise<T>, attempts = 3): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || pgErrorCode(error) !== "40P01") throw error;
    }
  }
}
