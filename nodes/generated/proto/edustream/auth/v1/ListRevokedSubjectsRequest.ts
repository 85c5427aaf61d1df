// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto


export interface ListRevokedSubjectsRequest__Input {
}

export interface ListRevokedSubjectsRequest {
}
