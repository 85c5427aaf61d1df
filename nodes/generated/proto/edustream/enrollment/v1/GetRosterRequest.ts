// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto


export interface GetRosterRequest__Input {
  'section_id'?: (string);
}

export interface GetRosterRequest {
  'section_id': (string);
}
