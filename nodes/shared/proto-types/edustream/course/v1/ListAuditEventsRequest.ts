// Original file: /work/main/proto/edustream/course/v1/course_service.proto


export interface ListAuditEventsRequest__Input {
  'page_size'?: (number);
  'page_token'?: (string);
}

export interface ListAuditEventsRequest {
  'page_size': (number);
  'page_token': (string);
}
