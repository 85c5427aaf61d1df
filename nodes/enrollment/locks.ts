import type postgres from "postgres";

// Advisory lock namespaces (first key of the two-key form): one student, one section. The
// enroll_attempt function and the catalog's triggers take the same two. Sections are always
// locked before students.
const STUDENT_LOCK = 1;
const SECTION_LOCK = 2;

/** Holds a section's lock until the transaction ends: its seats and waitlist are ours. */
export const lockSection = (tx: postgres.TransactionSql, sectionId: string) => tx`select pg_advisory_xact_lock(${SECTION_LOCK}, hashtext(${sectionId}))`;
/** Holds a student's lock until the transaction ends: their schedule is ours. */
export const lockStudent = (tx: postgres.TransactionSql, studentId: string) => tx`select pg_advisory_xact_lock(${STUDENT_LOCK}, hashtext(${studentId}))`;
