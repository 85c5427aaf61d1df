// Original file: /work/main/proto/edustream/notifications/v1/notifications.proto

import type { NotificationKind__Input as _edustream_notifications_v1_NotificationKind__Input, NotificationKind as _edustream_notifications_v1_NotificationKind } from '../../../edustream/notifications/v1/NotificationKind';

export interface Notification__Input {
  'id'?: (string);
  'kind'?: (_edustream_notifications_v1_NotificationKind__Input);
  'title'?: (string);
  'body'?: (string);
  'link'?: (string);
  'created_at'?: (string);
  'read'?: (boolean);
}

export interface Notification {
  'id': (string);
  'kind': (_edustream_notifications_v1_NotificationKind);
  'title': (string);
  'body': (string);
  'link': (string);
  'created_at': (string);
  'read': (boolean);
}
