// Original file: /work/main/proto/edustream/faculty_grades/v1/faculty_grades_service.proto

import type { GradeRow__Input as _edustream_faculty_grades_v1_GradeRow__Input, GradeRow as _edustream_faculty_grades_v1_GradeRow } from '../../../edustream/faculty_grades/v1/GradeRow';

export interface SetGradeResponse__Input {
  'row'?: (_edustream_faculty_grades_v1_GradeRow__Input | null);
}

export interface SetGradeResponse {
  'row': (_edustream_faculty_grades_v1_GradeRow | null);
}
