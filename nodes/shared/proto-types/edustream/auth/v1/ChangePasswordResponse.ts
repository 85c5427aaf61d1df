// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto


export interface ChangePasswordResponse__Input {
}

export interface ChangePasswordResponse {
}
