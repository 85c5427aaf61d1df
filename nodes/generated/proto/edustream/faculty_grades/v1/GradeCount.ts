// Original file: /work/main/proto/edustream/faculty_grades/v1/faculty_grades_service.proto


export interface GradeCount__Input {
  'grade'?: (string);
  'count'?: (number);
}

export interface GradeCount {
  'grade': (string);
  'count': (number);
}
