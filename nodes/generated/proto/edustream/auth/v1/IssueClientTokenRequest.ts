// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto


export interface IssueClientTokenRequest__Input {
  'client_id'?: (string);
  'client_secret'?: (string);
  'scope'?: (string);
  'client_address'?: (string);
}

export interface IssueClientTokenRequest {
  'client_id': (string);
  'client_secret': (string);
  'scope': (string);
  'client_address': (string);
}
