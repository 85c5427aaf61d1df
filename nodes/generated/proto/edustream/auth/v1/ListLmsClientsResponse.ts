// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto

import type { LmsClient__Input as _edustream_auth_v1_LmsClient__Input, LmsClient as _edustream_auth_v1_LmsClient } from '../../../edustream/auth/v1/LmsClient';

export interface ListLmsClientsResponse__Input {
  'clients'?: (_edustream_auth_v1_LmsClient__Input)[];
}

export interface ListLmsClientsResponse {
  'clients': (_edustream_auth_v1_LmsClient)[];
}
