// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto

import type { SectionSummary__Input as _edustream_enrollment_v1_SectionSummary__Input, SectionSummary as _edustream_enrollment_v1_SectionSummary } from '../../../edustream/enrollment/v1/SectionSummary';
import type { EnrollmentStatus__Input as _edustream_enrollment_v1_EnrollmentStatus__Input, EnrollmentStatus as _edustream_enrollment_v1_EnrollmentStatus } from '../../../edustream/enrollment/v1/EnrollmentStatus';
import type { RegisterOutcome__Input as _edustream_enrollment_v1_RegisterOutcome__Input, RegisterOutcome as _edustream_enrollment_v1_RegisterOutcome } from '../../../edustream/enrollment/v1/RegisterOutcome';

export interface PlanSection__Input {
  'section'?: (_edustream_enrollment_v1_SectionSummary__Input | null);
  'added_at'?: (string);
  'status'?: (_edustream_enrollment_v1_EnrollmentStatus__Input);
  'position'?: (number);
  'enrollment_id'?: (string);
  'last_outcome'?: (_edustream_enrollment_v1_RegisterOutcome__Input);
  'last_position'?: (number);
  'last_reason'?: (string);
  'registered_at'?: (string);
}

export interface PlanSection {
  'section': (_edustream_enrollment_v1_SectionSummary | null);
  'added_at': (string);
  'status': (_edustream_enrollment_v1_EnrollmentStatus);
  'position': (number);
  'enrollment_id': (string);
  'last_outcome': (_edustream_enrollment_v1_RegisterOutcome);
  'last_position': (number);
  'last_reason': (string);
  'registered_at': (string);
}
