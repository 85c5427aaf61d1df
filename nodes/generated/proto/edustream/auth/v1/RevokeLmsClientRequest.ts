// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto


export interface RevokeLmsClientRequest__Input {
  'id'?: (string);
}

export interface RevokeLmsClientRequest {
  'id': (string);
}
