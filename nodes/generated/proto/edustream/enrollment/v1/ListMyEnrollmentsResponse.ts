// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto

import type { Enrollment__Input as _edustream_enrollment_v1_Enrollment__Input, Enrollment as _edustream_enrollment_v1_Enrollment } from '../../../edustream/enrollment/v1/Enrollment';
import type { Hold__Input as _edustream_enrollment_v1_Hold__Input, Hold as _edustream_enrollment_v1_Hold } from '../../../edustream/enrollment/v1/Hold';

export interface ListMyEnrollmentsResponse__Input {
  'enrollments'?: (_edustream_enrollment_v1_Enrollment__Input)[];
  'enrolled_credits'?: (number);
  'term_id'?: (string);
  'credit_limit'?: (number);
  'holds'?: (_edustream_enrollment_v1_Hold__Input)[];
  'appointment_at'?: (string);
}

export interface ListMyEnrollmentsResponse {
  'enrollments': (_edustream_enrollment_v1_Enrollment)[];
  'enrolled_credits': (number);
  'term_id': (string);
  'credit_limit': (number);
  'holds': (_edustream_enrollment_v1_Hold)[];
  'appointment_at': (string);
}
