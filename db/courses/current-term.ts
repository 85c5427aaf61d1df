import { sql } from "drizzle-orm";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { terms } from "./schema";

/**
 * The term a student means by "now" (used by both services of the courses database): the term
 * whose registration is open now (the one that starts soonest when several are), else the one
 * that started last. Undefined when there are no terms.
 */
export async function currentTerm(db: PostgresJsDatabase<Record<string, unknown>>): Promise<typeof terms.$inferSelect | undefined> {
  const open = sql`(${terms.registrationOpensAt} <= now() and now() < ${terms.registrationClosesAt})`;
  const [row] = await db
    .select()
    .from(terms)
    .orderBy(sql`${open} desc`, sql`case when ${open} then ${terms.startsOn} end asc`, sql`${terms.startsOn} desc`)
    .limit(1);
  return row;
}

/** The id of the current term (see currentTerm). */
export async function currentTermId(db: PostgresJsDatabase<Record<string, unknown>>): Promise<string | undefined> {
  return (await currentTerm(db))?.id;
}
