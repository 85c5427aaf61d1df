// Original file: /work/main/proto/edustream/grades/v1/grades_service.proto


export interface ListMyGradesRequest__Input {
  'term_id'?: (string);
}

export interface ListMyGradesRequest {
  'term_id': (string);
}
