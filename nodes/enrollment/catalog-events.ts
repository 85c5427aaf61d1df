import type postgres from "postgres";
import { fail } from "../shared/errors";
import { isUuid } from "../shared/ids";
import type { Logger } from "../shared/logger";
import { lockSection, retryOnDeadlock } from "./locks";
import type { SectionFactsCache } from "./section-facts";
import type { Caller, EnrollmentDependencies } from "./service";
import type { Skip, Waitlist } from "./waitlist";

type Tx = postgres.TransactionSql;
type Kind = "SECTION_CREATED" | "SECTION_CAPACITY" | "SECTION_CANCELLED" | "SECTION_MEETINGS" | "COURSE_CREDITS";

interface PendingEvent {
  id: string;
  kind: Kind;
  section_id: string | null;
  course_id: string | null;
  capacity: number | null;
}

/** What applying an event did, kept on the event (`outcome`) and answered to the course node. */
export interface EventOutcome {
  /** Enrollment rows changed (cancelled, or given new meetings or credits). */
  affected: number;
  /** The capacity in force after a capacity event: the one asked for, or the enrolled count if more had enrolled since. */
  capacity?: number;
  promoted_student_ids?: string[];
  skipped?: Skip[];
}

const BATCH = 100;

/**
 * The enrollment side of the registration outbox (`catalog_events`, docs/registration.md): the
 * course node writes an event in the transaction that changes the catalog; this applies each one
 * once, in commit order, in a transaction of its own that makes the change and marks the event
 * applied (with its outcome) together, under the sections' locks. Woken by the course node after
 * its commit (ApplyCatalogEvents), at start and by a sweep, so an event whose wake-up never came
 * (the course node stopped between the two) is applied all the same.
 */
export class CatalogEvents {
  private sweeping: Promise<unknown> | undefined;
  /** What the last sweep that ran to its end found (for the node's metrics): when, and how many events it left pending. */
  lastSweep: { at: number; pending: number } | undefined;

  constructor(
    private readonly sql: postgres.Sql,
    private readonly facts: SectionFactsCache,
    private readonly waitlist: Waitlist,
    private readonly deps: Pick<EnrollmentDependencies, "users">,
  ) {}

  /** Admin (through the course node): applies the pending events and answers the outcome of each asked one, students named. */
  async applyCatalogEvents(caller: Caller, eventIds: string[]) {
    if (caller.claims.role !== "ADMIN") throw fail.forbidden("Only admins change the catalog.");
    if (eventIds.length > 100 || !eventIds.every(isUuid)) throw fail.invalid("event_ids", "event_ids must be at most 100 event ids.");
    const outcomes = await this.applyPending(eventIds);
    const events = [];
    for (const id of eventIds) {
      const outcome = outcomes.get(id);
      if (!outcome) throw fail.notFound("The catalog event");
      events.push({ event_id: id, affected: outcome.affected, capacity: outcome.capacity ?? 0, promoted_student_ids: outcome.promoted_student_ids ?? [], skipped: await this.namedSkips(outcome.skipped ?? [], caller) });
    }
    return { events };
  }

  /** Applies every pending event in commit order; answers the outcomes of `ids` (applied now or before). */
  async applyPending(ids: readonly string[] = []): Promise<Map<string, EventOutcome>> {
    for (;;) {
      const pending = await this.sql<PendingEvent[]>`
        select id, kind, section_id, course_id, capacity from catalog_events where applied_at is null order by seq limit ${BATCH}`;
      for (const event of pending) await retryOnDeadlock(() => this.applyOne(event));
      if (pending.length < BATCH) break;
    }
    if (ids.length === 0) return new Map();
    const rows = await this.sql<Array<{ id: string; outcome: EventOutcome | null }>>`
      select id, outcome from catalog_events where id = any(${ids as string[]}::uuid[]) and applied_at is not null`;
    return new Map(rows.map((r) => [r.id, r.outcome ?? { affected: 0 }]));
  }

  /** Applies pending events now and then every `everyMs` until stopped; failures are logged and retried at the next turn. */
  sweep(everyMs: number, logger: Logger): () => Promise<void> {
    const turn = () => {
      if (this.sweeping) return;
      this.sweeping = this.applyPending()
        .then(() => this.countPending())
        .then((pending) => (this.lastSweep = { at: Date.now(), pending }))
        .catch((error) => logger.warn("catalog events not applied yet: retried at the next sweep", { error: (error as Error).message }))
        .finally(() => (this.sweeping = undefined));
    };
    turn();
    const timer = setInterval(turn, everyMs);
    return async () => {
      clearInterval(timer);
      await this.sweeping;
    };
  }

  /** Events still waiting (a poisoned one stops those after it: docs/registration.md). */
  private async countPending(): Promise<number> {
    const [row] = await this.sql<Array<{ n: number }>>`select count(*)::int as n from catalog_events where applied_at is null`;
    return row!.n;
  }

  /** One event in its own transaction: nothing when another applier got there first. */
  private applyOne(event: PendingEvent): Promise<void> {
    return this.sql.begin(async (tx) => {
      const sections = event.section_id
        ? [event.section_id]
        : (await tx<Array<{ id: string }>>`select id from sections where course_id = ${event.course_id} order by id`).map((s) => s.id);
      for (const id of sections) await lockSection(tx, id);
      const [state] = await tx<Array<{ applied: boolean }>>`select applied_at is not null as applied from catalog_events where id = ${event.id} for update`;
      if (!state || state.applied) return;
      const outcome = await this.effect(tx, event);
      this.facts.forget(sections);
      await tx`update catalog_events set applied_at = now(), outcome = ${JSON.stringify(outcome)}::text::jsonb where id = ${event.id}`;
    });
  }

  private async effect(tx: Tx, event: PendingEvent): Promise<EventOutcome> {
    switch (event.kind) {
      case "SECTION_CREATED": {
        const rows = await tx`insert into section_seats (section_id, capacity) values (${event.section_id}, ${event.capacity}) on conflict (section_id) do nothing returning section_id`;
        return { affected: 0, capacity: rows.length ? event.capacity! : undefined };
      }
      case "SECTION_CAPACITY":
        return this.resize(tx, event.section_id!, event.capacity!);
      case "SECTION_CANCELLED": {
        const rows = await tx`
          update enrollments set status = 'CANCELLED', waitlist_seq = null, skipped_at = null, skip_reason = null, skip_remedy = null, updated_at = now()
          where section_id = ${event.section_id} and status in ('ENROLLED', 'WAITLISTED') returning id`;
        await tx`update section_seats set enrolled = 0, waitlisted = 0 where section_id = ${event.section_id}`;
        return { affected: rows.length };
      }
      case "SECTION_MEETINGS": {
        const rows = await tx`update enrollments set meetings = section_meeting_ranges(${event.section_id}::uuid) where section_id = ${event.section_id} returning id`;
        return { affected: rows.length };
      }
      case "COURSE_CREDITS": {
        const rows = await tx`update enrollments e set credits = c.credits from courses c where c.id = ${event.course_id} and e.course_id = c.id returning e.id`;
        return { affected: rows.length };
      }
    }
  }

  /**
   * A new capacity: never below the enrolled count (the catalog refused that before its commit;
   * a student who enrolled since keeps the seat and the capacity stops at the count). New free
   * seats go to the waitlist in order, skipping those not eligible now.
   */
  private async resize(tx: Tx, sectionId: string, asked: number): Promise<EventOutcome> {
    const [seats] = await tx<Array<{ enrolled: number }>>`select enrolled from section_seats where section_id = ${sectionId} for update`;
    if (!seats) {
      await tx`insert into section_seats (section_id, capacity) values (${sectionId}, ${asked})`;
      return { affected: 0, capacity: asked, promoted_student_ids: [], skipped: [] };
    }
    const capacity = Math.max(asked, seats.enrolled);
    this.facts.forget([sectionId]);
    const section = (await this.facts.many([sectionId], tx)).get(sectionId);
    const free = capacity - seats.enrolled;
    const { promoted, skipped } = free > 0 && section && !section.cancelled ? await this.waitlist.offer(tx, section, free) : { promoted: [], skipped: [] };
    await tx`
      update section_seats set capacity = ${capacity}, enrolled = enrolled + ${promoted.length}, waitlisted = waitlisted - ${promoted.length}
      where section_id = ${sectionId}`;
    return { affected: promoted.length, capacity, promoted_student_ids: promoted, skipped };
  }

  /** Skipped students with their usernames and names, for the admin's answer. */
  private async namedSkips(skipped: Skip[], caller: Caller) {
    const people = skipped.length ? await this.deps.users(skipped.map((s) => s.studentId), caller) : [];
    const byId = new Map(people.map((p) => [p.id, p]));
    return skipped.map((s) => ({ student_id: s.studentId, username: byId.get(s.studentId)?.username ?? "", name: byId.get(s.studentId)?.name ?? "", position: s.position, reason: s.reason }));
  }
}
