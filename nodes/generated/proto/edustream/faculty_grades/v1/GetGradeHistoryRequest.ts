// Original file: /work/main/proto/edustream/faculty_grades/v1/faculty_grades_service.proto


export interface GetGradeHistoryRequest__Input {
  'section_id'?: (string);
  'student_id'?: (string);
}

export interface GetGradeHistoryRequest {
  'section_id': (string);
  'student_id': (string);
}
