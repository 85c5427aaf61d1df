// Original file: /work/main/proto/edustream/enrollment/v1/holds_and_appointments.proto


export interface PlaceHoldRequest__Input {
  'student_id'?: (string);
  'kind'?: (string);
  'reason'?: (string);
  'contact'?: (string);
}

export interface PlaceHoldRequest {
  'student_id': (string);
  'kind': (string);
  'reason': (string);
  'contact': (string);
}
