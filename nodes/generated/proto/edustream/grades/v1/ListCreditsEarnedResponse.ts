// Original file: /work/main/proto/edustream/grades/v1/grades_service.proto

import type { StudentCredits__Input as _edustream_grades_v1_StudentCredits__Input, StudentCredits as _edustream_grades_v1_StudentCredits } from '../../../edustream/grades/v1/StudentCredits';

export interface ListCreditsEarnedResponse__Input {
  'students'?: (_edustream_grades_v1_StudentCredits__Input)[];
}

export interface ListCreditsEarnedResponse {
  'students': (_edustream_grades_v1_StudentCredits)[];
}
