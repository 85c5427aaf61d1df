// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto

import type { Enrollment__Input as _edustream_enrollment_v1_Enrollment__Input, Enrollment as _edustream_enrollment_v1_Enrollment } from '../../../edustream/enrollment/v1/Enrollment';

export interface SwapResponse__Input {
  'enrollment'?: (_edustream_enrollment_v1_Enrollment__Input | null);
  'dropped'?: (_edustream_enrollment_v1_Enrollment__Input | null);
  'replayed'?: (boolean);
  'promoted_student_id'?: (string);
  'drop_on_promotion'?: (boolean);
}

export interface SwapResponse {
  'enrollment': (_edustream_enrollment_v1_Enrollment | null);
  'dropped': (_edustream_enrollment_v1_Enrollment | null);
  'replayed': (boolean);
  'promoted_student_id': (string);
  'drop_on_promotion': (boolean);
}
