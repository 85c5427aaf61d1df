// The course node's half of the registration outbox (docs/registration.md, "Who owns what"): a
// catalog change that registration must follow is written as a `catalog_events` row in the same
// transaction as the change, so both commit or neither does. The enrollment node alone applies it
// to seats, enrollments and waitlists; the course node only asks it to do so after its commit.
import { sql } from "drizzle-orm";
import type { Db } from "./catalog-store";

/** A catalog change registration follows. */
export type CatalogEvent =
  | { kind: "SECTION_CREATED" | "SECTION_CAPACITY"; sectionId: string; capacity: number }
  | { kind: "SECTION_CANCELLED" | "SECTION_MEETINGS"; sectionId: string }
  | { kind: "COURSE_CREDITS"; courseId: string };

/** Writes an event in the catalog's open transaction; answers its id (to ask for its outcome after the commit). */
export async function recordCatalogEvent(tx: Db, event: CatalogEvent): Promise<string> {
  const id = crypto.randomUUID();
  const sectionId = "sectionId" in event ? event.sectionId : null;
  const courseId = "courseId" in event ? event.courseId : null;
  const capacity = "capacity" in event ? event.capacity : null;
  // The course role may insert these columns and nothing else (db/roles.ts): no RETURNING, no applied_at.
  await tx.execute(sql`insert into catalog_events (id, kind, section_id, course_id, capacity) values (${id}, ${event.kind}, ${sectionId}, ${courseId}, ${capacity})`);
  return id;
}
