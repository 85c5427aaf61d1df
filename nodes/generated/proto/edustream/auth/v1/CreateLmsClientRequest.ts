// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto


export interface CreateLmsClientRequest__Input {
  'name'?: (string);
  'scopes'?: (string)[];
}

export interface CreateLmsClientRequest {
  'name': (string);
  'scopes': (string)[];
}
