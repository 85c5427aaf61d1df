// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto

import type { Plan__Input as _edustream_enrollment_v1_Plan__Input, Plan as _edustream_enrollment_v1_Plan } from '../../../edustream/enrollment/v1/Plan';

export interface GetPlanResponse__Input {
  'plan'?: (_edustream_enrollment_v1_Plan__Input | null);
}

export interface GetPlanResponse {
  'plan': (_edustream_enrollment_v1_Plan | null);
}
