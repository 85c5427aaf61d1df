// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto


export interface RevokeCalendarFeedResponse__Input {
  'revoked'?: (boolean);
}

export interface RevokeCalendarFeedResponse {
  'revoked': (boolean);
}
