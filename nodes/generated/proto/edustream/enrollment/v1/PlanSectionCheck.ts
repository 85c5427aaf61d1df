// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto

import type { RegisterOutcome__Input as _edustream_enrollment_v1_RegisterOutcome__Input, RegisterOutcome as _edustream_enrollment_v1_RegisterOutcome } from '../../../edustream/enrollment/v1/RegisterOutcome';

export interface PlanSectionCheck__Input {
  'section_id'?: (string);
  'would'?: (_edustream_enrollment_v1_RegisterOutcome__Input);
  'position'?: (number);
  'held'?: (boolean);
  'problems'?: (string)[];
}

export interface PlanSectionCheck {
  'section_id': (string);
  'would': (_edustream_enrollment_v1_RegisterOutcome);
  'position': (number);
  'held': (boolean);
  'problems': (string)[];
}
