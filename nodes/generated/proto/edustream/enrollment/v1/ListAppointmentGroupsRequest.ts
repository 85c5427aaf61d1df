// Original file: /work/main/proto/edustream/enrollment/v1/holds_and_appointments.proto


export interface ListAppointmentGroupsRequest__Input {
  'term_id'?: (string);
}

export interface ListAppointmentGroupsRequest {
  'term_id': (string);
}
