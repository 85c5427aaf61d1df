// Original file: /work/main/proto/edustream/course/v1/course_service.proto


export interface ListAuditEventsRequest__Input {
  'page_size'?: (number);
  'page_token'?: (string);
  'actor'?: (string);
  'object'?: (string);
  'action'?: (string);
  'since'?: (string);
  'until'?: (string);
}

export interface ListAuditEventsRequest {
  'page_size': (number);
  'page_token': (string);
  'actor': (string);
  'object': (string);
  'action': (string);
  'since': (string);
  'until': (string);
}
