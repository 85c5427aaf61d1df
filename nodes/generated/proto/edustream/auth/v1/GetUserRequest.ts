// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto


export interface GetUserRequest__Input {
  'id'?: (string);
}

export interface GetUserRequest {
  'id': (string);
}
