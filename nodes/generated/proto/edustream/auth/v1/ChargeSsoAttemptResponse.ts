// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto


export interface ChargeSsoAttemptResponse__Input {
}

export interface ChargeSsoAttemptResponse {
}
