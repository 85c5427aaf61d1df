// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto


export interface WaitlistSkip__Input {
  'student_id'?: (string);
  'username'?: (string);
  'name'?: (string);
  'position'?: (number);
  'reason'?: (string);
}

export interface WaitlistSkip {
  'student_id': (string);
  'username': (string);
  'name': (string);
  'position': (number);
  'reason': (string);
}
