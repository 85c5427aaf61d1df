// Original file: /work/main/proto/edustream/grades/v1/grades_service.proto

import type { GradeEntry__Input as _edustream_grades_v1_GradeEntry__Input, GradeEntry as _edustream_grades_v1_GradeEntry } from '../../../edustream/grades/v1/GradeEntry';

export interface TermGrades__Input {
  'term_id'?: (string);
  'term_code'?: (string);
  'term_name'?: (string);
  'entries'?: (_edustream_grades_v1_GradeEntry__Input)[];
  'gpa'?: (number | string);
  'credits_attempted'?: (number);
  'credits_earned'?: (number);
  'starts_on'?: (string);
  '_gpa'?: "gpa";
}

export interface TermGrades {
  'term_id': (string);
  'term_code': (string);
  'term_name': (string);
  'entries': (_edustream_grades_v1_GradeEntry)[];
  'gpa'?: (number);
  'credits_attempted': (number);
  'credits_earned': (number);
  'starts_on': (string);
}
