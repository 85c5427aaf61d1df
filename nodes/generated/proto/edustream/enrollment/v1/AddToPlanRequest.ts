// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto


export interface AddToPlanRequest__Input {
  'section_id'?: (string);
}

export interface AddToPlanRequest {
  'section_id': (string);
}
