// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto


export interface ChangePasswordResponse__Input {
  'access_token'?: (string);
  'refresh_token'?: (string);
  'expires_in'?: (number);
}

export interface ChangePasswordResponse {
  'access_token': (string);
  'refresh_token': (string);
  'expires_in': (number);
}
