// Original file: /work/main/proto/edustream/notifications/v1/notifications.proto


export interface MarkNotificationsReadResponse__Input {
  'marked_count'?: (number);
  'unread_count'?: (number);
}

export interface MarkNotificationsReadResponse {
  'marked_count': (number);
  'unread_count': (number);
}
