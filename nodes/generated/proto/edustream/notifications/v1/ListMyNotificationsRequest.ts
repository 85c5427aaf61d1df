// Original file: /work/main/proto/edustream/notifications/v1/notifications.proto


export interface ListMyNotificationsRequest__Input {
  'page_size'?: (number);
  'page_token'?: (string);
  'unread_only'?: (boolean);
}

export interface ListMyNotificationsRequest {
  'page_size': (number);
  'page_token': (string);
  'unread_only': (boolean);
}
