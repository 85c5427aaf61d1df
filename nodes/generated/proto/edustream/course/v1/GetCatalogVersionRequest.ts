// Original file: /work/main/proto/edustream/course/v1/course_service.proto


export interface GetCatalogVersionRequest__Input {
}

export interface GetCatalogVersionRequest {
}
