// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto

export const RegisterOutcome = {
  REGISTER_OUTCOME_UNSPECIFIED: 'REGISTER_OUTCOME_UNSPECIFIED',
  REGISTER_OUTCOME_ENROLLED: 'REGISTER_OUTCOME_ENROLLED',
  REGISTER_OUTCOME_WAITLISTED: 'REGISTER_OUTCOME_WAITLISTED',
  REGISTER_OUTCOME_REFUSED: 'REGISTER_OUTCOME_REFUSED',
} as const;

export type RegisterOutcome__Input =
  | 'REGISTER_OUTCOME_UNSPECIFIED'
  | 0
  | 'REGISTER_OUTCOME_ENROLLED'
  | 1
  | 'REGISTER_OUTCOME_WAITLISTED'
  | 2
  | 'REGISTER_OUTCOME_REFUSED'
  | 3

export type RegisterOutcome = typeof RegisterOutcome[keyof typeof RegisterOutcome]
