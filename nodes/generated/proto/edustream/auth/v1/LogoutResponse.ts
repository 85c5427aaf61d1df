// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto


export interface LogoutResponse__Input {
}

export interface LogoutResponse {
}
