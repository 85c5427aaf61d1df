// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto


export interface LogoutRequest__Input {
  'refresh_token'?: (string);
}

export interface LogoutRequest {
  'refresh_token': (string);
}
