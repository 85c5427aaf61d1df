// Original file: /work/main/proto/edustream/grades/v1/grades_service.proto


export interface StudentCredits__Input {
  'student_id'?: (string);
  'credits_earned'?: (number);
}

export interface StudentCredits {
  'student_id': (string);
  'credits_earned': (number);
}
