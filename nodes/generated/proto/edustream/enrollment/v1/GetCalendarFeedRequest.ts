// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto


export interface GetCalendarFeedRequest__Input {
}

export interface GetCalendarFeedRequest {
}
