// Original file: /work/main/proto/edustream/enrollment/v1/holds_and_appointments.proto

import type { AppointmentGroup__Input as _edustream_enrollment_v1_AppointmentGroup__Input, AppointmentGroup as _edustream_enrollment_v1_AppointmentGroup } from '../../../edustream/enrollment/v1/AppointmentGroup';
import type { AssignAppointmentsResponse__Input as _edustream_enrollment_v1_AssignAppointmentsResponse__Input, AssignAppointmentsResponse as _edustream_enrollment_v1_AssignAppointmentsResponse } from '../../../edustream/enrollment/v1/AssignAppointmentsResponse';

export interface CreateAppointmentGroupResponse__Input {
  'group'?: (_edustream_enrollment_v1_AppointmentGroup__Input | null);
  'assignment'?: (_edustream_enrollment_v1_AssignAppointmentsResponse__Input | null);
}

export interface CreateAppointmentGroupResponse {
  'group': (_edustream_enrollment_v1_AppointmentGroup | null);
  'assignment': (_edustream_enrollment_v1_AssignAppointmentsResponse | null);
}
