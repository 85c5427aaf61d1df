// Original file: /work/main/proto/edustream/faculty_grades/v1/faculty_grades_service.proto

import type { GradeCount__Input as _edustream_faculty_grades_v1_GradeCount__Input, GradeCount as _edustream_faculty_grades_v1_GradeCount } from '../../../edustream/faculty_grades/v1/GradeCount';

export interface GetGradeDistributionResponse__Input {
  'counts'?: (_edustream_faculty_grades_v1_GradeCount__Input)[];
  'graded'?: (number);
  'enrolled'?: (number);
}

export interface GetGradeDistributionResponse {
  'counts': (_edustream_faculty_grades_v1_GradeCount)[];
  'graded': (number);
  'enrolled': (number);
}
