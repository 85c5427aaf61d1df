// Original file: /work/main/proto/edustream/enrollment/v1/holds_and_appointments.proto

import type { AssignAppointmentsResponse__Input as _edustream_enrollment_v1_AssignAppointmentsResponse__Input, AssignAppointmentsResponse as _edustream_enrollment_v1_AssignAppointmentsResponse } from '../../../edustream/enrollment/v1/AssignAppointmentsResponse';

export interface DeleteAppointmentGroupResponse__Input {
  'assignment'?: (_edustream_enrollment_v1_AssignAppointmentsResponse__Input | null);
}

export interface DeleteAppointmentGroupResponse {
  'assignment': (_edustream_enrollment_v1_AssignAppointmentsResponse | null);
}
