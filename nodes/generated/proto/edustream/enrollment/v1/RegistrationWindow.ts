// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto


export interface RegistrationWindow__Input {
  'id'?: (string);
  'code'?: (string);
  'name'?: (string);
  'starts_on'?: (string);
  'ends_on'?: (string);
  'registration_opens_at'?: (string);
  'registration_closes_at'?: (string);
  'add_drop_deadline'?: (string);
  'registration_open'?: (boolean);
}

export interface RegistrationWindow {
  'id': (string);
  'code': (string);
  'name': (string);
  'starts_on': (string);
  'ends_on': (string);
  'registration_opens_at': (string);
  'registration_closes_at': (string);
  'add_drop_deadline': (string);
  'registration_open': (boolean);
}
