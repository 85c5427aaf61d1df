// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto

import type { RegisterOutcome__Input as _edustream_enrollment_v1_RegisterOutcome__Input, RegisterOutcome as _edustream_enrollment_v1_RegisterOutcome } from '../../../edustream/enrollment/v1/RegisterOutcome';

export interface PlanRegistration__Input {
  'section_id'?: (string);
  'outcome'?: (_edustream_enrollment_v1_RegisterOutcome__Input);
  'position'?: (number);
  'reason'?: (string);
  'enrollment_id'?: (string);
  'replayed'?: (boolean);
}

export interface PlanRegistration {
  'section_id': (string);
  'outcome': (_edustream_enrollment_v1_RegisterOutcome);
  'position': (number);
  'reason': (string);
  'enrollment_id': (string);
  'replayed': (boolean);
}
