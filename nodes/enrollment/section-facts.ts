import type postgres from "postgres";
import { fail } from "../shared/errors";
import { fieldMessage } from "../shared/field-labels";
import type { StoredMeeting } from "../shared/schedule";
import { isUuid } from "../shared/ids";


/** What registration needs to know about a section, its course and its term. */
export interface SectionFacts {
  id: string;
  code: string;
  label: string;
  courseId: string;
  courseCode: string;
  courseTitle: string;
  credits: number;
  termId: string;
  termName: string;
  termCode: string;
  /** First and last day of the term (YYYY-MM-DD). */
  termStartsOn: string;
  termEndsOn: string;
  room: string;
  instructorId: string;
  instructorName: string;
  cancelled: boolean;
  meetings: StoredMeeting[];
  prerequisites: Array<{ id: string; code: string }>;
  registrationOpensAt: Date;
  registrationClosesAt: Date;
  addDropDeadline: Date;
}

interface Cached {
  facts: SectionFacts | undefined;
  expiresAt: number;
}

/**
 * Section, course and term facts kept in memory for a few seconds, so the enrolling path does
 * not read the catalog on every request. Catalog edits show after at most `ttlMs`; the one fact
 * that must never be stale, a cancelled section, is re-checked inside the enrolling statement.
 */
export class SectionFactsCache {
  private readonly entries = new Map<string, Cached>();
  private readonly loading = new Map<string, Promise<void>>();

  constructor(
    private readonly sql: postgres.Sql,
    private readonly ttlMs = 5000,
  ) {}

  /** Facts of one section, or undefined when there is no such section. */
  async one(id: string): Promise<SectionFacts | undefined> {
    return (await this.many([id])).get(id);
  }

  /** Facts of one section; a malformed id is a bad `field`, an unknown one NOT_FOUND. */
  async require(id: string, field = "section_id"): Promise<SectionFacts> {
    if (!isUuid(id)) throw fail.invalid(field, fieldMessage(field, "must be a section id."));
    const facts = await this.one(id);
    if (!facts) throw fail.notFound("The section");
    return facts;
  }

  /** Facts of one section read now, not from memory: for messages that quote the catalog as it is (e.g. meeting times). */
  async current(id: string): Promise<SectionFacts | undefined> {
    await this.load([id]);
    return this.entries.get(id)?.facts;
  }

  /**
   * Facts of several sections (unknown ids are left out). Inside a transaction pass it as `via`:
   * what is not in memory is then read on the transaction's own connection. Reading it from the
   * pool instead would wait for a second connection while holding one (and its locks): with
   * every connection held by callers waiting for those locks, nothing would ever move again.
   */
  async many(ids: readonly string[], via?: postgres.Sql | postgres.TransactionSql): Promise<Map<string, SectionFacts>> {
    const now = Date.now();
    const missing = ids.filter((id) => {
      const entry = this.entries.get(id);
      return !entry || entry.expiresAt <= now;
    });
    if (missing.length) await (via ? this.query([...new Set(missing)], via) : this.load([...new Set(missing)]));
    const result = new Map<string, SectionFacts>();
    for (const id of ids) {
      const facts = this.entries.get(id)?.facts;
      if (facts) result.set(id, facts);
    }
    return result;
  }

  /** Forgets what is kept of these sections (the catalog changed them): the next read asks the database. */
  forget(ids: readonly string[]): void {
    for (const id of ids) this.entries.delete(id);
  }

  /** Loads the ids not already being loaded in one query; waits for those that are. */
  private async load(ids: string[]): Promise<void> {
    const waits = ids.map((id) => this.loading.get(id)).filter((p): p is Promise<void> => !!p);
    const fresh = ids.filter((id) => !this.loading.has(id));
    if (fresh.length) {
      const promise = this.query(fresh).finally(() => fresh.forEach((id) => this.loading.delete(id)));
      fresh.forEach((id) => this.loading.set(id, promise));
      waits.push(promise);
    }
    await Promise.all(waits);
  }

  private async query(ids: string[], sql: postgres.Sql | postgres.TransactionSql = this.sql): Promise<void> {
    const rows = await sql<
      Array<{
        id: string;
        code: string;
        course_id: string;
        course_code: string;
        course_title: string;
        credits: number;
        term_id: string;
        term_name: string;
        term_code: string;
        starts_on: string;
        ends_on: string;
        room: string;
        instructor_id: string;
        instructor_name: string;
        status: string;
        meetings: Array<[number, number, number]>;
        prerequisites: Array<[string, string]>;
        registration_opens_at: Date;
        registration_closes_at: Date;
        add_drop_deadline: Date;
      }>
    >`
      select s.id, s.code, s.course_id, c.code as course_code, c.title as course_title, c.credits, s.term_id, t.name as term_name, t.code as term_code,
             to_char(t.starts_on, 'YYYY-MM-DD') as starts_on, to_char(t.ends_on, 'YYYY-MM-DD') as ends_on,
             s.room, s.instructor_id, s.instructor_name, s.status, t.registration_opens_at, t.registration_closes_at, t.add_drop_deadline,
             coalesce((select json_agg(json_build_array(m.day, m.start_minute, m.end_minute)) from section_meetings m where m.section_id = s.id), '[]'::json) as meetings,
             coalesce((select json_agg(json_build_array(p.prerequisite_id, pc.code) order by pc.code)
                       from course_prerequisites p join courses pc on pc.id = p.prerequisite_id where p.course_id = s.course_id), '[]'::json) as prerequisites
      from sections s join courses c on c.id = s.course_id join terms t on t.id = s.term_id
      where s.id = any(${ids}::uuid[])`;
    const expiresAt = Date.now() + this.ttlMs;
    for (const id of ids) this.entries.set(id, { facts: undefined, expiresAt });
    for (const r of rows) {
      this.entries.set(r.id, {
        expiresAt,
        facts: {
          id: r.id,
          code: r.code,
          label: `${r.course_code}-${r.code}`,
          courseId: r.course_id,
          courseCode: r.course_code,
          courseTitle: r.course_title,
          credits: r.credits,
          termId: r.term_id,
          termName: r.term_name,
          termCode: r.term_code,
          termStartsOn: r.starts_on,
          termEndsOn: r.ends_on,
          room: r.room,
          instructorId: r.instructor_id,
          instructorName: r.instructor_name,
          cancelled: r.status === "CANCELLED",
          meetings: r.meetings.map(([day, startMinute, endMinute]) => ({ day, startMinute, endMinute })),
          prerequisites: r.prerequisites.map(([id, code]) => ({ id, code })),
          registrationOpensAt: new Date(r.registration_opens_at),
          registrationClosesAt: new Date(r.registration_closes_at),
          addDropDeadline: new Date(r.add_drop_deadline),
        },
      });
    }
    if (this.entries.size > 50_000) this.evictExpired();
  }

  private evictExpired() {
    const now = Date.now();
    for (const [id, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(id);
  }
}
