// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto


export interface BatchGetRosterSizesRequest__Input {
  'section_ids'?: (string)[];
}

export interface BatchGetRosterSizesRequest {
  'section_ids': (string)[];
}
