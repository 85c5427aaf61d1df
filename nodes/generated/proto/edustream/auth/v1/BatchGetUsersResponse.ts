// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto

import type { User__Input as _edustream_auth_v1_User__Input, User as _edustream_auth_v1_User } from '../../../edustream/auth/v1/User';

export interface BatchGetUsersResponse__Input {
  'users'?: (_edustream_auth_v1_User__Input)[];
}

export interface BatchGetUsersResponse {
  'users': (_edustream_auth_v1_User)[];
}
