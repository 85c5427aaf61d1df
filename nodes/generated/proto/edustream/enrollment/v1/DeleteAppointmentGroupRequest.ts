// Original file: /work/main/proto/edustream/enrollment/v1/holds_and_appointments.proto


export interface DeleteAppointmentGroupRequest__Input {
  'group_id'?: (string);
}

export interface DeleteAppointmentGroupRequest {
  'group_id': (string);
}
