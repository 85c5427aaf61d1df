// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto


export interface ApplyCatalogEventsRequest__Input {
  'event_ids'?: (string)[];
}

export interface ApplyCatalogEventsRequest {
  'event_ids': (string)[];
}
