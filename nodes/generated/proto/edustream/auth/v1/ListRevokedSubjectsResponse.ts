// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto

import type { RevokedSubject__Input as _edustream_auth_v1_RevokedSubject__Input, RevokedSubject as _edustream_auth_v1_RevokedSubject } from '../../../edustream/auth/v1/RevokedSubject';

export interface ListRevokedSubjectsResponse__Input {
  'subjects'?: (_edustream_auth_v1_RevokedSubject__Input)[];
}

export interface ListRevokedSubjectsResponse {
  'subjects': (_edustream_auth_v1_RevokedSubject)[];
}
