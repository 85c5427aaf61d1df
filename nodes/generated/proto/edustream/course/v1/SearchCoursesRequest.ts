// Original file: /work/main/proto/edustream/course/v1/course_service.proto


export interface SearchCoursesRequest__Input {
  'query'?: (string);
  'term_id'?: (string);
  'department'?: (string);
  'open_only'?: (boolean);
  'page_size'?: (number);
  'page_token'?: (string);
  'include_unoffered'?: (boolean);
  'order_by'?: (string);
  'days'?: (string)[];
  'starts_after'?: (string);
  'ends_before'?: (string);
  'instructor'?: (string);
  'min_credits'?: (number);
  'max_credits'?: (number);
  '_min_credits'?: "min_credits";
  '_max_credits'?: "max_credits";
}

export interface SearchCoursesRequest {
  'query': (string);
  'term_id': (string);
  'department': (string);
  'open_only': (boolean);
  'page_size': (number);
  'page_token': (string);
  'include_unoffered': (boolean);
  'order_by': (string);
  'days': (string)[];
  'starts_after': (string);
  'ends_before': (string);
  'instructor': (string);
  'min_credits'?: (number);
  'max_credits'?: (number);
}
