// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto


export interface CancelSectionEnrollmentsResponse__Input {
  'affected'?: (number);
}

export interface CancelSectionEnrollmentsResponse {
  'affected': (number);
}
