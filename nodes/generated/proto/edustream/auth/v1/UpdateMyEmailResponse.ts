// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto

import type { User__Input as _edustream_auth_v1_User__Input, User as _edustream_auth_v1_User } from '../../../edustream/auth/v1/User';

export interface UpdateMyEmailResponse__Input {
  'user'?: (_edustream_auth_v1_User__Input | null);
}

export interface UpdateMyEmailResponse {
  'user': (_edustream_auth_v1_User | null);
}
