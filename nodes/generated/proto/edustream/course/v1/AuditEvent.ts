// Original file: /work/main/proto/edustream/course/v1/course_service.proto


export interface AuditEvent__Input {
  'id'?: (string);
  'actor_id'?: (string);
  'actor_username'?: (string);
  'action'?: (string);
  'entity'?: (string);
  'entity_id'?: (string);
  'details'?: (string);
  'created_at'?: (string);
  'entity_label'?: (string);
}

export interface AuditEvent {
  'id': (string);
  'actor_id': (string);
  'actor_username': (string);
  'action': (string);
  'entity': (string);
  'entity_id': (string);
  'details': (string);
  'created_at': (string);
  'entity_label': (string);
}
