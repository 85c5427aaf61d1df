// Original file: /work/main/proto/edustream/grades/v1/grades_service.proto


export interface GetTranscriptRequest__Input {
  'student_id'?: (string);
}

export interface GetTranscriptRequest {
  'student_id': (string);
}
