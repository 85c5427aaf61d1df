// Original file: /work/main/proto/edustream/auth/v1/auth_service.proto

import type { EmailAddress__Input as _edustream_auth_v1_EmailAddress__Input, EmailAddress as _edustream_auth_v1_EmailAddress } from '../../../edustream/auth/v1/EmailAddress';

export interface BatchGetEmailAddressesResponse__Input {
  'addresses'?: (_edustream_auth_v1_EmailAddress__Input)[];
}

export interface BatchGetEmailAddressesResponse {
  'addresses': (_edustream_auth_v1_EmailAddress)[];
}
