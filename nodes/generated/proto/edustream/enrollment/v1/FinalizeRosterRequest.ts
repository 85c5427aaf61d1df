// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto


export interface FinalizeRosterRequest__Input {
  'section_id'?: (string);
}

export interface FinalizeRosterRequest {
  'section_id': (string);
}
