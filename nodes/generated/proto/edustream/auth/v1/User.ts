// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto

import type { Role__Input as _edustream_auth_v1_Role__Input, Role as _edustream_auth_v1_Role } from '../../../edustream/auth/v1/Role';

export interface User__Input {
  'id'?: (string);
  'username'?: (string);
  'name'?: (string);
  'role'?: (_edustream_auth_v1_Role__Input);
  'disabled'?: (boolean);
  'must_change_password'?: (boolean);
  'created_at'?: (string);
  'email'?: (string);
}

export interface User {
  'id': (string);
  'username': (string);
  'name': (string);
  'role': (_edustream_auth_v1_Role);
  'disabled': (boolean);
  'must_change_password': (boolean);
  'created_at': (string);
  'email': (string);
}
