// Original file: /work/main/proto/edustream/faculty_grades/v1/faculty_grades_service.proto

import type { TaughtSection__Input as _edustream_faculty_grades_v1_TaughtSection__Input, TaughtSection as _edustream_faculty_grades_v1_TaughtSection } from '../../../edustream/faculty_grades/v1/TaughtSection';

export interface ListMySectionsResponse__Input {
  'sections'?: (_edustream_faculty_grades_v1_TaughtSection__Input)[];
}

export interface ListMySectionsResponse {
  'sections': (_edustream_faculty_grades_v1_TaughtSection)[];
}
