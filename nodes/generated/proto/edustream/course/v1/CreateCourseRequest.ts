// Original file: /work/main/proto/edustream/course/v1/course_service.proto


export interface CreateCourseRequest__Input {
  'code'?: (string);
  'title'?: (string);
  'description'?: (string);
  'credits'?: (number);
  'department'?: (string);
  'prerequisite_ids'?: (string)[];
}

export interface CreateCourseRequest {
  'code': (string);
  'title': (string);
  'description': (string);
  'credits': (number);
  'department': (string);
  'prerequisite_ids': (string)[];
}
