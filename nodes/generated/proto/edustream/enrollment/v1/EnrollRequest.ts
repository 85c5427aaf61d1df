// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto


export interface EnrollRequest__Input {
  'section_id'?: (string);
  'idempotency_key'?: (string);
  'no_waitlist'?: (boolean);
}

export interface EnrollRequest {
  'section_id': (string);
  'idempotency_key': (string);
  'no_waitlist': (boolean);
}
