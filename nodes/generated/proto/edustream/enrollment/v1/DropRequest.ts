// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto


export interface DropRequest__Input {
  'enrollment_id'?: (string);
  'withdraw'?: (boolean);
}

export interface DropRequest {
  'enrollment_id': (string);
  'withdraw': (boolean);
}
