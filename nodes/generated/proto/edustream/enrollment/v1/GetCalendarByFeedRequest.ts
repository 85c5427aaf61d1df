// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto


export interface GetCalendarByFeedRequest__Input {
  'token'?: (string);
}

export interface GetCalendarByFeedRequest {
  'token': (string);
}
