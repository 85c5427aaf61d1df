// Original file: /work/main/proto/edustream/faculty_grades/v1/faculty_grades_service.proto

export const GradeState = {
  GRADE_STATE_UNSPECIFIED: 'GRADE_STATE_UNSPECIFIED',
  DRAFT: 'DRAFT',
  RELEASED: 'RELEASED',
} as const;

export type GradeState__Input =
  | 'GRADE_STATE_UNSPECIFIED'
  | 0
  | 'DRAFT'
  | 1
  | 'RELEASED'
  | 2

export type GradeState = typeof GradeState[keyof typeof GradeState]
