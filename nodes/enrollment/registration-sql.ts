// The answers of the functions in db/courses/registration.sql as TypeScript reads them: each
// function's result columns are listed once, here, and the row types are derived from the lists.
// tests/system/registration-sql.test.ts compares every list with the installed function's result
// (pg_get_function_result), so a column changed on one side only fails the tests, not a student.

/** PostgreSQL result types and what postgres.js hands back for them. */
interface PgTypes {
  text: string;
  uuid: string;
  integer: number;
  /** postgres.js answers int8 as a string (it may not fit a number). */
  bigint: string;
  jsonb: unknown;
  /** postgres.js answers timestamptz as a Date. */
  "timestamp with time zone": Date;
}

type Row<Columns extends Record<string, keyof PgTypes>> = { [K in keyof Columns]: PgTypes[Columns[K]] };
type Nullable<T> = { [K in keyof T]: T[K] | null };

/** `enroll_attempt`: one row, the outcome and the data its wording needs. */
export const ENROLL_ATTEMPT_COLUMNS = {
  outcome: "text",
  id: "uuid",
  status: "text",
  position: "integer",
  created_at: "text",
  other: "uuid",
  credits: "integer",
  capacity: "integer",
  waitlisted: "integer",
  replay: "jsonb",
} as const;

/** `seat_problem`: TIME_CONFLICT (other: the clashing section), CREDIT_LIMIT or null; credits with the section. */
export const SEAT_PROBLEM_COLUMNS = {
  problem: "text",
  other: "uuid",
  credits: "integer",
} as const;

/** `waitlist_next`: waitlisted rows of a section in waitlist order. */
export const WAITLIST_NEXT_COLUMNS = {
  id: "uuid",
  student_id: "uuid",
  waitlist_seq: "bigint",
} as const;

/** `student_registration_problems` and `registration_problems`: HOLD (a blocking hold) or APPOINTMENT (at: when it starts). */
export const REGISTRATION_PROBLEMS_COLUMNS = {
  problem: "text",
  hold_id: "uuid",
  kind: "text",
  reason: "text",
  contact: "text",
  at: "timestamp with time zone",
} as const;

export type EnrollOutcomeCode = "REPLAY" | "BLOCKED" | "HOLD" | "APPOINTMENT" | "SAME_SECTION" | "SAME_COURSE" | "TIME_CONFLICT" | "CREDIT_LIMIT" | "PREREQUISITES" | "CANCELLED" | "FULL" | "ENROLLED" | "WAITLISTED";
export type EnrollAttemptRow = Omit<Nullable<Row<typeof ENROLL_ATTEMPT_COLUMNS>>, "outcome"> & { outcome: EnrollOutcomeCode };
export type SeatProblemRow = Omit<Nullable<Row<typeof SEAT_PROBLEM_COLUMNS>>, "problem"> & { problem: "TIME_CONFLICT" | "CREDIT_LIMIT" | null };

export type WaitlistNextRow = Row<typeof WAITLIST_NEXT_COLUMNS>;
export type RegistrationProblemRow = Omit<Nullable<Row<typeof REGISTRATION_PROBLEMS_COLUMNS>>, "problem" | "at"> & { problem: "HOLD" | "APPOINTMENT"; at: Date };

/** Every function's result columns, by function name (for the test). */
export const RESULT_COLUMNS: Record<string, Record<string, keyof PgTypes>> = {
  enroll_attempt: ENROLL_ATTEMPT_COLUMNS,
  seat_problem: SEAT_PROBLEM_COLUMNS,
  waitlist_next: WAITLIST_NEXT_COLUMNS,
  student_registration_problems: REGISTRATION_PROBLEMS_COLUMNS,
  registration_problems: REGISTRATION_PROBLEMS_COLUMNS,
};
