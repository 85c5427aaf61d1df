// Original file: /work/main/proto/edustream/grades/v1/grades_service.proto


export interface ListCompletedCoursesRequest__Input {
  'student_id'?: (string);
}

export interface ListCompletedCoursesRequest {
  'student_id': (string);
}
