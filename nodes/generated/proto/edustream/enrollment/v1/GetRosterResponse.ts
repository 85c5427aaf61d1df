// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto

import type { RosterEntry__Input as _edustream_enrollment_v1_RosterEntry__Input, RosterEntry as _edustream_enrollment_v1_RosterEntry } from '../../../edustream/enrollment/v1/RosterEntry';

export interface GetRosterResponse__Input {
  'section_id'?: (string);
  'capacity'?: (number);
  'enrolled'?: (_edustream_enrollment_v1_RosterEntry__Input)[];
  'waitlisted'?: (_edustream_enrollment_v1_RosterEntry__Input)[];
  'instructor_id'?: (string);
}

export interface GetRosterResponse {
  'section_id': (string);
  'capacity': (number);
  'enrolled': (_edustream_enrollment_v1_RosterEntry)[];
  'waitlisted': (_edustream_enrollment_v1_RosterEntry)[];
  'instructor_id': (string);
}
