import type postgres from "postgres";
import { lockSection, lockStudent } from "./locks";
import type { EnrollmentMetrics, SkipReason } from "./metrics";
import type { SeatProblemRow, WaitlistNextRow } from "./registration-sql";
import { seatProblemWords, swapCannotDrop, type SeatProblemWords } from "./wording";
import { leavingEnrolled } from "./rules";
import type { SectionFacts, SectionFactsCache } from "./section-facts";
import { recordNotices } from "../shared/notifications/record";
import { promotedNotice, skippedNotice, type Notice } from "../shared/notifications/wording";
import { createHash } from "node:crypto";

type Tx = postgres.TransactionSql;

/** A waitlisted student's "drop A when promoted here" (waitlist_swaps), A still enrolled. */
interface Swap {
  drop_enrollment_id: string;
  drop_section_id: string;
}

/** Why a waitlisted student may not take a seat now, for the note on their row and the metrics. */
type Problem = SeatProblemWords & { kind: SkipReason };

/** Thrown inside a savepoint to roll it back: the student is not eligible even with A dropped. */
class NotEligible extends Error {
  constructor(readonly problem: Problem) {
    super("not eligible");
  }
}

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
    /** The university's time zone, in which messages give times. */
    private readonly timeZone = "UTC",
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
      const swaps = await this.swapsOf(tx, candidates);
      for (const candidate of candidates) {
        after = Number(candidate.waitlist_seq);
        const swap = swaps.get(candidate.id);
        // The lock and the plain seat rule go out together (the rule's statement runs after the lock's).
        const [, plain] = await Promise.all([lockStudent(tx, candidate.student_id), swap ? undefined : this.seatProblem(tx, section, candidate.id)]);
        const verdict = swap ? await this.withSwap(tx, section, candidate, swap) : { problem: plain };
        if (verdict.problem) {
          // Everyone still waiting ahead of this student was skipped too: their place is one past them.
          skipped.push({ studentId: candidate.student_id, position: skipped.length + 1, reason: verdict.problem.reason });
          this.metrics?.skipped(verdict.problem.kind);
          await tx`update enrollments set skipped_at = now(), skip_reason = ${verdict.problem.reason}, skip_remedy = ${verdict.problem.remedy} where id = ${candidate.id}`;
          // Told once per place on the waitlist and reason: a later offer with the same reason says nothing new.
          const reasonKey = createHash("sha256").update(verdict.problem.reason).digest("base64url").slice(0, 16);
          notices.push(skippedNotice(candidate.student_id, `waitlist-skipped:${candidate.id}:${candidate.waitlist_seq}:${reasonKey}`, told, verdict.problem.reason, verdict.problem.remedy));
          continue;
        }
        await tx`update enrollments set status = 'ENROLLED', waitlist_seq = null, skipped_at = null, skip_reason = null, skip_remedy = null, updated_at = now() where id = ${candidate.id}`;
        if (swap) await this.completeSwap(tx, candidate, swap);
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

  /**
   * A seat of `section` was given up (a drop, a withdrawal, the A of a swap): it goes to the first
   * eligible waitlisted student, else it is free. The caller holds the section's lock. Answers who took it.
   */
  async releaseSeat(tx: Tx, section: SectionFacts): Promise<string[]> {
    const promoted = section.cancelled ? [] : (await this.offer(tx, section, 1)).promoted;
    if (promoted.length === 0) await tx`update section_seats set enrolled = enrolled - 1 where section_id = ${section.id}`;
    else await tx`update section_seats set waitlisted = waitlisted - ${promoted.length} where section_id = ${section.id}`;
    return promoted;
  }

  /** Whether a waitlisted row may take a seat now (`seat_problem` on what the student holds), in words. */
  async seatProblem(tx: Tx, section: SectionFacts, enrollmentId: string): Promise<Problem | undefined> {
    const [answer] = await tx<SeatProblemRow[]>`
      select p.problem, p.other, p.credits from enrollments e, seat_problem(e.student_id, e.term_id, e.section_id, e.meetings, e.credits, ${this.creditLimit}) p
      where e.id = ${enrollmentId}`;
    const words = await this.problemWords(tx, section, answer);
    return words && { ...words, kind: answer?.problem === "CREDIT_LIMIT" ? "credit_limit" : "time_conflict" };
  }

  /** The live swaps ("drop A when promoted") of these waitlisted rows: made for their current place, A still enrolled. */
  private async swapsOf(tx: Tx, candidates: WaitlistNextRow[]): Promise<Map<string, Swap>> {
    const rows = await tx<Array<Swap & { enrollment_id: string }>>`
      select s.enrollment_id, s.drop_enrollment_id, a.section_id as drop_section_id
      from waitlist_swaps s join enrollments a on a.id = s.drop_enrollment_id and a.status = 'ENROLLED'
      join unnest(${candidates.map((c) => c.id)}::uuid[], ${candidates.map((c) => c.waitlist_seq)}::bigint[]) as c(id, seq)
        on s.enrollment_id = c.id and s.waitlist_seq = c.seq`;
    return new Map(rows.map((r) => [r.enrollment_id, r]));
  }

  /**
   * The seat rule for a student who asked to drop A when promoted here: asked with A dropped (in
   * a savepoint, rolled back when they are not eligible), and only when A may be dropped now.
   * On success A stays dropped in this transaction; completeSwap finishes it.
   */
  private async withSwap(tx: Tx, section: SectionFacts, candidate: WaitlistNextRow, swap: Swap): Promise<{ problem?: Problem }> {
    const from = (await this.facts.many([swap.drop_section_id], tx)).get(swap.drop_section_id);
    const [seats] = await tx<Array<{ grades_released_at: Date | null }>>`select grades_released_at from section_seats where section_id = ${swap.drop_section_id}`;
    const leaving = from && leavingEnrolled(from, { now: Date.now(), gradesReleasedAt: seats?.grades_released_at ? new Date(seats.grades_released_at) : null, withdrawConfirmed: false }, this.timeZone);
    if (!from || leaving?.kind !== "DROPPED") {
      return { problem: { ...swapCannotDrop(section, from?.label ?? "the section to drop", leaving?.kind === "REFUSED" ? leaving.message : ""), kind: "swap_blocked" } };
    }
    await lockSection(tx, from.id);
    try {
      await tx.savepoint(async (sp) => {
        await sp`update enrollments set status = 'DROPPED' where id = ${swap.drop_enrollment_id}`;
        const problem = await this.seatProblem(sp as unknown as Tx, section, candidate.id);
        if (problem) throw new NotEligible(problem);
      });
      return {};
    } catch (error) {
      if (error instanceof NotEligible) return { problem: error.problem };
      throw error;
    }
  }

  /** The swap's A, dropped in the promotion's transaction: its row finished and its seat offered to its own waitlist. */
  private async completeSwap(tx: Tx, candidate: WaitlistNextRow, swap: Swap): Promise<void> {
    await tx`update enrollments set waitlist_seq = null, skipped_at = null, skip_reason = null, skip_remedy = null, updated_at = now() where id = ${swap.drop_enrollment_id}`;
    await tx`delete from waitlist_swaps where enrollment_id = ${candidate.id}`;
    const from = (await this.facts.many([swap.drop_section_id], tx)).get(swap.drop_section_id);
    if (from) await this.releaseSeat(tx, from);
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
