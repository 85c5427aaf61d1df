// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto


export interface RosterEntry__Input {
  'enrollment_id'?: (string);
  'student_id'?: (string);
  'username'?: (string);
  'name'?: (string);
  'position'?: (number);
  'created_at'?: (string);
}

export interface RosterEntry {
  'enrollment_id': (string);
  'student_id': (string);
  'username': (string);
  'name': (string);
  'position': (number);
  'created_at': (string);
}
