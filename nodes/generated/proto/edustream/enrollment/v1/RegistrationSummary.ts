// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto

import type { SectionSeats__Input as _edustream_enrollment_v1_SectionSeats__Input, SectionSeats as _edustream_enrollment_v1_SectionSeats } from '../../../edustream/enrollment/v1/SectionSeats';
import type { ScheduleSummary__Input as _edustream_enrollment_v1_ScheduleSummary__Input, ScheduleSummary as _edustream_enrollment_v1_ScheduleSummary } from '../../../edustream/enrollment/v1/ScheduleSummary';
import type { RegistrationWindow__Input as _edustream_enrollment_v1_RegistrationWindow__Input, RegistrationWindow as _edustream_enrollment_v1_RegistrationWindow } from '../../../edustream/enrollment/v1/RegistrationWindow';

export interface RegistrationSummary__Input {
  'seats'?: (_edustream_enrollment_v1_SectionSeats__Input | null);
  'schedule'?: (_edustream_enrollment_v1_ScheduleSummary__Input | null);
  'window'?: (_edustream_enrollment_v1_RegistrationWindow__Input | null);
}

export interface RegistrationSummary {
  'seats': (_edustream_enrollment_v1_SectionSeats | null);
  'schedule': (_edustream_enrollment_v1_ScheduleSummary | null);
  'window': (_edustream_enrollment_v1_RegistrationWindow | null);
}
