// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto

import type { Enrollment__Input as _edustream_enrollment_v1_Enrollment__Input, Enrollment as _edustream_enrollment_v1_Enrollment } from '../../../edustream/enrollment/v1/Enrollment';

export interface EnrollResponse__Input {
  'enrollment'?: (_edustream_enrollment_v1_Enrollment__Input | null);
  'replayed'?: (boolean);
}

export interface EnrollResponse {
  'enrollment': (_edustream_enrollment_v1_Enrollment | null);
  'replayed': (boolean);
}
