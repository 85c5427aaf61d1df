// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto


export interface SignInWithSsoRequest__Input {
  'issuer'?: (string);
  'subject'?: (string);
  'claims_json'?: (string);
  'client_address'?: (string);
}

export interface SignInWithSsoRequest {
  'issuer': (string);
  'subject': (string);
  'claims_json': (string);
  'client_address': (string);
}
