// Original file: /work/main/proto/edustream/course/v1/course_service.proto


export interface RetireCourseRequest__Input {
  'id'?: (string);
}

export interface RetireCourseRequest {
  'id': (string);
}
