// Original file: /work/main/proto/edustream/course/v1/course_service.proto

import type { Course__Input as _edustream_course_v1_Course__Input, Course as _edustream_course_v1_Course } from '../../../edustream/course/v1/Course';
import type { Term__Input as _edustream_course_v1_Term__Input, Term as _edustream_course_v1_Term } from '../../../edustream/course/v1/Term';

export interface GetCourseResponse__Input {
  'course'?: (_edustream_course_v1_Course__Input | null);
  'term'?: (_edustream_course_v1_Term__Input | null);
}

export interface GetCourseResponse {
  'course': (_edustream_course_v1_Course | null);
  'term': (_edustream_course_v1_Term | null);
}
