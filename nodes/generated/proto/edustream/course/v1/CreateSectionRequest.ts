// Original file: /work/main/proto/edustream/course/v1/course_service.proto

import type { Meeting__Input as _edustream_course_v1_Meeting__Input, Meeting as _edustream_course_v1_Meeting } from '../../../edustream/course/v1/Meeting';

export interface CreateSectionRequest__Input {
  'course_id'?: (string);
  'term_id'?: (string);
  'code'?: (string);
  'instructor_id'?: (string);
  'room'?: (string);
  'meetings'?: (_edustream_course_v1_Meeting__Input)[];
  'capacity'?: (number);
}

export interface CreateSectionRequest {
  'course_id': (string);
  'term_id': (string);
  'code': (string);
  'instructor_id': (string);
  'room': (string);
  'meetings': (_edustream_course_v1_Meeting)[];
  'capacity': (number);
}
