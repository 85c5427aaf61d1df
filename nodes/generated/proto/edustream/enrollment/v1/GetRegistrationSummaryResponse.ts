// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto

import type { SectionSummary__Input as _edustream_enrollment_v1_SectionSummary__Input, SectionSummary as _edustream_enrollment_v1_SectionSummary } from '../../../edustream/enrollment/v1/SectionSummary';
import type { Enrollment__Input as _edustream_enrollment_v1_Enrollment__Input, Enrollment as _edustream_enrollment_v1_Enrollment } from '../../../edustream/enrollment/v1/Enrollment';
import type { RegistrationSummary__Input as _edustream_enrollment_v1_RegistrationSummary__Input, RegistrationSummary as _edustream_enrollment_v1_RegistrationSummary } from '../../../edustream/enrollment/v1/RegistrationSummary';

export interface GetRegistrationSummaryResponse__Input {
  'section'?: (_edustream_enrollment_v1_SectionSummary__Input | null);
  'enrollment'?: (_edustream_enrollment_v1_Enrollment__Input | null);
  'summary'?: (_edustream_enrollment_v1_RegistrationSummary__Input | null);
}

export interface GetRegistrationSummaryResponse {
  'section': (_edustream_enrollment_v1_SectionSummary | null);
  'enrollment': (_edustream_enrollment_v1_Enrollment | null);
  'summary': (_edustream_enrollment_v1_RegistrationSummary | null);
}
