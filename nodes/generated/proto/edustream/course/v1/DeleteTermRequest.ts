// Original file: /work/main/proto/edustream/course/v1/course_service.proto


export interface DeleteTermRequest__Input {
  'id'?: (string);
}

export interface DeleteTermRequest {
  'id': (string);
}
