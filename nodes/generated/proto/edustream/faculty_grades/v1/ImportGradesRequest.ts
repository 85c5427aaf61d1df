// Original file: /work/main/proto/edustream/faculty_grades/v1/faculty_grades_service.proto


export interface ImportGradesRequest__Input {
  'section_id'?: (string);
  'csv'?: (string);
  'dry_run'?: (boolean);
  'reason'?: (string);
}

export interface ImportGradesRequest {
  'section_id': (string);
  'csv': (string);
  'dry_run': (boolean);
  'reason': (string);
}
