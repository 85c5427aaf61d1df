// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto

import type { SectionSummary__Input as _edustream_enrollment_v1_SectionSummary__Input, SectionSummary as _edustream_enrollment_v1_SectionSummary } from '../../../edustream/enrollment/v1/SectionSummary';

export interface CalendarTerm__Input {
  'id'?: (string);
  'code'?: (string);
  'name'?: (string);
  'starts_on'?: (string);
  'ends_on'?: (string);
  'sections'?: (_edustream_enrollment_v1_SectionSummary__Input)[];
}

export interface CalendarTerm {
  'id': (string);
  'code': (string);
  'name': (string);
  'starts_on': (string);
  'ends_on': (string);
  'sections': (_edustream_enrollment_v1_SectionSummary)[];
}
