// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto


export interface CancelSectionEnrollmentsRequest__Input {
  'section_id'?: (string);
}

export interface CancelSectionEnrollmentsRequest {
  'section_id': (string);
}
