// Original file: /work/main/proto/edustream/course/v1/course_service.proto

import type { Section__Input as _edustream_course_v1_Section__Input, Section as _edustream_course_v1_Section } from '../../../edustream/course/v1/Section';
import type { SkippedStudent__Input as _edustream_course_v1_SkippedStudent__Input, SkippedStudent as _edustream_course_v1_SkippedStudent } from '../../../edustream/course/v1/SkippedStudent';

export interface UpdateSectionResponse__Input {
  'section'?: (_edustream_course_v1_Section__Input | null);
  'promoted'?: (number);
  'skipped'?: (_edustream_course_v1_SkippedStudent__Input)[];
}

export interface UpdateSectionResponse {
  'section': (_edustream_course_v1_Section | null);
  'promoted': (number);
  'skipped': (_edustream_course_v1_SkippedStudent)[];
}
