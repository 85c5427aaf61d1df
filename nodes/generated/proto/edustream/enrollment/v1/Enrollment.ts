// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto

import type { EnrollmentStatus__Input as _edustream_enrollment_v1_EnrollmentStatus__Input, EnrollmentStatus as _edustream_enrollment_v1_EnrollmentStatus } from '../../../edustream/enrollment/v1/EnrollmentStatus';
import type { SectionSummary__Input as _edustream_enrollment_v1_SectionSummary__Input, SectionSummary as _edustream_enrollment_v1_SectionSummary } from '../../../edustream/enrollment/v1/SectionSummary';

export interface Enrollment__Input {
  'id'?: (string);
  'student_id'?: (string);
  'section_id'?: (string);
  'status'?: (_edustream_enrollment_v1_EnrollmentStatus__Input);
  'position'?: (number);
  'created_at'?: (string);
  'section'?: (_edustream_enrollment_v1_SectionSummary__Input | null);
  'skipped_at'?: (string);
  'skip_reason'?: (string);
  'skip_remedy'?: (string);
  'eligibility_problem'?: (string);
  'eligibility_remedy'?: (string);
  'drop_on_promotion_id'?: (string);
}

export interface Enrollment {
  'id': (string);
  'student_id': (string);
  'section_id': (string);
  'status': (_edustream_enrollment_v1_EnrollmentStatus);
  'position': (number);
  'created_at': (string);
  'section': (_edustream_enrollment_v1_SectionSummary | null);
  'skipped_at': (string);
  'skip_reason': (string);
  'skip_remedy': (string);
  'eligibility_problem': (string);
  'eligibility_remedy': (string);
  'drop_on_promotion_id': (string);
}
