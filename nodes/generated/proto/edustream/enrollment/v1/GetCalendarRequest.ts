// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto


export interface GetCalendarRequest__Input {
  'term_id'?: (string);
}

export interface GetCalendarRequest {
  'term_id': (string);
}
