// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto

import type { User__Input as _edustream_auth_v1_User__Input, User as _edustream_auth_v1_User } from '../../../edustream/auth/v1/User';

export interface SignInWithSsoResponse__Input {
  'access_token'?: (string);
  'refresh_token'?: (string);
  'expires_in'?: (number);
  'user'?: (_edustream_auth_v1_User__Input | null);
  'created'?: (boolean);
}

export interface SignInWithSsoResponse {
  'access_token': (string);
  'refresh_token': (string);
  'expires_in': (number);
  'user': (_edustream_auth_v1_User | null);
  'created': (boolean);
}
