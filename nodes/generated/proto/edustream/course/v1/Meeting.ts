// Original file: /work/main/proto/edustream/course/v1/course_service.proto


export interface Meeting__Input {
  'day'?: (string);
  'start_time'?: (string);
  'end_time'?: (string);
}

export interface Meeting {
  'day': (string);
  'start_time': (string);
  'end_time': (string);
}
