// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto


export interface GetPlanRequest__Input {
  'term_id'?: (string);
}

export interface GetPlanRequest {
  'term_id': (string);
}
