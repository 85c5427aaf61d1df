// Original file: /work/main/proto/edustream/grades/v1/grades_service.proto


export interface GetGradeScaleRequest__Input {
}

export interface GetGradeScaleRequest {
}
