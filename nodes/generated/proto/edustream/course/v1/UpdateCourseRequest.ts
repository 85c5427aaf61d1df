// Original file: /work/main/proto/edustream/course/v1/course_service.proto


export interface UpdateCourseRequest__Input {
  'id'?: (string);
  'title'?: (string);
  'description'?: (string);
  'credits'?: (number);
  'department'?: (string);
  'prerequisite_ids'?: (string)[];
  'set_prerequisites'?: (boolean);
  'code'?: (string);
  '_title'?: "title";
  '_description'?: "description";
  '_credits'?: "credits";
  '_department'?: "department";
  '_code'?: "code";
}

export interface UpdateCourseRequest {
  'id': (string);
  'title'?: (string);
  'description'?: (string);
  'credits'?: (number);
  'department'?: (string);
  'prerequisite_ids': (string)[];
  'set_prerequisites': (boolean);
  'code'?: (string);
}
