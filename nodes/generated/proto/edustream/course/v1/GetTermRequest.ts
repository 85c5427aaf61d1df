// Original file: /work/main/proto/edustream/course/v1/course_service.proto


export interface GetTermRequest__Input {
  'id'?: (string);
}

export interface GetTermRequest {
  'id': (string);
}
