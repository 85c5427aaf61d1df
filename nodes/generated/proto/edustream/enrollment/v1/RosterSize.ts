// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto


export interface RosterSize__Input {
  'section_id'?: (string);
  'capacity'?: (number);
  'enrolled'?: (number);
  'waitlisted'?: (number);
}

export interface RosterSize {
  'section_id': (string);
  'capacity': (number);
  'enrolled': (number);
  'waitlisted': (number);
}
