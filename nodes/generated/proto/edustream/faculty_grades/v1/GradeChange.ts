// Original file: /work/main/proto/edustream/faculty_grades/v1/faculty_grades_service.proto


export interface GradeChange__Input {
  'changed_at'?: (string);
  'actor_id'?: (string);
  'actor_name'?: (string);
  'old_grade'?: (string);
  'new_grade'?: (string);
  'reason'?: (string);
  'action'?: (string);
}

export interface GradeChange {
  'changed_at': (string);
  'actor_id': (string);
  'actor_name': (string);
  'old_grade': (string);
  'new_grade': (string);
  'reason': (string);
  'action': (string);
}
