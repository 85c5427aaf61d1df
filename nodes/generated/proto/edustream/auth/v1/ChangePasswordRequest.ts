// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto


export interface ChangePasswordRequest__Input {
  'current_password'?: (string);
  'new_password'?: (string);
}

export interface ChangePasswordRequest {
  'current_password': (string);
  'new_password': (string);
}
