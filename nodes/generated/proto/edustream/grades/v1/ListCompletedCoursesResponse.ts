// Original file: /work/main/proto/edustream/grades/v1/grades_service.proto

import type { CompletedCourse__Input as _edustream_grades_v1_CompletedCourse__Input, CompletedCourse as _edustream_grades_v1_CompletedCourse } from '../../../edustream/grades/v1/CompletedCourse';

export interface ListCompletedCoursesResponse__Input {
  'courses'?: (_edustream_grades_v1_CompletedCourse__Input)[];
}

export interface ListCompletedCoursesResponse {
  'courses': (_edustream_grades_v1_CompletedCourse)[];
}
