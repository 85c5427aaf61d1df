// Original file: /work/main/proto/edustream/course/v1/course_service.proto


export interface BatchGetSectionsRequest__Input {
  'ids'?: (string)[];
}

export interface BatchGetSectionsRequest {
  'ids': (string)[];
}
