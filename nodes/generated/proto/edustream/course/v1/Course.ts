// Original file: /work/main/proto/edustream/course/v1/course_service.proto

import type { CourseRef__Input as _edustream_course_v1_CourseRef__Input, CourseRef as _edustream_course_v1_CourseRef } from '../../../edustream/course/v1/CourseRef';
import type { Section__Input as _edustream_course_v1_Section__Input, Section as _edustream_course_v1_Section } from '../../../edustream/course/v1/Section';

export interface Course__Input {
  'id'?: (string);
  'code'?: (string);
  'title'?: (string);
  'description'?: (string);
  'credits'?: (number);
  'department'?: (string);
  'prerequisites'?: (_edustream_course_v1_CourseRef__Input)[];
  'retired'?: (boolean);
  'sections'?: (_edustream_course_v1_Section__Input)[];
}

export interface Course {
  'id': (string);
  'code': (string);
  'title': (string);
  'description': (string);
  'credits': (number);
  'department': (string);
  'prerequisites': (_edustream_course_v1_CourseRef)[];
  'retired': (boolean);
  'sections': (_edustream_course_v1_Section)[];
}
