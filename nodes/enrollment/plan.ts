// Plan ahead: a student's sections for a term, kept before their registration time, checked
// all at once (plan-check.ts) and registered together. Register is Enroll once per section, in
// the plan's order, each with an idempotency key made of the plan, its version and the section:
// pressing it twice answers the same, and no rule is written here (enroll-attempt.ts asks them).
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import type postgres from "postgres";
import type * as schema from "../../db/courses/schema";
import { currentTermId } from "../../db/courses/current-term";
import { AppError, fail } from "../shared/errors";
import { isUuid } from "../shared/ids";
import { fieldMessage } from "../shared/field-labels";
import { sectionSummary } from "./enroll-attempt";
import { checkPlan } from "./plan-check";
import { registrationWindow } from "./rules";
import type { SectionFacts, SectionFactsCache } from "./section-facts";
import type { Caller, EnrollmentService } from "./service";
import type { Waitlist } from "./waitlist";
import { blockedReason, planWords } from "./wording";

/** Most sections one plan holds. */
export const PLAN_LIMIT = 12;

type Outcome = "ENROLLED" | "WAITLISTED" | "REFUSED";

/** A plan's row and its sections in the order added. */
export interface StoredPlan {
  id: string;
  termId: string;
  version: number;
  sections: Array<{ section_id: string; added_at: Date; outcome: Outcome | null; position: number; reason: string | null; registered_at: Date | null }>;
}

/** The student's place in a section now. */
export interface Place {
  id: string;
  status: "ENROLLED" | "WAITLISTED";
  position: number;
}

export class PlanService {
  constructor(
    private readonly sql: postgres.Sql,
    private readonly db: PostgresJsDatabase<typeof schema>,
    private readonly facts: SectionFactsCache,
    private readonly enrollment: EnrollmentService,
    private readonly waitlist: Waitlist,
    private readonly timeZone = "UTC",
  ) {}

  /** The calling student's plan for a term (the current term by default). */
  async getPlan(caller: Caller, term: string) {
    const studentId = student(caller);
    return this.view(studentId, await this.termIdOf(term));
  }

  /** Adds a section to the plan of its term (any time until the term's registration closes). */
  async addToPlan(caller: Caller, sectionId: string) {
    const studentId = student(caller);
    const section = await this.facts.require(sectionId, "section_id");
    if (section.cancelled) throw fail.precondition(planWords.cancelled(section));
    if (registrationWindow(section, Date.now()) === "closed") throw fail.precondition(blockedReason(section, Date.now(), this.timeZone)!);
    await this.sql.begin(async (tx) => {
      // The plan's row, locked by the upsert: concurrent changes of one plan take turns.
      const [plan] = await tx<Array<{ id: string }>>`
        insert into registration_plans (student_id, term_id) values (${studentId}, ${section.termId})
        on conflict (student_id, term_id) do update set version = registration_plans.version + 1, updated_at = now()
        returning id`;
      const [planned] = await tx<Array<{ count: number }>>`select count(*)::int as count from plan_sections where plan_id = ${plan!.id}`;
      if ((planned?.count ?? 0) >= PLAN_LIMIT) throw fail.precondition(planWords.planFull(PLAN_LIMIT));
      const added = await tx`insert into plan_sections (plan_id, section_id) values (${plan!.id}, ${section.id}) on conflict do nothing returning section_id`;
      if (!added.length) throw fail.exists(planWords.alreadyPlanned(section), "section_id");
    });
    return this.view(studentId, section.termId);
  }

  /** Takes a section out of the plan of its term. */
  async removeFromPlan(caller: Caller, sectionId: string) {
    const studentId = student(caller);
    if (!isUuid(sectionId)) throw fail.invalid("section_id", fieldMessage("section_id", "must be a section id."));
    const termId = await this.sql.begin(async (tx) => {
      const [removed] = await tx<Array<{ term_id: string }>>`
        delete from plan_sections s using registration_plans p
        where s.plan_id = p.id and p.student_id = ${studentId} and s.section_id = ${sectionId}
        returning p.term_id`;
      if (!removed) throw fail.notFound("That section in your plan");
      await tx`update registration_plans set version = version + 1, updated_at = now() where student_id = ${studentId} and term_id = ${removed.term_id}`;
      return removed.term_id;
    });
    return this.view(studentId, termId);
  }

  /** Every problem of the plan at once, from the rules Register will apply (plan-check.ts). */
  async checkPlan(caller: Caller, term: string) {
    const studentId = student(caller);
    const termId = await this.termIdOf(term);
    const plan = await this.stored(studentId, termId);
    const sections = await this.sectionsOf(plan);
    const check = await checkPlan(this.sql, { caller, sections, admit: this.enrollment.admission.forCaller(caller), waitlist: this.waitlist, facts: this.facts, timeZone: this.timeZone });
    return { plan: await this.view(studentId, termId, plan), ...check };
  }

  /**
   * Registers the whole plan: Enroll for each section in the plan's order (a full one joins the
   * waitlist), one outcome per section. A section already held answers the place held.
   */
  async registerPlan(caller: Caller, term: string) {
    const studentId = student(caller);
    const termId = await this.termIdOf(term);
    const plan = await this.stored(studentId, termId);
    const sections = await this.sectionsOf(plan);
    if (!plan || !sections.length) throw fail.precondition(planWords.empty(await this.termName(termId)));
    const admit = this.enrollment.admission.forCaller(caller);
    const held = await this.places(studentId, termId);
    const outcomes = [];
    for (const section of sections) {
      const key = `plan-${plan.id}-v${plan.version}-${section.id}`;
      try {
        const { enrollment, replayed } = await this.enrollment.enrollOnly(caller, { sectionId: section.id, idempotencyKey: key, noWaitlist: false }, admit);
        outcomes.push({ section_id: section.id, outcome: enrollment.status as Outcome, position: enrollment.status === "WAITLISTED" ? enrollment.position : 0, reason: "", enrollment_id: enrollment.id, replayed });
      } catch (error) {
        if (!(error instanceof AppError) || error.status === "UNAVAILABLE" || error.status === "DEADLINE_EXCEEDED" || error.status === "INTERNAL") throw error;
        const place = held.get(section.id);
        if (place) outcomes.push({ section_id: section.id, outcome: place.status as Outcome, position: place.position, reason: "", enrollment_id: place.id, replayed: true });
        else outcomes.push({ section_id: section.id, outcome: "REFUSED" as Outcome, position: 0, reason: error.message, enrollment_id: "", replayed: false });
      }
    }
    await this.sql`
      update plan_sections s set outcome = o.outcome, position = o.position, reason = nullif(o.reason, ''), registered_at = now()
      from unnest(${outcomes.map((o) => o.section_id)}::uuid[], ${outcomes.map((o) => o.outcome)}::text[], ${outcomes.map((o) => o.position)}::int[], ${outcomes.map((o) => o.reason)}::text[])
        as o(section_id, outcome, position, reason)
      where s.plan_id = ${plan.id} and s.section_id = o.section_id`;
    return { plan: await this.view(studentId, termId), outcomes: outcomes.map((o) => ({ ...o, outcome: registerOutcome(o.outcome) })) };
  }

  /** The plan as its page shows it: each section with its meetings, the student's place in it now and the last Register's outcome; credits. */
  private async view(studentId: string, termId: string, known?: StoredPlan) {
    const plan = known ?? (await this.stored(studentId, termId));
    const [facts, places, [held]] = await Promise.all([
      this.facts.many(plan?.sections.map((s) => s.section_id) ?? []),
      this.places(studentId, termId),
      this.sql<Array<{ credits: number }>>`select coalesce(sum(credits), 0)::int as credits from enrollments where student_id = ${studentId} and term_id = ${termId} and status = 'ENROLLED'`,
    ]);
    const sections = (plan?.sections ?? []).flatMap((s) => {
      const section = facts.get(s.section_id);
      if (!section) return [];
      const place = places.get(s.section_id);
      return [{
        section: sectionSummary(section),
        added_at: s.added_at.toISOString(),
        status: place?.status ?? ("ENROLLMENT_STATUS_UNSPECIFIED" as const),
        position: place?.status === "WAITLISTED" ? place.position : 0,
        enrollment_id: place?.id ?? "",
        last_outcome: registerOutcome(s.outcome),
        last_position: s.position,
        last_reason: s.reason ?? "",
        registered_at: s.registered_at ? s.registered_at.toISOString() : "",
      }];
    });
    const planned = sections.filter((s) => s.status !== "ENROLLED" && !s.section.cancelled).reduce((sum, s) => sum + s.section.credits, 0);
    return { id: plan?.id ?? "", term_id: termId, version: plan?.version ?? 0, sections, planned_credits: planned, enrolled_credits: held?.credits ?? 0, credit_limit: this.waitlist.creditLimit, limit: PLAN_LIMIT };
  }

  /** The plan's row and its sections in the order added (undefined: no plan yet). */
  private async stored(studentId: string, termId: string): Promise<StoredPlan | undefined> {
    const rows = await this.sql<Array<{ id: string; version: number; section_id: string | null; added_at: Date | null; outcome: Outcome | null; position: number | null; reason: string | null; registered_at: Date | null }>>`
      select p.id, p.version, s.section_id, s.added_at, s.outcome, s.position, s.reason, s.registered_at
      from registration_plans p left join plan_sections s on s.plan_id = p.id
      where p.student_id = ${studentId} and p.term_id = ${termId}
      order by s.added_at, s.section_id`;
    if (!rows.length) return undefined;
    const sections = rows.filter((r) => r.section_id).map((r) => ({ section_id: r.section_id!, added_at: new Date(r.added_at!), outcome: r.outcome, position: r.position ?? 0, reason: r.reason, registered_at: r.registered_at ? new Date(r.registered_at) : null }));
    return { id: rows[0]!.id, termId, version: rows[0]!.version, sections };
  }

  private async sectionsOf(plan: StoredPlan | undefined): Promise<SectionFacts[]> {
    const facts = await this.facts.many(plan?.sections.map((s) => s.section_id) ?? []);
    return (plan?.sections ?? []).flatMap((s) => facts.get(s.section_id) ?? []);
  }

  /** The student's enrolled and waitlisted places in the term, by section. */
  private async places(studentId: string, termId: string): Promise<Map<string, Place>> {
    const rows = await this.sql<Array<Place & { section_id: string }>>`
      select id, section_id, status, case when status = 'WAITLISTED' then waitlist_place(section_id, waitlist_seq) else 0 end as position
      from enrollments where student_id = ${studentId} and term_id = ${termId} and status in ('ENROLLED', 'WAITLISTED')`;
    return new Map(rows.map((r) => [r.section_id, r]));
  }

  private async termIdOf(term: string): Promise<string> {
    if (!term) {
      const id = await currentTermId(this.db);
      if (!id) throw fail.notFound("The current term");
      return id;
    }
    const value = term.trim();
    if (!value || value.length > 64) throw fail.invalid("term", fieldMessage("term", "must be a term id or code, e.g. 2026FA."));
    const [row] = isUuid(value)
      ? await this.sql<Array<{ id: string }>>`select id from terms where id = ${value}`
      : await this.sql<Array<{ id: string }>>`select id from terms where code = ${value.toUpperCase()}`;
    if (!row) throw fail.notFound("The term");
    return row.id;
  }

  private async termName(termId: string): Promise<string> {
    const [row] = await this.sql<Array<{ name: string }>>`select name from terms where id = ${termId}`;
    return row?.name ?? "this term";
  }
}

/** Plans are students' own: the caller is the student. */
function student(caller: Caller): string {
  if (caller.claims.role !== "STUDENT") throw fail.forbidden("Only students have registration plans.");
  return caller.claims.sub;
}

/** An outcome as the proto's RegisterOutcome names it. */
export function registerOutcome(outcome: Outcome | null) {
  return outcome ? (`REGISTER_OUTCOME_${outcome}` as const) : ("REGISTER_OUTCOME_UNSPECIFIED" as const);
}
