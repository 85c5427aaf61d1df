// Original file: /work/main/proto/edustream/faculty_grades/v1/faculty_grades_service.proto

import type { GradeState__Input as _edustream_faculty_grades_v1_GradeState__Input, GradeState as _edustream_faculty_grades_v1_GradeState } from '../../../edustream/faculty_grades/v1/GradeState';

export interface GradeRow__Input {
  'student_id'?: (string);
  'username'?: (string);
  'name'?: (string);
  'grade'?: (string);
  'state'?: (_edustream_faculty_grades_v1_GradeState__Input);
  'updated_at'?: (string);
}

export interface GradeRow {
  'student_id': (string);
  'username': (string);
  'name': (string);
  'grade': (string);
  'state': (_edustream_faculty_grades_v1_GradeState);
  'updated_at': (string);
}
