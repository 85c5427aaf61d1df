// Original file: /work/main/proto/edustream/course/v1/course_service.proto


export interface CreateTermRequest__Input {
  'code'?: (string);
  'name'?: (string);
  'starts_on'?: (string);
  'ends_on'?: (string);
  'registration_opens_at'?: (string);
  'registration_closes_at'?: (string);
  'add_drop_deadline'?: (string);
}

export interface CreateTermRequest {
  'code': (string);
  'name': (string);
  'starts_on': (string);
  'ends_on': (string);
  'registration_opens_at': (string);
  'registration_closes_at': (string);
  'add_drop_deadline': (string);
}
