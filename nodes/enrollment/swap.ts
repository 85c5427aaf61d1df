// Swap: "drop A only if adding B succeeds", as one transaction under both sections' locks; and,
// when B is full and the student says so, "join B's waitlist and drop A when promoted from it"
// (the promotion does it: waitlist.ts). The rules are enroll_attempt's: asked with A's row marked
// dropped inside the transaction, so every rule counts A as gone (another section of the same
// course, a time conflict with A, the credit limit). If B is refused, the transaction rolls back
// and A stays as it was.
import type postgres from "postgres";
import { AppError, fail } from "../shared/errors";
import { isUuid } from "../shared/ids";
import type { Admission } from "./admission";
import { enrollAnswer, enrollAttempt, sectionSummary, type EnrollmentStatus } from "./enroll-attempt";
import { lockSection, lockStudent, retryOnDeadlock } from "./locks";
import type { EnrollmentMetrics } from "./metrics";
import type { EnrollAttemptRow } from "./registration-sql";
import { leavingEnrolled } from "./rules";
import type { SectionFacts, SectionFactsCache } from "./section-facts";
import type { Caller, EnrollmentService } from "./service";
import type { Waitlist } from "./waitlist";
import { swapRefused, swapWords } from "./wording";

type Tx = postgres.TransactionSql;

/** Thrown out of the transaction to roll it back, carrying enroll_attempt's answer (a replay or a refusal). */
class Unchanged extends Error {
  constructor(readonly row: EnrollAttemptRow) {
    super("swap rolled back");
  }
}

/** What the transaction did: B's answer, and whether A was dropped now or waits for B's promotion. */
interface Done {
  row: EnrollAttemptRow;
  dropped: boolean;
  promoted: string[];
}

export class SwapService {
  constructor(
    private readonly sql: postgres.Sql,
    private readonly facts: SectionFactsCache,
    private readonly waitlist: Waitlist,
    private readonly enrollment: EnrollmentService,
    private readonly timeZone = "UTC",
    private readonly metrics?: EnrollmentMetrics,
  ) {}

  /**
   * The calling student leaves enrollment `enrollmentId` (A) for section `sectionId` (B): at once
   * when B has a seat; with `waitlist`, a full B puts them on its waitlist with A dropped at their
   * promotion (and an existing place on B's waitlist gets that mark). `idempotencyKey` makes a
   * retry answer the first result.
   */
  async swap(caller: Caller, input: { enrollmentId: string; sectionId: string; idempotencyKey: string; waitlist: boolean }) {
    if (caller.claims.role !== "STUDENT") throw fail.forbidden("Only students swap their own sections.");
    const key = input.idempotencyKey.trim();
    if (key.length > 200) throw fail.invalid("idempotency_key", "The idempotency key must be at most 200 characters.");
    if (!isUuid(input.enrollmentId)) throw fail.notFound("The enrollment");
    const [found] = await this.sql<Array<{ student_id: string; section_id: string }>>`select student_id, section_id from enrollments where id = ${input.enrollmentId}`;
    if (!found) throw fail.notFound("The enrollment");
    if (found.student_id !== caller.claims.sub) throw fail.forbidden("This enrollment belongs to another student.");
    const into = await this.facts.require(input.sectionId, "section_id");
    const from = await this.facts.require(found.section_id);
    if (from.id === into.id) throw fail.invalid("section_id", swapWords.sameSection(from));
    if (from.termId !== into.termId) throw fail.invalid("section_id", swapWords.otherTerm(from));
    const admission = await this.enrollment.admission.forCaller(caller)(into);
    const studentId = caller.claims.sub;
    let done: Done;
    try {
      done = await retryOnDeadlock(() => this.sql.begin((tx) => this.inTransaction(tx, { studentId, from, into, enrollmentId: input.enrollmentId, key, waitlist: input.waitlist, admission })));
    } catch (error) {
      if (!(error instanceof Unchanged)) throw error;
      done = { row: error.row, dropped: false, promoted: [] };
    }
    if (done.row.outcome !== "REPLAY") this.metrics?.attempt(done.row.outcome);
    let answer;
    try {
      answer = await enrollAnswer(done.row, { sql: this.sql, timeZone: this.timeZone, studentId, section: into, admission, facts: this.facts, creditLimit: this.waitlist.creditLimit });
    } catch (error) {
      if (error instanceof AppError && error.status !== "INVALID_ARGUMENT") throw new AppError(error.status, swapRefused(from, error.message), error.details);
      throw error;
    }
    // A student who holds less may now be eligible on a waitlist: offered after the commit, as a drop does.
    if (done.dropped) await retryOnDeadlock(() => this.waitlist.reofferFor(this.sql, studentId, from.termId)).catch(() => undefined);
    const [a] = await this.sql<Array<{ status: EnrollmentStatus; created_at: Date }>>`select status, created_at from enrollments where id = ${input.enrollmentId}`;
    const [mark] = await this.sql<Array<{ marked: boolean }>>`
      select true as marked from waitlist_swaps s join enrollments b on b.id = s.enrollment_id and b.waitlist_seq = s.waitlist_seq
      where s.enrollment_id = ${answer.enrollment.id} and s.drop_enrollment_id = ${input.enrollmentId}`;
    return {
      enrollment: answer.enrollment,
      dropped: { id: input.enrollmentId, student_id: studentId, section_id: from.id, status: a?.status ?? "DROPPED", position: 0, created_at: a ? new Date(a.created_at).toISOString() : "", section: sectionSummary(from) },
      replayed: answer.replayed,
      promoted_student_id: done.promoted[0] ?? "",
      drop_on_promotion: !!mark?.marked,
    };
  }

  /** Both sections' locks in id order (every multi-section transaction takes them so), then the student's; then the swap. */
  private async inTransaction(
    tx: Tx,
    input: { studentId: string; from: SectionFacts; into: SectionFacts; enrollmentId: string; key: string; waitlist: boolean; admission: Admission },
  ): Promise<Done> {
    const { studentId, from, into, enrollmentId } = input;
    for (const id of [from.id, into.id].sort()) await lockSection(tx, id);
    await lockStudent(tx, studentId);
    const [[a], [seats]] = await Promise.all([
      tx<Array<{ status: EnrollmentStatus }>>`select status from enrollments where id = ${enrollmentId}`,
      tx<Array<{ grades_released_at: Date | null }>>`select grades_released_at from section_seats where section_id = ${from.id}`,
    ]);
    const attempt = () => enrollAttempt(tx, { studentId, section: into, creditLimit: this.waitlist.creditLimit, key: input.key, allowWaitlist: input.waitlist, admission: input.admission });
    if (a?.status !== "ENROLLED") {
      // Only a retry of a swap that already happened may answer now (its first answer).
      const row = input.key ? await attempt() : undefined;
      if (row?.outcome === "REPLAY") throw new Unchanged(row);
      throw fail.precondition(swapWords.notEnrolled(from));
    }
    const leaving = leavingEnrolled(from, { now: Date.now(), gradesReleasedAt: seats?.grades_released_at ? new Date(seats.grades_released_at) : null, withdrawConfirmed: false }, this.timeZone);
    if (leaving.kind !== "DROPPED") throw fail.precondition(leaving.kind === "REFUSED" && leaving.field !== "withdraw" ? leaving.message : swapWords.afterDeadline(from));
    // A counts as gone for every rule enroll_attempt asks; rolled back with the rest if B is refused.
    await tx`update enrollments set status = 'DROPPED' where id = ${enrollmentId}`;
    const row = await attempt();
    if (row.outcome === "ENROLLED") {
      await tx`update enrollments set waitlist_seq = null, skipped_at = null, skip_reason = null, skip_remedy = null, updated_at = now() where id = ${enrollmentId}`;
      return { row, dropped: true, promoted: await this.waitlist.releaseSeat(tx, from) };
    }
    const waiting = row.outcome === "WAITLISTED" || (row.outcome === "SAME_SECTION" && row.status === "WAITLISTED" && input.waitlist);
    if (!waiting) throw new Unchanged(row);
    // B is full: A stays until the promotion, which drops it (the mark is for this waitlist place only).
    await tx`update enrollments set status = 'ENROLLED' where id = ${enrollmentId}`;
    const [b] = await tx<Array<{ id: string; waitlist_seq: string; position: number; created_at: Date }>>`
      select id, waitlist_seq, waitlist_place(section_id, waitlist_seq) as position, created_at from enrollments
      where section_id = ${into.id} and student_id = ${studentId} and status = 'WAITLISTED'`;
    if (!b) throw new Error(`no waitlist place of ${studentId} in ${into.id} under the locks`);
    await tx`
      insert into waitlist_swaps (enrollment_id, waitlist_seq, drop_enrollment_id) values (${b.id}, ${b.waitlist_seq}, ${enrollmentId})
      on conflict (enrollment_id) do update set waitlist_seq = excluded.waitlist_seq, drop_enrollment_id = excluded.drop_enrollment_id, created_at = now()`;
    if (row.outcome === "WAITLISTED") return { row, dropped: false, promoted: [] };
    // Already waiting there: the place is theirs as it was, now with the mark.
    return { row: { ...row, outcome: "WAITLISTED", id: b.id, status: "WAITLISTED", position: b.position, created_at: new Date(b.created_at).toISOString() }, dropped: false, promoted: [] };
  }
}
