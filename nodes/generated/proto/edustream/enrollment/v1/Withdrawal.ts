// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto


export interface Withdrawal__Input {
  'section_id'?: (string);
  'course_id'?: (string);
  'course_code'?: (string);
  'course_title'?: (string);
  'credits'?: (number);
  'term_id'?: (string);
  'term_code'?: (string);
  'term_name'?: (string);
  'term_starts_on'?: (string);
  'withdrawn_at'?: (string);
}

export interface Withdrawal {
  'section_id': (string);
  'course_id': (string);
  'course_code': (string);
  'course_title': (string);
  'credits': (number);
  'term_id': (string);
  'term_code': (string);
  'term_name': (string);
  'term_starts_on': (string);
  'withdrawn_at': (string);
}
