// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto


export interface RemoveFromPlanRequest__Input {
  'section_id'?: (string);
}

export interface RemoveFromPlanRequest {
  'section_id': (string);
}
