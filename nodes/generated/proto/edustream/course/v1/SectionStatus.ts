// Original file: /work/main/proto/edustream/course/v1/course_service.proto

export const SectionStatus = {
  SECTION_STATUS_UNSPECIFIED: 'SECTION_STATUS_UNSPECIFIED',
  ACTIVE: 'ACTIVE',
  CANCELLED: 'CANCELLED',
} as const;

export type SectionStatus__Input =
  | 'SECTION_STATUS_UNSPECIFIED'
  | 0
  | 'ACTIVE'
  | 1
  | 'CANCELLED'
  | 2

export type SectionStatus = typeof SectionStatus[keyof typeof SectionStatus]
