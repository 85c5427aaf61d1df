// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto

import type { CalendarTerm__Input as _edustream_enrollment_v1_CalendarTerm__Input, CalendarTerm as _edustream_enrollment_v1_CalendarTerm } from '../../../edustream/enrollment/v1/CalendarTerm';

export interface GetCalendarResponse__Input {
  'terms'?: (_edustream_enrollment_v1_CalendarTerm__Input)[];
}

export interface GetCalendarResponse {
  'terms': (_edustream_enrollment_v1_CalendarTerm)[];
}
