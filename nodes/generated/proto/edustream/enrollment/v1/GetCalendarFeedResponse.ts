// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto


export interface GetCalendarFeedResponse__Input {
  'active'?: (boolean);
  'created_at'?: (string);
  'last_used_at'?: (string);
}

export interface GetCalendarFeedResponse {
  'active': (boolean);
  'created_at': (string);
  'last_used_at': (string);
}
