// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto


export interface ResizeSectionRequest__Input {
  'section_id'?: (string);
  'capacity'?: (number);
}

export interface ResizeSectionRequest {
  'section_id': (string);
  'capacity': (number);
}
