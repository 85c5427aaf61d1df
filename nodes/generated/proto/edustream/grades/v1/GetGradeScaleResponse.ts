// Original file: /work/main/proto/edustream/grades/v1/grades_service.proto

import type { GradeScaleEntry__Input as _edustream_grades_v1_GradeScaleEntry__Input, GradeScaleEntry as _edustream_grades_v1_GradeScaleEntry } from '../../../edustream/grades/v1/GradeScaleEntry';

export interface GetGradeScaleResponse__Input {
  'entries'?: (_edustream_grades_v1_GradeScaleEntry__Input)[];
}

export interface GetGradeScaleResponse {
  'entries': (_edustream_grades_v1_GradeScaleEntry)[];
}
