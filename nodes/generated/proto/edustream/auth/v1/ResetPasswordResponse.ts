// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto


export interface ResetPasswordResponse__Input {
}

export interface ResetPasswordResponse {
}
