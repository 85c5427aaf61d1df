// Original file: /work/main/proto/edustream/course/v1/course_service.proto


export interface DeleteTermResponse__Input {
}

export interface DeleteTermResponse {
}
