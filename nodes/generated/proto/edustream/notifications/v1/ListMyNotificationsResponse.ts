// Original file: /work/main/proto/edustream/notifications/v1/notifications.proto

import type { Notification__Input as _edustream_notifications_v1_Notification__Input, Notification as _edustream_notifications_v1_Notification } from '../../../edustream/notifications/v1/Notification';

export interface ListMyNotificationsResponse__Input {
  'notifications'?: (_edustream_notifications_v1_Notification__Input)[];
  'next_page_token'?: (string);
  'unread_count'?: (number);
}

export interface ListMyNotificationsResponse {
  'notifications': (_edustream_notifications_v1_Notification)[];
  'next_page_token': (string);
  'unread_count': (number);
}
