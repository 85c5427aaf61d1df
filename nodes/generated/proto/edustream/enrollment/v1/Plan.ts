// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto

import type { PlanSection__Input as _edustream_enrollment_v1_PlanSection__Input, PlanSection as _edustream_enrollment_v1_PlanSection } from '../../../edustream/enrollment/v1/PlanSection';

export interface Plan__Input {
  'id'?: (string);
  'term_id'?: (string);
  'version'?: (number);
  'sections'?: (_edustream_enrollment_v1_PlanSection__Input)[];
  'planned_credits'?: (number);
  'enrolled_credits'?: (number);
  'credit_limit'?: (number);
  'limit'?: (number);
}

export interface Plan {
  'id': (string);
  'term_id': (string);
  'version': (number);
  'sections': (_edustream_enrollment_v1_PlanSection)[];
  'planned_credits': (number);
  'enrolled_credits': (number);
  'credit_limit': (number);
  'limit': (number);
}
