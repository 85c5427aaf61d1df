// Original file: /work/main/proto/edustream/enrollment/v1/holds_and_appointments.proto


export interface AppointmentGroup__Input {
  'id'?: (string);
  'term_id'?: (string);
  'name'?: (string);
  'basis'?: (string);
  'min_credits'?: (number);
  'standing'?: (string);
  'students'?: (string)[];
  'starts_at'?: (string);
  'assigned'?: (number);
}

export interface AppointmentGroup {
  'id': (string);
  'term_id': (string);
  'name': (string);
  'basis': (string);
  'min_credits': (number);
  'standing': (string);
  'students': (string)[];
  'starts_at': (string);
  'assigned': (number);
}
