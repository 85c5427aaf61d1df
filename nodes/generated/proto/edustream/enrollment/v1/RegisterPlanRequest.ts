// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto


export interface RegisterPlanRequest__Input {
  'term_id'?: (string);
}

export interface RegisterPlanRequest {
  'term_id': (string);
}
