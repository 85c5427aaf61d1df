// Original file: /work/main/proto/edustream/course/v1/course_service.proto


export interface GetSectionRequest__Input {
  'id'?: (string);
}

export interface GetSectionRequest {
  'id': (string);
}
