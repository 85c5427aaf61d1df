// Original file: /work/main/proto/edustream/enrollment/v1/holds_and_appointments.proto

import type { Hold__Input as _edustream_enrollment_v1_Hold__Input, Hold as _edustream_enrollment_v1_Hold } from '../../../edustream/enrollment/v1/Hold';

export interface PlaceHoldResponse__Input {
  'hold'?: (_edustream_enrollment_v1_Hold__Input | null);
}

export interface PlaceHoldResponse {
  'hold': (_edustream_enrollment_v1_Hold | null);
}
