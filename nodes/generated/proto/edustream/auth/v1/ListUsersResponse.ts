// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto

import type { User__Input as _edustream_auth_v1_User__Input, User as _edustream_auth_v1_User } from '../../../edustream/auth/v1/User';

export interface ListUsersResponse__Input {
  'users'?: (_edustream_auth_v1_User__Input)[];
  'next_page_token'?: (string);
  'total_size'?: (number);
}

export interface ListUsersResponse {
  'users': (_edustream_auth_v1_User)[];
  'next_page_token': (string);
  'total_size': (number);
}
