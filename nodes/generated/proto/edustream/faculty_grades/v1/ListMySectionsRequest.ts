// Original file: /work/main/proto/edustream/faculty_grades/v1/faculty_grades_service.proto


export interface ListMySectionsRequest__Input {
  'term_id'?: (string);
}

export interface ListMySectionsRequest {
  'term_id': (string);
}
