// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto

import type { Role__Input as _edustream_auth_v1_Role__Input, Role as _edustream_auth_v1_Role } from '../../../edustream/auth/v1/Role';

export interface UpdateUserRequest__Input {
  'id'?: (string);
  'name'?: (string);
  'role'?: (_edustream_auth_v1_Role__Input);
  'disabled'?: (boolean);
  'email'?: (string);
  '_name'?: "name";
  '_role'?: "role";
  '_disabled'?: "disabled";
  '_email'?: "email";
}

export interface UpdateUserRequest {
  'id': (string);
  'name'?: (string);
  'role'?: (_edustream_auth_v1_Role);
  'disabled'?: (boolean);
  'email'?: (string);
}
