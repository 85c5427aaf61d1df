// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto

import type { AuditEvent__Input as _edustream_auth_v1_AuditEvent__Input, AuditEvent as _edustream_auth_v1_AuditEvent } from '../../../edustream/auth/v1/AuditEvent';

export interface ListAuditEventsResponse__Input {
  'events'?: (_edustream_auth_v1_AuditEvent__Input)[];
  'next_page_token'?: (string);
}

export interface ListAuditEventsResponse {
  'events': (_edustream_auth_v1_AuditEvent)[];
  'next_page_token': (string);
}
