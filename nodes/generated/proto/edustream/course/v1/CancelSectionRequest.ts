// Original file: /work/main/proto/edustream/course/v1/course_service.proto


export interface CancelSectionRequest__Input {
  'id'?: (string);
  'confirm'?: (boolean);
}

export interface CancelSectionRequest {
  'id': (string);
  'confirm': (boolean);
}
