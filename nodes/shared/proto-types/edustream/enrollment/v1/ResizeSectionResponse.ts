// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto

import type { RosterSize__Input as _edustream_enrollment_v1_RosterSize__Input, RosterSize as _edustream_enrollment_v1_RosterSize } from '../../../edustream/enrollment/v1/RosterSize';

export interface ResizeSectionResponse__Input {
  'size'?: (_edustream_enrollment_v1_RosterSize__Input | null);
  'promoted_student_ids'?: (string)[];
}

export interface ResizeSectionResponse {
  'size': (_edustream_enrollment_v1_RosterSize | null);
  'promoted_student_ids': (string)[];
}
