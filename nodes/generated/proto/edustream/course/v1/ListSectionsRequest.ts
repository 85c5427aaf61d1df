// Original file: /work/main/proto/edustream/course/v1/course_service.proto


export interface ListSectionsRequest__Input {
  'term_id'?: (string);
  'course_id'?: (string);
  'instructor_id'?: (string);
  'query'?: (string);
  'page_size'?: (number);
  'page_token'?: (string);
}

export interface ListSectionsRequest {
  'term_id': (string);
  'course_id': (string);
  'instructor_id': (string);
  'query': (string);
  'page_size': (number);
  'page_token': (string);
}
