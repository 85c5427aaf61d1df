// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto

import type { Role__Input as _edustream_auth_v1_Role__Input, Role as _edustream_auth_v1_Role } from '../../../edustream/auth/v1/Role';

export interface CreateUserRequest__Input {
  'username'?: (string);
  'password'?: (string);
  'name'?: (string);
  'role'?: (_edustream_auth_v1_Role__Input);
  'email'?: (string);
}

export interface CreateUserRequest {
  'username': (string);
  'password': (string);
  'name': (string);
  'role': (_edustream_auth_v1_Role);
  'email': (string);
}
