// Original file: /work/main/proto/edustream/faculty_grades/v1/faculty_grades_service.proto


export interface ReleaseGradesResponse__Input {
  'released_count'?: (number);
  'released_at'?: (string);
}

export interface ReleaseGradesResponse {
  'released_count': (number);
  'released_at': (string);
}
