// Original file: /work/main/proto/edustream/course/v1/course_service.proto


export interface Department__Input {
  'code'?: (string);
  'name'?: (string);
}

export interface Department {
  'code': (string);
  'name': (string);
}
