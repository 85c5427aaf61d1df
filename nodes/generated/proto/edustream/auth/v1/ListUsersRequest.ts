// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto

import type { Role__Input as _edustream_auth_v1_Role__Input, Role as _edustream_auth_v1_Role } from '../../../edustream/auth/v1/Role';

export interface ListUsersRequest__Input {
  'query'?: (string);
  'role'?: (_edustream_auth_v1_Role__Input);
  'page_size'?: (number);
  'page_token'?: (string);
  'order_by'?: (string);
}

export interface ListUsersRequest {
  'query': (string);
  'role': (_edustream_auth_v1_Role);
  'page_size': (number);
  'page_token': (string);
  'order_by': (string);
}
