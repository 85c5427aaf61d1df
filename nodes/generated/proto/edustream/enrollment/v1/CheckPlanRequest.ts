// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto


export interface CheckPlanRequest__Input {
  'term_id'?: (string);
}

export interface CheckPlanRequest {
  'term_id': (string);
}
