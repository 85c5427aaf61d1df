// Original file: /work/main/proto/edustream/course/v1/course_service.proto

import type { Course__Input as _edustream_course_v1_Course__Input, Course as _edustream_course_v1_Course } from '../../../edustream/course/v1/Course';
import type { Term__Input as _edustream_course_v1_Term__Input, Term as _edustream_course_v1_Term } from '../../../edustream/course/v1/Term';

export interface SearchCoursesResponse__Input {
  'courses'?: (_edustream_course_v1_Course__Input)[];
  'next_page_token'?: (string);
  'total_size'?: (number);
  'term'?: (_edustream_course_v1_Term__Input | null);
}

export interface SearchCoursesResponse {
  'courses': (_edustream_course_v1_Course)[];
  'next_page_token': (string);
  'total_size': (number);
  'term': (_edustream_course_v1_Term | null);
}
