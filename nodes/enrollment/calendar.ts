import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import type postgres from "postgres";
import { createHash, randomBytes } from "node:crypto";
import type * as schema from "../../db/courses/schema";
import { currentTermId } from "../../db/courses/current-term";
import { fail } from "../shared/errors";
import type { RevocationList } from "../shared/tokens";
import type { Caller } from "./service";
import { sectionSummary, termIdOf } from "./service";
import type { SectionFactsCache } from "./section-facts";
import { calendarWords } from "./wording";

/** Fetches of one subscription allowed per hour (calendar apps poll a few times a day). */
export const FEED_FETCHES_PER_HOUR = 60;
/** A subscription lists the terms that ended at most this many days ago, and every later one. */
const PAST_TERM_DAYS = 90;
/** A secret: 32 random bytes in base64url. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

/** The stored form of a secret: its SHA-256, so the table alone opens no calendar. */
const hashOf = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * Students' calendars: their enrolled sections with the terms' dates (the gateway turns them into
 * iCalendar), and the subscription secret that lets a calendar app fetch them without a session.
 */
export class CalendarService {
  constructor(
    private readonly db: PostgresJsDatabase<typeof schema>,
    private readonly sql: postgres.Sql,
    private readonly facts: SectionFactsCache,
    /** The accounts whose tokens are refused now: a disabled student's subscription answers nothing. */
    private readonly revocations: RevocationList,
  ) {}

  /** The calling student's enrolled sections of a term (the current term by default). */
  async getCalendar(caller: Caller, termIdOrCode: string) {
    const studentId = this.requireStudent(caller);
    const termId = termIdOrCode ? await termIdOf(this.sql, termIdOrCode) : await currentTermId(this.db);
    if (!termId) return { terms: [] };
    const rows = await this.sql<Array<{ section_id: string }>>`
      select section_id from enrollments where student_id = ${studentId} and term_id = ${termId} and status = 'ENROLLED'`;
    const terms = await this.termsOf(rows.map((r) => r.section_id));
    if (terms.length) return { terms };
    // No sections: the term's dates still, so the file names the term.
    const [term] = await this.sql<Array<{ id: string; code: string; name: string; starts_on: string; ends_on: string }>>`
      select id, code, name, starts_on::text, ends_on::text from terms where id = ${termId}`;
    return { terms: term ? [{ ...term, sections: [] }] : [] };
  }

  /**
   * The calendar of the student a subscription secret belongs to (called by the gateway without
   * a user token): every term not ended more than 90 days ago. The same NOT_FOUND for a
   * malformed, unknown or revoked secret and a disabled account; RESOURCE_EXHAUSTED past
   * FEED_FETCHES_PER_HOUR fetches in the hour (counted in the row, so every gateway copy agrees).
   */
  async getCalendarByFeed(token: string) {
    if (!TOKEN.test(token)) throw fail.notFound(calendarWords.feed);
    const [feed] = await this.sql<Array<{ student_id: string; window_count: number }>>`
      update calendar_feeds set
        last_used_at = now(),
        window_count = case when window_started_at > now() - interval '1 hour' then window_count + 1 else 1 end,
        window_started_at = case when window_started_at > now() - interval '1 hour' then window_started_at else now() end
      where token_hash = ${hashOf(token)}
      returning student_id, window_count`;
    if (!feed || this.revocations.isRevoked(feed.student_id, Math.floor(Date.now() / 1000))) throw fail.notFound(calendarWords.feed);
    if (feed.window_count > FEED_FETCHES_PER_HOUR) throw fail.throttled(calendarWords.throttled(FEED_FETCHES_PER_HOUR), 3600);
    const rows = await this.sql<Array<{ section_id: string }>>`
      select e.section_id from enrollments e join terms t on t.id = e.term_id
      where e.student_id = ${feed.student_id} and e.status = 'ENROLLED' and t.ends_on >= current_date - ${PAST_TERM_DAYS}::int`;
    return { terms: await this.termsOf(rows.map((r) => r.section_id)) };
  }

  /** Whether the calling student has a subscription, made and last used when. */
  async getFeed(caller: Caller) {
    const studentId = this.requireStudent(caller);
    const [feed] = await this.sql<Array<{ created_at: Date; last_used_at: Date | null }>>`
      select created_at, last_used_at from calendar_feeds where student_id = ${studentId}`;
    return { active: Boolean(feed), created_at: feed ? new Date(feed.created_at).toISOString() : "", last_used_at: feed?.last_used_at ? new Date(feed.last_used_at).toISOString() : "" };
  }

  /** A new secret for the calling student, replacing any previous one; answered once, stored hashed. */
  async createFeed(caller: Caller) {
    const studentId = this.requireStudent(caller);
    const token = randomBytes(32).toString("base64url");
    const [feed] = await this.sql<Array<{ created_at: Date }>>`
      insert into calendar_feeds (student_id, token_hash) values (${studentId}, ${hashOf(token)})
      on conflict (student_id) do update set token_hash = excluded.token_hash, created_at = now(), last_used_at = null, window_started_at = now(), window_count = 0
      returning created_at`;
    return { token, created_at: new Date(feed!.created_at).toISOString() };
  }

  /** Revokes the calling student's subscription: its address answers 404 from now on. */
  async revokeFeed(caller: Caller) {
    const studentId = this.requireStudent(caller);
    const deleted = await this.sql`delete from calendar_feeds where student_id = ${studentId}`;
    return { revoked: deleted.count > 0 };
  }

  private requireStudent(caller: Caller): string {
    if (caller.claims.role !== "STUDENT") throw fail.forbidden(calendarWords.studentsOnly);
    return caller.claims.sub;
  }

  /** The sections' terms, earliest first, each with its sections (cancelled ones left out) by course code. */
  private async termsOf(sectionIds: string[]) {
    const facts = await this.facts.many(sectionIds);
    const terms = new Map<string, { id: string; code: string; name: string; starts_on: string; ends_on: string; sections: ReturnType<typeof sectionSummary>[] }>();
    for (const section of facts.values()) {
      if (section.cancelled) continue;
      const term = terms.get(section.termId) ?? { id: section.termId, code: section.termCode, name: section.termName, starts_on: section.termStartsOn, ends_on: section.termEndsOn, sections: [] };
      term.sections.push(sectionSummary(section));
      terms.set(section.termId, term);
    }
    for (const term of terms.values()) term.sections.sort((a, b) => `${a.course_code} ${a.code}`.localeCompare(`${b.course_code} ${b.code}`));
    return [...terms.values()].sort((a, b) => a.starts_on.localeCompare(b.starts_on));
  }
}
