// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto


export interface RegisterRequest__Input {
  'username'?: (string);
  'password'?: (string);
  'name'?: (string);
  'client_address'?: (string);
}

export interface RegisterRequest {
  'username': (string);
  'password': (string);
  'name': (string);
  'client_address': (string);
}
