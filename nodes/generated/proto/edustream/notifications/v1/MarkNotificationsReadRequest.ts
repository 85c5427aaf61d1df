// Original file: /work/main/proto/edustream/notifications/v1/notifications.proto


export interface MarkNotificationsReadRequest__Input {
  'ids'?: (string)[];
  'all'?: (boolean);
}

export interface MarkNotificationsReadRequest {
  'ids': (string)[];
  'all': (boolean);
}
