// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto


export interface ListEnrollmentsRequest__Input {
  'term_id'?: (string);
  'section_id'?: (string);
  'page_size'?: (number);
  'page_token'?: (string);
}

export interface ListEnrollmentsRequest {
  'term_id': (string);
  'section_id': (string);
  'page_size': (number);
  'page_token': (string);
}
