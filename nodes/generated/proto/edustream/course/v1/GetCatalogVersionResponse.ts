// Original file: /work/main/proto/edustream/course/v1/course_service.proto


export interface GetCatalogVersionResponse__Input {
  'version'?: (string);
}

export interface GetCatalogVersionResponse {
  'version': (string);
}
