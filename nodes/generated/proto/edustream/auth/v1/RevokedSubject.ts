// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto

import type { Long } from '@grpc/proto-loader';

export interface RevokedSubject__Input {
  'user_id'?: (string);
  'not_before'?: (number | string | Long);
}

export interface RevokedSubject {
  'user_id': (string);
  'not_before': (string);
}
