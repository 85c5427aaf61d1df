// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto


export interface BatchGetUsersRequest__Input {
  'ids'?: (string)[];
  'usernames'?: (string)[];
}

export interface BatchGetUsersRequest {
  'ids': (string)[];
  'usernames': (string)[];
}
