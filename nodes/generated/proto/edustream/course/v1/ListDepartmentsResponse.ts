// Original file: /work/main/proto/edustream/course/v1/course_service.proto

import type { Department__Input as _edustream_course_v1_Department__Input, Department as _edustream_course_v1_Department } from '../../../edustream/course/v1/Department';

export interface ListDepartmentsResponse__Input {
  'departments'?: (_edustream_course_v1_Department__Input)[];
}

export interface ListDepartmentsResponse {
  'departments': (_edustream_course_v1_Department)[];
}
