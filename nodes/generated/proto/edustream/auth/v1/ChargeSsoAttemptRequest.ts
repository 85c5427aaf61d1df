// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto


export interface ChargeSsoAttemptRequest__Input {
  'client_address'?: (string);
}

export interface ChargeSsoAttemptRequest {
  'client_address': (string);
}
