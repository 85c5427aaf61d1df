// Original file: /work/main/proto/edustream/faculty_grades/v1/faculty_grades_service.proto


export interface GetGradeSheetRequest__Input {
  'section_id'?: (string);
}

export interface GetGradeSheetRequest {
  'section_id': (string);
}
