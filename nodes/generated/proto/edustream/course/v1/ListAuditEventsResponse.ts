// Original file: /work/main/proto/edustream/course/v1/course_service.proto

import type { AuditEvent__Input as _edustream_course_v1_AuditEvent__Input, AuditEvent as _edustream_course_v1_AuditEvent } from '../../../edustream/course/v1/AuditEvent';

export interface ListAuditEventsResponse__Input {
  'events'?: (_edustream_course_v1_AuditEvent__Input)[];
  'next_page_token'?: (string);
}

export interface ListAuditEventsResponse {
  'events': (_edustream_course_v1_AuditEvent)[];
  'next_page_token': (string);
}
