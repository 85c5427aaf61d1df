// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto


export interface ScheduleSummary__Input {
  'term_id'?: (string);
  'enrolled_credits'?: (number);
  'credit_limit'?: (number);
  'enrolled_sections'?: (number);
  'waitlisted_sections'?: (number);
}

export interface ScheduleSummary {
  'term_id': (string);
  'enrolled_credits': (number);
  'credit_limit': (number);
  'enrolled_sections': (number);
  'waitlisted_sections': (number);
}
