// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto

import type { RosterSize__Input as _edustream_enrollment_v1_RosterSize__Input, RosterSize as _edustream_enrollment_v1_RosterSize } from '../../../edustream/enrollment/v1/RosterSize';

export interface BatchGetRosterSizesResponse__Input {
  'sizes'?: (_edustream_enrollment_v1_RosterSize__Input)[];
}

export interface BatchGetRosterSizesResponse {
  'sizes': (_edustream_enrollment_v1_RosterSize)[];
}
