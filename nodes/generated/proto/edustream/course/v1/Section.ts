// Original file: /work/main/proto/edustream/course/v1/course_service.proto

import type { Meeting__Input as _edustream_course_v1_Meeting__Input, Meeting as _edustream_course_v1_Meeting } from '../../../edustream/course/v1/Meeting';
import type { SectionStatus__Input as _edustream_course_v1_SectionStatus__Input, SectionStatus as _edustream_course_v1_SectionStatus } from '../../../edustream/course/v1/SectionStatus';

export interface Section__Input {
  'id'?: (string);
  'course_id'?: (string);
  'course_code'?: (string);
  'course_title'?: (string);
  'credits'?: (number);
  'term_id'?: (string);
  'code'?: (string);
  'instructor_id'?: (string);
  'instructor_name'?: (string);
  'room'?: (string);
  'meetings'?: (_edustream_course_v1_Meeting__Input)[];
  'capacity'?: (number);
  'enrolled'?: (number);
  'waitlisted'?: (number);
  'status'?: (_edustream_course_v1_SectionStatus__Input);
  'term_code'?: (string);
  'term_name'?: (string);
}

export interface Section {
  'id': (string);
  'course_id': (string);
  'course_code': (string);
  'course_title': (string);
  'credits': (number);
  'term_id': (string);
  'code': (string);
  'instructor_id': (string);
  'instructor_name': (string);
  'room': (string);
  'meetings': (_edustream_course_v1_Meeting)[];
  'capacity': (number);
  'enrolled': (number);
  'waitlisted': (number);
  'status': (_edustream_course_v1_SectionStatus);
  'term_code': (string);
  'term_name': (string);
}
