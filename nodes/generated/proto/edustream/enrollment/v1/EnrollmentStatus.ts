// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto

export const EnrollmentStatus = {
  ENROLLMENT_STATUS_UNSPECIFIED: 'ENROLLMENT_STATUS_UNSPECIFIED',
  ENROLLED: 'ENROLLED',
  WAITLISTED: 'WAITLISTED',
  DROPPED: 'DROPPED',
  CANCELLED: 'CANCELLED',
  WITHDRAWN: 'WITHDRAWN',
} as const;

export type EnrollmentStatus__Input =
  | 'ENROLLMENT_STATUS_UNSPECIFIED'
  | 0
  | 'ENROLLED'
  | 1
  | 'WAITLISTED'
  | 2
  | 'DROPPED'
  | 3
  | 'CANCELLED'
  | 4
  | 'WITHDRAWN'
  | 5

export type EnrollmentStatus = typeof EnrollmentStatus[keyof typeof EnrollmentStatus]
