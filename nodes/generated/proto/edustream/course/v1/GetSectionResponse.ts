// Original file: /work/main/proto/edustream/course/v1/course_service.proto

import type { Section__Input as _edustream_course_v1_Section__Input, Section as _edustream_course_v1_Section } from '../../../edustream/course/v1/Section';

export interface GetSectionResponse__Input {
  'section'?: (_edustream_course_v1_Section__Input | null);
}

export interface GetSectionResponse {
  'section': (_edustream_course_v1_Section | null);
}
