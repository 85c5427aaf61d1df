// Original file: /work/main/proto/edustream/course/v1/course_service.proto

import type { Meeting__Input as _edustream_course_v1_Meeting__Input, Meeting as _edustream_course_v1_Meeting } from '../../../edustream/course/v1/Meeting';

export interface UpdateSectionRequest__Input {
  'id'?: (string);
  'code'?: (string);
  'instructor_id'?: (string);
  'room'?: (string);
  'meetings'?: (_edustream_course_v1_Meeting__Input)[];
  'set_meetings'?: (boolean);
  'capacity'?: (number);
  '_code'?: "code";
  '_instructor_id'?: "instructor_id";
  '_room'?: "room";
  '_capacity'?: "capacity";
}

export interface UpdateSectionRequest {
  'id': (string);
  'code'?: (string);
  'instructor_id'?: (string);
  'room'?: (string);
  'meetings': (_edustream_course_v1_Meeting)[];
  'set_meetings': (boolean);
  'capacity'?: (number);
}
