// Original file: /work/main/proto/edustream/faculty_grades/v1/faculty_grades_service.proto

import type { GradeChange__Input as _edustream_faculty_grades_v1_GradeChange__Input, GradeChange as _edustream_faculty_grades_v1_GradeChange } from '../../../edustream/faculty_grades/v1/GradeChange';

export interface GetGradeHistoryResponse__Input {
  'changes'?: (_edustream_faculty_grades_v1_GradeChange__Input)[];
  'student_id'?: (string);
  'student_name'?: (string);
}

export interface GetGradeHistoryResponse {
  'changes': (_edustream_faculty_grades_v1_GradeChange)[];
  'student_id': (string);
  'student_name': (string);
}
