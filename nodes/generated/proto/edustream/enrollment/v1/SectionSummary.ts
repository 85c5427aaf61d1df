// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto

import type { Meeting__Input as _edustream_enrollment_v1_Meeting__Input, Meeting as _edustream_enrollment_v1_Meeting } from '../../../edustream/enrollment/v1/Meeting';

export interface SectionSummary__Input {
  'id'?: (string);
  'code'?: (string);
  'course_id'?: (string);
  'course_code'?: (string);
  'course_title'?: (string);
  'credits'?: (number);
  'term_id'?: (string);
  'room'?: (string);
  'instructor_name'?: (string);
  'meetings'?: (_edustream_enrollment_v1_Meeting__Input)[];
  'cancelled'?: (boolean);
}

export interface SectionSummary {
  'id': (string);
  'code': (string);
  'course_id': (string);
  'course_code': (string);
  'course_title': (string);
  'credits': (number);
  'term_id': (string);
  'room': (string);
  'instructor_name': (string);
  'meetings': (_edustream_enrollment_v1_Meeting)[];
  'cancelled': (boolean);
}
