// Original file: /work/main/proto/edustream/course/v1/course_service.proto


export interface ListDepartmentsRequest__Input {
}

export interface ListDepartmentsRequest {
}
