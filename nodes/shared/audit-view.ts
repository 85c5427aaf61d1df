// The audit trail of admin actions as the APIs show it: the auth and course services each list
// their own events (details as JSON text); the gateway merges both trails for the admin pages.

/** An admin action as a service lists it. */
export interface AuditEventRecord {
  id: string;
  actor_id: string;
  actor_username: string;
  action: string;
  entity: string;
  entity_id: string;
  /** The recorded change, as JSON text. */
  details: string;
  created_at: string;
}

/** An event of the merged audit trail: the trail it comes from, its details parsed. */
export interface AuditTrailEntry extends Omit<AuditEventRecord, "details"> {
  source: "accounts" | "catalog";
  details: unknown;
}
