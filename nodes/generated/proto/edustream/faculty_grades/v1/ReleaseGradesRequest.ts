// Original file: /work/main/proto/edustream/faculty_grades/v1/faculty_grades_service.proto


export interface ReleaseGradesRequest__Input {
  'section_id'?: (string);
}

export interface ReleaseGradesRequest {
  'section_id': (string);
}
