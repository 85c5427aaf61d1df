// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto

import type { LmsClient__Input as _edustream_auth_v1_LmsClient__Input, LmsClient as _edustream_auth_v1_LmsClient } from '../../../edustream/auth/v1/LmsClient';

export interface RevokeLmsClientResponse__Input {
  'client'?: (_edustream_auth_v1_LmsClient__Input | null);
}

export interface RevokeLmsClientResponse {
  'client': (_edustream_auth_v1_LmsClient | null);
}
