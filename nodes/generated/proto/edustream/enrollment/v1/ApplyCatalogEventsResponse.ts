// Original file: /work/main/proto/edustream/enrollment/v1/enrollment_service.proto

import type { CatalogEventOutcome__Input as _edustream_enrollment_v1_CatalogEventOutcome__Input, CatalogEventOutcome as _edustream_enrollment_v1_CatalogEventOutcome } from '../../../edustream/enrollment/v1/CatalogEventOutcome';

export interface ApplyCatalogEventsResponse__Input {
  'events'?: (_edustream_enrollment_v1_CatalogEventOutcome__Input)[];
}

export interface ApplyCatalogEventsResponse {
  'events': (_edustream_enrollment_v1_CatalogEventOutcome)[];
}
