// Original file: /work/main/proto/edustream/course/v1/course_service.proto


export interface ListTermsRequest__Input {
}

export interface ListTermsRequest {
}
