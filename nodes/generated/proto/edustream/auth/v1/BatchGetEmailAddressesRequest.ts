// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto


export interface BatchGetEmailAddressesRequest__Input {
  'user_ids'?: (string)[];
}

export interface BatchGetEmailAddressesRequest {
  'user_ids': (string)[];
}
