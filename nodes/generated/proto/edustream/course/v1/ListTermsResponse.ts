// Original file: /work/main/proto/edustream/course/v1/course_service.proto

import type { Term__Input as _edustream_course_v1_Term__Input, Term as _edustream_course_v1_Term } from '../../../edustream/course/v1/Term';

export interface ListTermsResponse__Input {
  'terms'?: (_edustream_course_v1_Term__Input)[];
}

export interface ListTermsResponse {
  'terms': (_edustream_course_v1_Term)[];
}
