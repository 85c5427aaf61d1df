// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto

import type { WaitlistSkip__Input as _edustream_enrollment_v1_WaitlistSkip__Input, WaitlistSkip as _edustream_enrollment_v1_WaitlistSkip } from '../../../edustream/enrollment/v1/WaitlistSkip';

export interface CatalogEventOutcome__Input {
  'event_id'?: (string);
  'affected'?: (number);
  'capacity'?: (number);
  'promoted_student_ids'?: (string)[];
  'skipped'?: (_edustream_enrollment_v1_WaitlistSkip__Input)[];
}

export interface CatalogEventOutcome {
  'event_id': (string);
  'affected': (number);
  'capacity': (number);
  'promoted_student_ids': (string)[];
  'skipped': (_edustream_enrollment_v1_WaitlistSkip)[];
}
