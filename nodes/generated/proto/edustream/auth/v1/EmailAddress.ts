// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto


export interface EmailAddress__Input {
  'user_id'?: (string);
  'email'?: (string);
}

export interface EmailAddress {
  'user_id': (string);
  'email': (string);
}
