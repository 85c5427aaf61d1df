// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto


export interface CreateCalendarFeedRequest__Input {
}

export interface CreateCalendarFeedRequest {
}
