// Original file: /work/main/proto/edustream/enrollment/v1/holds_and_appointments.proto


export interface Hold__Input {
  'id'?: (string);
  'student_id'?: (string);
  'kind'?: (string);
  'blocks_registration'?: (boolean);
  'reason'?: (string);
  'contact'?: (string);
  'placed_by'?: (string);
  'placed_by_name'?: (string);
  'placed_at'?: (string);
  'lifted_by'?: (string);
  'lifted_by_name'?: (string);
  'lifted_at'?: (string);
}

export interface Hold {
  'id': (string);
  'student_id': (string);
  'kind': (string);
  'blocks_registration': (boolean);
  'reason': (string);
  'contact': (string);
  'placed_by': (string);
  'placed_by_name': (string);
  'placed_at': (string);
  'lifted_by': (string);
  'lifted_by_name': (string);
  'lifted_at': (string);
}
