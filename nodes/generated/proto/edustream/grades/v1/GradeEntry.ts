// Original file: /work/main/proto/edustream/grades/v1/grades_service.proto


export interface GradeEntry__Input {
  'section_id'?: (string);
  'course_id'?: (string);
  'course_code'?: (string);
  'course_title'?: (string);
  'credits'?: (number);
  'grade'?: (string);
  'points'?: (number | string);
  'counts_in_gpa'?: (boolean);
  'repeated'?: (boolean);
  'released_at'?: (string);
}

export interface GradeEntry {
  'section_id': (string);
  'course_id': (string);
  'course_code': (string);
  'course_title': (string);
  'credits': (number);
  'grade': (string);
  'points': (number);
  'counts_in_gpa': (boolean);
  'repeated': (boolean);
  'released_at': (string);
}
