// Original file: /work/main/proto/edustream/enrollment/v1/holds_and_appointments.proto

import type { AppointmentGroup__Input as _edustream_enrollment_v1_AppointmentGroup__Input, AppointmentGroup as _edustream_enrollment_v1_AppointmentGroup } from '../../../edustream/enrollment/v1/AppointmentGroup';

export interface CreateAppointmentGroupRequest__Input {
  'group'?: (_edustream_enrollment_v1_AppointmentGroup__Input | null);
}

export interface CreateAppointmentGroupRequest {
  'group': (_edustream_enrollment_v1_AppointmentGroup | null);
}
