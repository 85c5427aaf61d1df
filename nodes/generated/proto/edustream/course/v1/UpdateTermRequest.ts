// Original file: /work/main/proto/edustream/course/v1/course_service.proto


export interface UpdateTermRequest__Input {
  'id'?: (string);
  'code'?: (string);
  'name'?: (string);
  'starts_on'?: (string);
  'ends_on'?: (string);
  'registration_opens_at'?: (string);
  'registration_closes_at'?: (string);
  'add_drop_deadline'?: (string);
  '_code'?: "code";
  '_name'?: "name";
  '_starts_on'?: "starts_on";
  '_ends_on'?: "ends_on";
  '_registration_opens_at'?: "registration_opens_at";
  '_registration_closes_at'?: "registration_closes_at";
  '_add_drop_deadline'?: "add_drop_deadline";
}

export interface UpdateTermRequest {
  'id': (string);
  'code'?: (string);
  'name'?: (string);
  'starts_on'?: (string);
  'ends_on'?: (string);
  'registration_opens_at'?: (string);
  'registration_closes_at'?: (string);
  'add_drop_deadline'?: (string);
}
