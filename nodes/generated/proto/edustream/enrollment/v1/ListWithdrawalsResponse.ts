// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto

import type { Withdrawal__Input as _edustream_enrollment_v1_Withdrawal__Input, Withdrawal as _edustream_enrollment_v1_Withdrawal } from '../../../edustream/enrollment/v1/Withdrawal';

export interface ListWithdrawalsResponse__Input {
  'withdrawals'?: (_edustream_enrollment_v1_Withdrawal__Input)[];
}

export interface ListWithdrawalsResponse {
  'withdrawals': (_edustream_enrollment_v1_Withdrawal)[];
}
