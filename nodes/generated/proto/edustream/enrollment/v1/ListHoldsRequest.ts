// Original file: /work/main/proto/edustream/enrollment/v1/holds_and_appointments.proto


export interface ListHoldsRequest__Input {
  'student_id'?: (string);
  'include_lifted'?: (boolean);
}

export interface ListHoldsRequest {
  'student_id': (string);
  'include_lifted': (boolean);
}
