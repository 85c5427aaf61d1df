// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto


export interface GetRegistrationSummaryRequest__Input {
  'section_id'?: (string);
}

export interface GetRegistrationSummaryRequest {
  'section_id': (string);
}
