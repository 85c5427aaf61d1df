import { sql } from "drizzle-orm";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";

/**
 * The term a student means by "now" (used by both services of the courses database): the term
 * whose registration is open now (the one that starts soonest when several are), else the one
 * that started last. Undefined when there are no terms.
 */
export async function currentTermId(db: PostgresJsDatabase<Record<string, unknown>>): Promise<string | undefined> {
  const rows = await db.execute<{ id: string }>(sql`
    select id from terms
    order by (registration_opens_at <= now() and now() < registration_closes_at) desc,
             case when registration_opens_at <= now() and now() < registration_closes_at then starts_on end asc,
             starts_on desc
    limit 1`);
  return rows[0]?.id;
}
