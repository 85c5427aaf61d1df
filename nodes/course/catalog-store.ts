// What the course node's resources (terms, courses, sections) share: the database, the other
// services it asks, the reads each resource's answers are built from, the audit trail and the
// catalog write lock.
import { asc, eq, inArray, sql, type SQL } from "drizzle-orm";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import * as schema from "../../db/courses/schema";
import { auditEvents, catalogVersion, coursePrerequisites, courses, terms } from "../../db/courses/schema";
import { currentTerm } from "../../db/courses/current-term";
import { auditTrailPage } from "../shared/audit";
import type { AuditFilter } from "../shared/audit-view";
import { fail } from "../shared/errors";
import { FreshRead } from "../shared/fresh-read";
import { isUuid } from "../shared/ids";
import { meetingText } from "../shared/schedule";
import type { SectionView } from "../shared/section-view";
import type { Claims } from "../shared/tokens";

export type Db = PostgresJsDatabase<typeof schema>;
export type TermRow = typeof terms.$inferSelect;
export type CourseRow = typeof courses.$inferSelect;
/** What a course's public view is built from (a row without its search columns). */
export type CourseView = Omit<CourseRow, "codeKey" | "searchVector">;

/** What the course node needs from other services; main.ts wires them to gRPC clients. */
export interface CourseDependencies {
  /** The account with this id (forwarding the admin's token), or undefined when there is none. */
  findUser(id: string, token: string): Promise<{ id: string; username: string; name: string; role: string; disabled: boolean } | undefined>;
  /**
   * Asks the enrollment service, after the commit, to apply the catalog events just written and
   * answer what each did; undefined when it did not answer (it applies them at its next sweep).
   */
  applyCatalogEvents(eventIds: string[], token: string): Promise<CatalogEventOutcome[] | undefined>;
}

/** What applying a catalog event did (enrollment's answer). */
export interface CatalogEventOutcome {
  event_id: string;
  affected: number;
  capacity: number;
  promoted_student_ids: string[];
  skipped: SkippedStudent[];
}

/** A waitlisted student passed over for a new seat, with the reason (enrollment's answer). */
export interface SkippedStudent {
  student_id: string;
  username: string;
  name: string;
  position: number;
  reason: string;
}

/** An admin caller with the token to forward. */
export interface AdminCaller {
  claims: Claims;
  token: string;
}

// Catalog writes are rare: one lock serialises them so clash and cycle checks cannot race.
const CATALOG_WRITE_LOCK = 0x63617467; // "catg"

/** The public view of a term. */
export function termView(row: TermRow, now = Date.now()) {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    starts_on: row.startsOn,
    ends_on: row.endsOn,
    registration_opens_at: row.registrationOpensAt.toISOString(),
    registration_closes_at: row.registrationClosesAt.toISOString(),
    add_drop_deadline: row.addDropDeadline.toISOString(),
    registration_open: row.registrationOpensAt.getTime() <= now && now < row.registrationClosesAt.getTime(),
  };
}

/** Text for an ILIKE pattern, with its wildcards escaped. */
export function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Raises the catalog version (in the caller's transaction when given one). */
function raiseCatalogVersion(db: Db) {
  return db.update(catalogVersion).set({ version: sql`${catalogVersion.version} + 1` });
}

/** Refuses callers other than admins. */
export function requireAdmin(caller: Claims) {
  if (caller.role !== "ADMIN") throw fail.forbidden("Only admins may change the catalog.");
}

/** Reads and write helpers shared by the terms, courses and sections of the catalog. */
export class CatalogStore {
  private readonly version: FreshRead<string>;

  constructor(
    readonly db: Db,
    readonly deps: CourseDependencies,
  ) {
    this.version = new FreshRead(async () => {
      const [row] = await this.db.select({ version: catalogVersion.version }).from(catalogVersion).limit(1);
      return String(row?.version ?? 0);
    });
  }

  /** The catalog version, read after this call (shared with the calls waiting for the same read). */
  async catalogVersion() {
    return { version: await this.version.get() };
  }

  /** One term, or NOT_FOUND. */
  async termById(id: string): Promise<TermRow> {
    if (!isUuid(id)) throw fail.notFound("The term");
    const [row] = await this.db.select().from(terms).where(eq(terms.id, id)).limit(1);
    if (!row) throw fail.notFound("The term");
    return row;
  }

  /** The requested term (by id or code, e.g. 2026FA), or the current one when none is asked for. */
  async resolveTerm(termId: string): Promise<TermRow | undefined> {
    if (termId && !isUuid(termId)) {
      const [row] = await this.db.select().from(terms).where(eq(terms.code, termId.trim().toUpperCase())).limit(1);
      if (!row) throw fail.notFound("The term");
      return row;
    }
    if (termId) return this.termById(termId);
    return currentTerm(this.db);
  }

  /** One course, or NOT_FOUND. */
  async courseById(id: string): Promise<CourseRow> {
    if (!isUuid(id)) throw fail.notFound("The course");
    const [row] = await this.db.select().from(courses).where(eq(courses.id, id)).limit(1);
    if (!row) throw fail.notFound("The course");
    return row;
  }

  /** Courses as the API shows them: with their prerequisites and their sections in the term (those matching `sectionFilters` on `s`). */
  async coursesWithSections(rows: CourseView[], termId: string | undefined, sectionFilters: SQL[] = []) {
    if (rows.length === 0) return [];
    const ids = rows.map((r) => r.id);
    const [prerequisites, sectionList] = await Promise.all([
      this.db
        .select({ courseId: coursePrerequisites.courseId, id: courses.id, code: courses.code, title: courses.title })
        .from(coursePrerequisites)
        .innerJoin(courses, eq(courses.id, coursePrerequisites.prerequisiteId))
        .where(inArray(coursePrerequisites.courseId, ids))
        .orderBy(asc(courses.code)),
      termId ? this.loadSections(sql.join([sql`s.course_id = any(${sql.param(ids)}::uuid[]) and s.term_id = ${termId}`, ...sectionFilters], sql` and `)) : Promise.resolve([]),
    ]);
    return rows.map((c) => ({
      id: c.id,
      code: c.code,
      title: c.title,
      description: c.description,
      credits: c.credits,
      department: c.department,
      retired: c.retired,
      prerequisites: prerequisites.filter((p) => p.courseId === c.id).map(({ id, code, title }) => ({ id, code, title })),
      sections: sectionList.filter((s) => s.course_id === c.id),
    }));
  }

  /**
   * Sections matching a condition on `s` (sections), with course, term, seats, waitlist length
   * and meetings, in one query. Seat numbers are read from the enrollment service's counters in
   * the shared courses database.
   */
  async loadSections(where: SQL, limit?: { size: number; offset: number }): Promise<SectionView[]> {
    const rows = await this.db.execute<Omit<SectionView, "meetings"> & { meetings: Array<[number, number, number]> }>(sql`
      select s.id, s.course_id, c.code as course_code, c.title as course_title, c.credits, s.term_id, t.code as term_code, t.name as term_name, s.code,
             s.instructor_id, s.instructor_name, s.room, s.status,
             coalesce(ss.capacity, 0) as capacity, coalesce(ss.enrolled, 0) as enrolled,
             coalesce(ss.waitlisted, 0) as waitlisted,
             coalesce((select json_agg(json_build_array(m.day, m.start_minute, m.end_minute) order by m.day, m.start_minute)
                       from section_meetings m where m.section_id = s.id), '[]'::json) as meetings
      from sections s
      join courses c on c.id = s.course_id
      join terms t on t.id = s.term_id
      left join section_seats ss on ss.section_id = s.id
      where ${where}
      order by c.code, s.code, s.id
      ${limit ? sql`limit ${limit.size} offset ${limit.offset}` : sql``}`);
    return rows.map((r) => ({ ...r, meetings: r.meetings.map(([day, startMinute, endMinute]) => meetingText({ day, startMinute, endMinute })) }));
  }

  /** One section with seats, waitlist length and meetings, or NOT_FOUND. */
  async sectionById(id: string): Promise<SectionView> {
    if (!isUuid(id)) throw fail.notFound("The section");
    const [section] = await this.loadSections(sql`s.id = ${id}`);
    if (!section) throw fail.notFound("The section");
    return section;
  }

  /** Records an admin's catalog change. */
  async audit(caller: AdminCaller, action: string, entity: string, entityId: string, entityLabel: string, details: Record<string, unknown>) {
    const actor = await this.deps.findUser(caller.claims.sub, caller.token).catch(() => undefined);
    await this.db.insert(auditEvents).values({ actorId: caller.claims.sub, actorUsername: actor?.username ?? caller.claims.name, action, entity, entityId, entityLabel, details });
  }

  /** Recorded admin actions on the catalog, newest first (admin). */
  async listAuditEvents(caller: AdminCaller, input: { pageSize: number; pageToken: string } & Partial<AuditFilter>) {
    requireAdmin(caller.claims);
    return auditTrailPage(this.db, auditEvents, input);
  }

  /**
   * Has registration follow committed catalog events now (the enrollment node applies them): the
   * outcome of each, in order, or undefined when it did not answer (its sweep applies them).
   */
  async registrationFollows(caller: AdminCaller, eventIds: string[]): Promise<CatalogEventOutcome[] | undefined> {
    if (eventIds.length === 0) return [];
    const outcomes = await this.deps.applyCatalogEvents(eventIds, caller.token);
    // Seats (a new counter, a capacity) changed after the catalog's commit: caches built in
    // between hold the new version with the old seats, so the version moves once more.
    await raiseCatalogVersion(this.db);
    return outcomes;
  }

  /**
   * Runs a catalog change in a transaction holding the catalog write lock (catalog events are
   * written in it too, in commit order) and raising the catalog version: every catalog write of
   * the course node goes through here, so the catalog caches see each change at once.
   */
  writeCatalog<T>(work: (tx: Db) => Promise<T>): Promise<T> {
    return this.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${CATALOG_WRITE_LOCK})`);
      const result = await work(tx as unknown as Db);
      await raiseCatalogVersion(tx as unknown as Db);
      return result;
    });
  }
}
