// Original file: /work/main/proto/edustream/notifications/v1/notifications.proto

export const NotificationKind = {
  NOTIFICATION_KIND_UNSPECIFIED: 'NOTIFICATION_KIND_UNSPECIFIED',
  WAITLIST_PROMOTED: 'WAITLIST_PROMOTED',
  WAITLIST_SKIPPED: 'WAITLIST_SKIPPED',
  GRADES_RELEASED: 'GRADES_RELEASED',
} as const;

export type NotificationKind__Input =
  | 'NOTIFICATION_KIND_UNSPECIFIED'
  | 0
  | 'WAITLIST_PROMOTED'
  | 1
  | 'WAITLIST_SKIPPED'
  | 2
  | 'GRADES_RELEASED'
  | 3

export type NotificationKind = typeof NotificationKind[keyof typeof NotificationKind]
