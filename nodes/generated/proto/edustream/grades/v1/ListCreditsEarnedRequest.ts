// Original file: /work/main/proto/edustream/grades/v1/grades_service.proto


export interface ListCreditsEarnedRequest__Input {
}

export interface ListCreditsEarnedRequest {
}
