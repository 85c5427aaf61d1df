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
  /** How people name the thing changed: "student3", "CS 101-001", "2027SP". */
  entity_label: string;
  /** The recorded change, as JSON text. */
  details: string;
  created_at: string;
}

/** An event of the merged audit trail: the trail it comes from, its details parsed. */
export interface AuditTrailEntry extends Omit<AuditEventRecord, "details"> {
  source: "accounts" | "catalog";
  details: unknown;
}

/** Which recorded actions to list: all empty means every action. */
export interface AuditFilter {
  /** Part of the acting account's username, any case. */
  actor: string;
  /** Part of the changed object's name, any case; may start with its kind ("section CS 101", "account student3"). */
  object: string;
  /** One action ("section.update") or every action on one kind of object ("section"). */
  action: string;
  /** Actions at or after this instant (RFC 3339), when set. */
  since: string;
  /** Actions before this instant (RFC 3339), when set. */
  until: string;
}

/** The word people use for each kind of object ("user" is an account to them). */
export const OBJECT_KINDS: Readonly<Record<string, string>> = { user: "account", term: "term", course: "course", section: "section", hold: "hold", appointment_group: "appointment group" };

/** The filter fields of a ListAuditEvents request (the same in both services' protos). */
export function auditFilter(request: Partial<AuditFilter>): AuditFilter {
  return { actor: request.actor ?? "", object: request.object ?? "", action: request.action ?? "", since: request.since ?? "", until: request.until ?? "" };
}
