// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto

import type { Enrollment__Input as _edustream_enrollment_v1_Enrollment__Input, Enrollment as _edustream_enrollment_v1_Enrollment } from '../../../edustream/enrollment/v1/Enrollment';

export interface ListMyEnrollmentsResponse__Input {
  'enrollments'?: (_edustream_enrollment_v1_Enrollment__Input)[];
  'enrolled_credits'?: (number);
  'term_id'?: (string);
  'credit_limit'?: (number);
}

export interface ListMyEnrollmentsResponse {
  'enrollments': (_edustream_enrollment_v1_Enrollment)[];
  'enrolled_credits': (number);
  'term_id': (string);
  'credit_limit': (number);
}
