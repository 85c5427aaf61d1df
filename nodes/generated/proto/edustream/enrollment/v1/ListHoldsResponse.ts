// Original file: /work/main/proto/edustream/enrollment/v1/holds_and_appointments.proto

import type { Hold__Input as _edustream_enrollment_v1_Hold__Input, Hold as _edustream_enrollment_v1_Hold } from '../../../edustream/enrollment/v1/Hold';

export interface ListHoldsResponse__Input {
  'holds'?: (_edustream_enrollment_v1_Hold__Input)[];
}

export interface ListHoldsResponse {
  'holds': (_edustream_enrollment_v1_Hold)[];
}
