// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto


export interface GetMeRequest__Input {
}

export interface GetMeRequest {
}
