// The registrar's changes that the enrollment node makes (holds, appointment groups) are recorded
// in the courses database's audit trail, like the catalog's, so the admin's audit page lists them.
import type postgres from "postgres";
import type { Caller, EnrollmentDependencies } from "./service";

/** The acting admin's username for the trail (their name when the auth service does not answer). */
export async function actorUsername(deps: Pick<EnrollmentDependencies, "users">, caller: Caller): Promise<string> {
  const [me] = await deps.users([caller.claims.sub], caller).catch(() => []);
  return me?.username ?? caller.claims.name;
}

/**
 * Records a registrar's change in the change's own transaction. The entity is the action's first
 * part ("hold.place": hold). Details go as text cast to jsonb (postgres.js would JSON-encode a
 * jsonb parameter again, storing a string).
 */
export async function audit(tx: postgres.TransactionSql, caller: Caller, actor: string, action: string, entityId: string, entityLabel: string, details: Record<string, unknown>) {
  await tx`
    insert into audit_events (actor_id, actor_username, action, entity, entity_id, entity_label, details)
    values (${caller.claims.sub}, ${actor}, ${action}, ${action.split(".")[0]!}, ${entityId}, ${entityLabel}, ${JSON.stringify(details)}::text::jsonb)`;
}
