// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto


export interface SwapRequest__Input {
  'enrollment_id'?: (string);
  'section_id'?: (string);
  'idempotency_key'?: (string);
  'waitlist'?: (boolean);
}

export interface SwapRequest {
  'enrollment_id': (string);
  'section_id': (string);
  'idempotency_key': (string);
  'waitlist': (boolean);
}
