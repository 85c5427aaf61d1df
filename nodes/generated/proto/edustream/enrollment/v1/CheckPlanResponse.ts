// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto

import type { Plan__Input as _edustream_enrollment_v1_Plan__Input, Plan as _edustream_enrollment_v1_Plan } from '../../../edustream/enrollment/v1/Plan';
import type { PlanSectionCheck__Input as _edustream_enrollment_v1_PlanSectionCheck__Input, PlanSectionCheck as _edustream_enrollment_v1_PlanSectionCheck } from '../../../edustream/enrollment/v1/PlanSectionCheck';

export interface CheckPlanResponse__Input {
  'plan'?: (_edustream_enrollment_v1_Plan__Input | null);
  'sections'?: (_edustream_enrollment_v1_PlanSectionCheck__Input)[];
  'problems'?: (string)[];
  'ready'?: (boolean);
}

export interface CheckPlanResponse {
  'plan': (_edustream_enrollment_v1_Plan | null);
  'sections': (_edustream_enrollment_v1_PlanSectionCheck)[];
  'problems': (string)[];
  'ready': (boolean);
}
