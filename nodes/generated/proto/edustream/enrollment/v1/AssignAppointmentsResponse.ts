// Original file: /work/main/proto/edustream/enrollment/v1/holds_and_appointments.proto


export interface AssignAppointmentsResponse__Input {
  'students_assigned'?: (number);
  'assigned_at'?: (string);
}

export interface AssignAppointmentsResponse {
  'students_assigned': (number);
  'assigned_at': (string);
}
