// Original file: /work/main/proto/edustream/faculty_grades/v1/faculty_grades_service.proto


export interface SetGradeRequest__Input {
  'section_id'?: (string);
  'student_id'?: (string);
  'grade'?: (string);
  'reason'?: (string);
}

export interface SetGradeRequest {
  'section_id': (string);
  'student_id': (string);
  'grade': (string);
  'reason': (string);
}
