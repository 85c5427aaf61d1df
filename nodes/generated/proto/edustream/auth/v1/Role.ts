// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto

export const Role = {
  ROLE_UNSPECIFIED: 'ROLE_UNSPECIFIED',
  STUDENT: 'STUDENT',
  FACULTY: 'FACULTY',
  ADMIN: 'ADMIN',
} as const;

export type Role__Input =
  | 'ROLE_UNSPECIFIED'
  | 0
  | 'STUDENT'
  | 1
  | 'FACULTY'
  | 2
  | 'ADMIN'
  | 3

export type Role = typeof Role[keyof typeof Role]
