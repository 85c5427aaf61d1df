// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto

import type { EnrollmentRecord__Input as _edustream_enrollment_v1_EnrollmentRecord__Input, EnrollmentRecord as _edustream_enrollment_v1_EnrollmentRecord } from '../../../edustream/enrollment/v1/EnrollmentRecord';

export interface ListEnrollmentsResponse__Input {
  'enrollments'?: (_edustream_enrollment_v1_EnrollmentRecord__Input)[];
  'next_page_token'?: (string);
}

export interface ListEnrollmentsResponse {
  'enrollments': (_edustream_enrollment_v1_EnrollmentRecord)[];
  'next_page_token': (string);
}
