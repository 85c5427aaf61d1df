// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto

import type { Plan__Input as _edustream_enrollment_v1_Plan__Input, Plan as _edustream_enrollment_v1_Plan } from '../../../edustream/enrollment/v1/Plan';
import type { PlanRegistration__Input as _edustream_enrollment_v1_PlanRegistration__Input, PlanRegistration as _edustream_enrollment_v1_PlanRegistration } from '../../../edustream/enrollment/v1/PlanRegistration';

export interface RegisterPlanResponse__Input {
  'plan'?: (_edustream_enrollment_v1_Plan__Input | null);
  'outcomes'?: (_edustream_enrollment_v1_PlanRegistration__Input)[];
}

export interface RegisterPlanResponse {
  'plan': (_edustream_enrollment_v1_Plan | null);
  'outcomes': (_edustream_enrollment_v1_PlanRegistration)[];
}
