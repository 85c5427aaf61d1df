// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto


export interface ListLmsClientsRequest__Input {
}

export interface ListLmsClientsRequest {
}
