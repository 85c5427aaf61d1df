// Original file: /work/main/proto/edustream/enrollment/v1/holds_and_appointments.proto

import type { AppointmentGroup__Input as _edustream_enrollment_v1_AppointmentGroup__Input, AppointmentGroup as _edustream_enrollment_v1_AppointmentGroup } from '../../../edustream/enrollment/v1/AppointmentGroup';

export interface ListAppointmentGroupsResponse__Input {
  'groups'?: (_edustream_enrollment_v1_AppointmentGroup__Input)[];
  'assigned_at'?: (string);
  'students_assigned'?: (number);
}

export interface ListAppointmentGroupsResponse {
  'groups': (_edustream_enrollment_v1_AppointmentGroup)[];
  'assigned_at': (string);
  'students_assigned': (number);
}
