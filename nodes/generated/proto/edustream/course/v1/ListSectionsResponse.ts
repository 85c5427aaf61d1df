// Original file: /work/main/proto/edustream/course/v1/course_service.proto

import type { Section__Input as _edustream_course_v1_Section__Input, Section as _edustream_course_v1_Section } from '../../../edustream/course/v1/Section';

export interface ListSectionsResponse__Input {
  'sections'?: (_edustream_course_v1_Section__Input)[];
  'next_page_token'?: (string);
  'total_size'?: (number);
}

export interface ListSectionsResponse {
  'sections': (_edustream_course_v1_Section)[];
  'next_page_token': (string);
  'total_size': (number);
}
