// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto


export interface RevokeCalendarFeedRequest__Input {
}

export interface RevokeCalendarFeedRequest {
}
