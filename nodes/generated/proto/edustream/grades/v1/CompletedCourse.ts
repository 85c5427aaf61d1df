// Original file: /work/main/proto/edustream/grades/v1/grades_service.proto


export interface CompletedCourse__Input {
  'course_id'?: (string);
  'course_code'?: (string);
  'grade'?: (string);
  'passed'?: (boolean);
}

export interface CompletedCourse {
  'course_id': (string);
  'course_code': (string);
  'grade': (string);
  'passed': (boolean);
}
