// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto


export interface IssueClientTokenResponse__Input {
  'access_token'?: (string);
  'expires_in'?: (number);
  'scope'?: (string);
}

export interface IssueClientTokenResponse {
  'access_token': (string);
  'expires_in': (number);
  'scope': (string);
}
