// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto


export interface FinalizeRosterResponse__Input {
  'section_id'?: (string);
  'enrolled_student_ids'?: (string)[];
  'finalized_at'?: (string);
}

export interface FinalizeRosterResponse {
  'section_id': (string);
  'enrolled_student_ids': (string)[];
  'finalized_at': (string);
}
