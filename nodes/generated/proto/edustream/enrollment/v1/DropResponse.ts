// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto

import type { Enrollment__Input as _edustream_enrollment_v1_Enrollment__Input, Enrollment as _edustream_enrollment_v1_Enrollment } from '../../../edustream/enrollment/v1/Enrollment';
import type { RegistrationSummary__Input as _edustream_enrollment_v1_RegistrationSummary__Input, RegistrationSummary as _edustream_enrollment_v1_RegistrationSummary } from '../../../edustream/enrollment/v1/RegistrationSummary';

export interface DropResponse__Input {
  'enrollment'?: (_edustream_enrollment_v1_Enrollment__Input | null);
  'promoted_student_id'?: (string);
  'summary'?: (_edustream_enrollment_v1_RegistrationSummary__Input | null);
}

export interface DropResponse {
  'enrollment': (_edustream_enrollment_v1_Enrollment | null);
  'promoted_student_id': (string);
  'summary': (_edustream_enrollment_v1_RegistrationSummary | null);
}
