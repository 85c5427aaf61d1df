import type postgres from "postgres";
import { lockSection, lockStudent } from "./locks";
import type { EnrollmentMetrics } from "./metrics";
import type { SeatProblemRow, WaitlistNextRow } from "./registration-sql";
import { seatProblemWords, type SeatProblemWords } from "./wording";
import type { SectionFacts, SectionFactsCache } from "./section-facts";
import { recordNotices } from "../shared/notifications/record";
import { promotedNotice, skippedNotice, type Notice } from "../shared/notifications/wording";
import { createHash } from "node:crypto";

type Tx = postgres.TransactionSql;


/** A waitlisted student passed over for a free seat: they keep their place. */
export interface Skip {
  studentId: string;
  /** Their place on the waitlist after the offer (1 = next). */
  position: number;
  reason: string;
}

/** Who took the free seats, and who was passed over (in waitlist order). */
export interface Offer {
  promoted: string[];
  skipped: Skip[];
}

/**
 * The waitlist rule (invariant 3): free seats go to waitlisted students in order, each one
 * checked against what they hold at that moment; a student who is not eligible (a time conflict
 * or the credit limit) keeps their place and gets a note saying when, why and how to fix it.
 */
export class Waitlist {
  constructor(
    private readonly facts: SectionFactsCache,
    /** Most credits a student may hold in a term (EDUSTREAM_CREDIT_LIMIT). */
    readonly creditLimit: number,
    private readonly metrics?: EnrollmentMetrics,
    /** Whether promotions and skips are also mailed (outbox rows beside the notifications). */
    private readonly email = false,
  ) {}

  /**
   * Moves up to `seats` waitlisted students into the section, in waitlist order, skipping (with
   * a note on their row) those not eligible now. The caller holds the section's lock and moves
   * the seat and waitlist counters by the promoted count.
   */
  async offer(tx: Tx, section: SectionFacts, seats: number): Promise<Offer> {
    const promoted: string[] = [];
    const skipped: Skip[] = [];
    const notices: Notice[] = [];
    const told = { label: section.label, courseTitle: section.courseTitle, termName: section.termName };
    let after = 0;
    while (promoted.length < seats) {
      const candidates = await tx<WaitlistNextRow[]>`
        select id, student_id, waitlist_seq from waitlist_next(${section.id}::uuid, ${after}, 20)`;
      if (candidates.length === 0) break;
      for (const candidate of candidates) {
        after = Number(candidate.waitlist_seq);
        const [, answers] = await Promise.all([
          lockStudent(tx, candidate.student_id),
          tx<SeatProblemRow[]>`
            select p.problem, p.other, p.credits from enrollments e, seat_problem(e.student_id, e.term_id, e.section_id, e.meetings, e.credits, ${this.creditLimit}) p
            where e.id = ${candidate.id}`,
        ]);
        const problem = await this.problemWords(tx, section, answers[0]);
        if (problem) {
          // Everyone still waiting ahead of this student was skipped too: their place is one past them.
          skipped.push({ studentId: candidate.student_id, position: skipped.length + 1, reason: problem.reason });
          this.metrics?.skipped(answers[0]?.problem === "CREDIT_LIMIT" ? "credit_limit" : "time_conflict");
          await tx`update enrollments set skipped_at = now(), skip_reason = ${problem.reason}, skip_remedy = ${problem.remedy} where id = ${candidate.id}`;
          // Told once per place on the waitlist and reason: a later offer with the same reason says nothing new.
          const reasonKey = createHash("sha256").update(problem.reason).digest("base64url").slice(0, 16);
          notices.push(skippedNotice(candidate.student_id, `waitlist-skipped:${candidate.id}:${candidate.waitlist_seq}:${reasonKey}`, told, problem.reason, problem.remedy));
          continue;
        }
        await tx`update enrollments set status = 'ENROLLED', waitlist_seq = null, skipped_at = null, skip_reason = null, skip_remedy = null, updated_at = now() where id = ${candidate.id}`;
        promoted.push(candidate.student_id);
        notices.push(promotedNotice(candidate.student_id, `waitlist-promoted:${candidate.id}:${candidate.waitlist_seq}`, told));
        this.metrics?.promoted(1);
        if (promoted.length === seats) break;
      }
    }
    // In the offer's transaction: the students are told exactly when the seats change hands.
    await recordNotices(tx, notices, this.email);
    return { promoted, skipped };
  }

  /** The words of a `seat_problem` answer (undefined: eligible), reading the clashing section on `via` (a transaction's own connection). */
  async problemWords(via: Tx | postgres.Sql, section: SectionFacts, answer: SeatProblemRow | undefined): Promise<SeatProblemWords | undefined> {
    if (!answer?.problem) return undefined;
    if (answer.problem === "CREDIT_LIMIT") return seatProblemWords(section, { problem: "CREDIT_LIMIT", credits: answer.credits ?? 0 }, this.creditLimit);
    const other = answer.other ? (await this.facts.many([answer.other], via)).get(answer.other) : undefined;
    return seatProblemWords(section, { problem: "TIME_CONFLICT", other }, this.creditLimit);
  }

  /**
   * Offers the free seats of the sections a student waits for again, after their schedule
   * lost a section (they may be eligible now). Each section in its own transaction under its
   * lock, from the head of its waitlist, so nobody ahead of them is jumped.
   */
  async reofferFor(sql: postgres.Sql, studentId: string, termId: string): Promise<void> {
    const waiting = await sql<Array<{ section_id: string }>>`
      select e.section_id from enrollments e join section_seats ss on ss.section_id = e.section_id
      where e.student_id = ${studentId} and e.term_id = ${termId} and e.status = 'WAITLISTED' and ss.enrolled < ss.capacity`;
    const sections = await this.facts.many(waiting.map((w) => w.section_id));
    for (const section of sections.values()) {
      if (section.cancelled) continue;
      await sql.begin(async (tx) => {
        const [, seats] = await Promise.all([
          lockSection(tx, section.id),
          tx<Array<{ free: number }>>`select capacity - enrolled as free from section_seats where section_id = ${section.id}`,
        ]);
        const free = seats[0]?.free ?? 0;
        if (free <= 0) return;
        const { promoted } = await this.offer(tx, section, free);
        if (promoted.length) {
          await tx`update section_seats set enrolled = enrolled + ${promoted.length}, waitlisted = waitlisted - ${promoted.length} where section_id = ${section.id}`;
        }
      });
    }
  }
}
