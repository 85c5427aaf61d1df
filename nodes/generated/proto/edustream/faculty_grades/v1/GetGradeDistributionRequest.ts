// Original file: /work/main/proto/edustream/faculty_grades/v1/faculty_grades_service.proto


export interface GetGradeDistributionRequest__Input {
  'section_id'?: (string);
}

export interface GetGradeDistributionRequest {
  'section_id': (string);
}
