// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto


export interface ListMyEnrollmentsRequest__Input {
  'term_id'?: (string);
  'include_dropped'?: (boolean);
}

export interface ListMyEnrollmentsRequest {
  'term_id': (string);
  'include_dropped': (boolean);
}
