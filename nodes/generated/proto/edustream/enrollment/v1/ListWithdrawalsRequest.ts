// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto


export interface ListWithdrawalsRequest__Input {
  'student_id'?: (string);
}

export interface ListWithdrawalsRequest {
  'student_id': (string);
}
