// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto


export interface EnrollmentRecord__Input {
  'id'?: (string);
  'section_id'?: (string);
  'student_id'?: (string);
  'status'?: (string);
  'created_at'?: (string);
  'updated_at'?: (string);
  'term_id'?: (string);
}

export interface EnrollmentRecord {
  'id': (string);
  'section_id': (string);
  'student_id': (string);
  'status': (string);
  'created_at': (string);
  'updated_at': (string);
  'term_id': (string);
}
