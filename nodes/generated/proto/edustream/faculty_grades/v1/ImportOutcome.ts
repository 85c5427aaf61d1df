// Original file: /work/main/proto/edustream/faculty_grades/v1/faculty_grades_service.proto

export const ImportOutcome = {
  IMPORT_OUTCOME_UNSPECIFIED: 'IMPORT_OUTCOME_UNSPECIFIED',
  OK: 'OK',
  UNKNOWN_STUDENT: 'UNKNOWN_STUDENT',
  NOT_ENROLLED: 'NOT_ENROLLED',
  INVALID_GRADE: 'INVALID_GRADE',
  DUPLICATE_ROW: 'DUPLICATE_ROW',
  MALFORMED: 'MALFORMED',
  REASON_REQUIRED: 'REASON_REQUIRED',
} as const;

export type ImportOutcome__Input =
  | 'IMPORT_OUTCOME_UNSPECIFIED'
  | 0
  | 'OK'
  | 1
  | 'UNKNOWN_STUDENT'
  | 2
  | 'NOT_ENROLLED'
  | 3
  | 'INVALID_GRADE'
  | 4
  | 'DUPLICATE_ROW'
  | 5
  | 'MALFORMED'
  | 6
  | 'REASON_REQUIRED'
  | 7

export type ImportOutcome = typeof ImportOutcome[keyof typeof ImportOutcome]
