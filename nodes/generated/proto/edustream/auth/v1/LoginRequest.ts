// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto


export interface LoginRequest__Input {
  'username'?: (string);
  'password'?: (string);
  'client_address'?: (string);
}

export interface LoginRequest {
  'username': (string);
  'password': (string);
  'client_address': (string);
}
