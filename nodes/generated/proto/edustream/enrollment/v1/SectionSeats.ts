// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto


export interface SectionSeats__Input {
  'section_id'?: (string);
  'capacity'?: (number);
  'enrolled'?: (number);
  'available'?: (number);
  'waitlisted'?: (number);
  'cancelled'?: (boolean);
}

export interface SectionSeats {
  'section_id': (string);
  'capacity': (number);
  'enrolled': (number);
  'available': (number);
  'waitlisted': (number);
  'cancelled': (boolean);
}
