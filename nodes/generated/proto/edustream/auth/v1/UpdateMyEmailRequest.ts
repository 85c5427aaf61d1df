// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto


export interface UpdateMyEmailRequest__Input {
  'email'?: (string);
}

export interface UpdateMyEmailRequest {
  'email': (string);
}
