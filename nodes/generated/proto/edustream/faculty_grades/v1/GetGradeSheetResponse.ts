// Original file: /work/main/proto/edustream/faculty_grades/v1/faculty_grades_service.proto

import type { TaughtSection__Input as _edustream_faculty_grades_v1_TaughtSection__Input, TaughtSection as _edustream_faculty_grades_v1_TaughtSection } from '../../../edustream/faculty_grades/v1/TaughtSection';
import type { GradeRow__Input as _edustream_faculty_grades_v1_GradeRow__Input, GradeRow as _edustream_faculty_grades_v1_GradeRow } from '../../../edustream/faculty_grades/v1/GradeRow';

export interface GetGradeSheetResponse__Input {
  'section'?: (_edustream_faculty_grades_v1_TaughtSection__Input | null);
  'rows'?: (_edustream_faculty_grades_v1_GradeRow__Input)[];
  'released'?: (boolean);
  'released_at'?: (string);
  'allowed_grades'?: (string)[];
}

export interface GetGradeSheetResponse {
  'section': (_edustream_faculty_grades_v1_TaughtSection | null);
  'rows': (_edustream_faculty_grades_v1_GradeRow)[];
  'released': (boolean);
  'released_at': (string);
  'allowed_grades': (string)[];
}
