// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto


export interface RefreshRequest__Input {
  'refresh_token'?: (string);
}

export interface RefreshRequest {
  'refresh_token': (string);
}
