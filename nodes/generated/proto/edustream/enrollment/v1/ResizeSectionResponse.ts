// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto

import type { RosterSize__Input as _edustream_enrollment_v1_RosterSize__Input, RosterSize as _edustream_enrollment_v1_RosterSize } from '../../../edustream/enrollment/v1/RosterSize';
import type { WaitlistSkip__Input as _edustream_enrollment_v1_WaitlistSkip__Input, WaitlistSkip as _edustream_enrollment_v1_WaitlistSkip } from '../../../edustream/enrollment/v1/WaitlistSkip';

export interface ResizeSectionResponse__Input {
  'size'?: (_edustream_enrollment_v1_RosterSize__Input | null);
  'promoted_student_ids'?: (string)[];
  'skipped'?: (_edustream_enrollment_v1_WaitlistSkip__Input)[];
}

export interface ResizeSectionResponse {
  'size': (_edustream_enrollment_v1_RosterSize | null);
  'promoted_student_ids': (string)[];
  'skipped': (_edustream_enrollment_v1_WaitlistSkip)[];
}
