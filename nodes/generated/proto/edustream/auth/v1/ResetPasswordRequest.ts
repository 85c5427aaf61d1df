// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto


export interface ResetPasswordRequest__Input {
  'id'?: (string);
  'new_password'?: (string);
}

export interface ResetPasswordRequest {
  'id': (string);
  'new_password': (string);
}
