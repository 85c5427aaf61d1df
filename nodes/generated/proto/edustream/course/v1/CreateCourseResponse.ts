// Original file: /work/main/proto/edustream/course/v1/course_service.proto

import type { Course__Input as _edustream_course_v1_Course__Input, Course as _edustream_course_v1_Course } from '../../../edustream/course/v1/Course';

export interface CreateCourseResponse__Input {
  'course'?: (_edustream_course_v1_Course__Input | null);
}

export interface CreateCourseResponse {
  'course': (_edustream_course_v1_Course | null);
}
