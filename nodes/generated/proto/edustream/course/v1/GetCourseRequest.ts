// Original file: /work/main/proto/edustream/course/v1/course_service.proto


export interface GetCourseRequest__Input {
  'id'?: (string);
  'term_id'?: (string);
}

export interface GetCourseRequest {
  'id': (string);
  'term_id': (string);
}
