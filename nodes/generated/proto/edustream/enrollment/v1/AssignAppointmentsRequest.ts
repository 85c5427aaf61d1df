// Original file: /work/main/proto/edustream/enrollment/v1/holds_and_appointments.proto


export interface AssignAppointmentsRequest__Input {
  'term_id'?: (string);
}

export interface AssignAppointmentsRequest {
  'term_id': (string);
}
