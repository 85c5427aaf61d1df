// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto


export interface CreateCalendarFeedResponse__Input {
  'token'?: (string);
  'created_at'?: (string);
}

export interface CreateCalendarFeedResponse {
  'token': (string);
  'created_at': (string);
}
