// Original file: /work/main/proto/edustream/grades/v1/grades_service.proto

import type { TermGrades__Input as _edustream_grades_v1_TermGrades__Input, TermGrades as _edustream_grades_v1_TermGrades } from '../../../edustream/grades/v1/TermGrades';

export interface GetTranscriptResponse__Input {
  'student_id'?: (string);
  'terms'?: (_edustream_grades_v1_TermGrades__Input)[];
  'cumulative_gpa'?: (number | string);
  'credits_attempted'?: (number);
  'credits_earned'?: (number);
  'quality_points'?: (number | string);
  'withdrawals_unavailable'?: (boolean);
  '_cumulative_gpa'?: "cumulative_gpa";
}

export interface GetTranscriptResponse {
  'student_id': (string);
  'terms': (_edustream_grades_v1_TermGrades)[];
  'cumulative_gpa'?: (number);
  'credits_attempted': (number);
  'credits_earned': (number);
  'quality_points': (number);
  'withdrawals_unavailable': (boolean);
}
