// Original file: /work/main/proto/edustream/faculty_grades/v1/faculty_grades_service.proto

import type { GradeState__Input as _edustream_faculty_grades_v1_GradeState__Input, GradeState as _edustream_faculty_grades_v1_GradeState } from '../../../edustream/faculty_grades/v1/GradeState';

export interface TaughtSection__Input {
  'id'?: (string);
  'code'?: (string);
  'course_code'?: (string);
  'course_title'?: (string);
  'term_id'?: (string);
  'term_name'?: (string);
  'roster_size'?: (number);
  'graded_count'?: (number);
  'state'?: (_edustream_faculty_grades_v1_GradeState__Input);
  'credits'?: (number);
  'capacity'?: (number);
  'waitlisted'?: (number);
}

export interface TaughtSection {
  'id': (string);
  'code': (string);
  'course_code': (string);
  'course_title': (string);
  'term_id': (string);
  'term_name': (string);
  'roster_size': (number);
  'graded_count': (number);
  'state': (_edustream_faculty_grades_v1_GradeState);
  'credits': (number);
  'capacity': (number);
  'waitlisted': (number);
}
