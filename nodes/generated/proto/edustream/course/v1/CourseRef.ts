// Original file: /work/main/proto/edustream/course/v1/course_service.proto


export interface CourseRef__Input {
  'id'?: (string);
  'code'?: (string);
  'title'?: (string);
}

export interface CourseRef {
  'id': (string);
  'code': (string);
  'title': (string);
}
