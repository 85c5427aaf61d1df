// Original file: /work/main/proto/edustream/faculty_grades/v1/faculty_grades_service.proto

import type { ImportRow__Input as _edustream_faculty_grades_v1_ImportRow__Input, ImportRow as _edustream_faculty_grades_v1_ImportRow } from '../../../edustream/faculty_grades/v1/ImportRow';

export interface ImportGradesResponse__Input {
  'rows'?: (_edustream_faculty_grades_v1_ImportRow__Input)[];
  'applied'?: (boolean);
  'ok_count'?: (number);
  'error_count'?: (number);
}

export interface ImportGradesResponse {
  'rows': (_edustream_faculty_grades_v1_ImportRow)[];
  'applied': (boolean);
  'ok_count': (number);
  'error_count': (number);
}
