// Original file: /work/main/proto/edustream/enrollment/v1/holds_and_appointments.proto


export interface LiftHoldRequest__Input {
  'hold_id'?: (string);
}

export interface LiftHoldRequest {
  'hold_id': (string);
}
