// Original file: /work/main/proto/edustream/course/v1/course_service.proto


export interface SkippedStudent__Input {
  'student_id'?: (string);
  'username'?: (string);
  'name'?: (string);
  'position'?: (number);
  'reason'?: (string);
}

export interface SkippedStudent {
  'student_id': (string);
  'username': (string);
  'name': (string);
  'position': (number);
  'reason': (string);
}
