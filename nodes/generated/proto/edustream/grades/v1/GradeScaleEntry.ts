// Original file: /work/main/proto/edustream/grades/v1/grades_service.proto


export interface GradeScaleEntry__Input {
  'code'?: (string);
  'points'?: (number | string);
  'counts_in_gpa'?: (boolean);
  'passing'?: (boolean);
  'description'?: (string);
}

export interface GradeScaleEntry {
  'code': (string);
  'points': (number);
  'counts_in_gpa': (boolean);
  'passing': (boolean);
  'description': (string);
}
