// Original file: /work/main/proto/edustream/faculty_grades/v1/faculty_grades_service.proto

import type { ImportOutcome__Input as _edustream_faculty_grades_v1_ImportOutcome__Input, ImportOutcome as _edustream_faculty_grades_v1_ImportOutcome } from '../../../edustream/faculty_grades/v1/ImportOutcome';

export interface ImportRow__Input {
  'line'?: (number);
  'student'?: (string);
  'grade'?: (string);
  'outcome'?: (_edustream_faculty_grades_v1_ImportOutcome__Input);
  'message'?: (string);
  'student_id'?: (string);
  'student_name'?: (string);
  'previous_grade'?: (string);
}

export interface ImportRow {
  'line': (number);
  'student': (string);
  'grade': (string);
  'outcome': (_edustream_faculty_grades_v1_ImportOutcome);
  'message': (string);
  'student_id': (string);
  'student_name': (string);
  'previous_grade': (string);
}
