// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto


export interface LmsClient__Input {
  'id'?: (string);
  'client_id'?: (string);
  'name'?: (string);
  'scopes'?: (string)[];
  'created_at'?: (string);
  'revoked_at'?: (string);
  'last_used_at'?: (string);
}

export interface LmsClient {
  'id': (string);
  'client_id': (string);
  'name': (string);
  'scopes': (string)[];
  'created_at': (string);
  'revoked_at': (string);
  'last_used_at': (string);
}
