// The rush's "mix" path (bench/registration-rush.ts, BENCH_PATHS=mix): registration day with the
// issue-17 features in it. The term gets an appointment group open at the rush (every enroll asks
// the appointment rule); a share of the students have planned their first sections before the
// opening and press Register at it (some twice); among the others' enrolls a share is followed at
// once by a swap to another section of the same slot (waiting on it when full, A dropped at the
// promotion). Each request's outcomes are recorded like an enroll's for the invariant checks.
import type { Outcome } from "./invariants";

/** One request of the mix: an enroll (maybe followed by a swap), or a plan's Register. */
export interface MixItem {
  student: { id: string; token: string };
  kind: "enroll" | "register";
  /** The section of an enroll. */
  section: string;
  key: string;
  /** After the enroll took a seat: swap it for this section (same slot). */
  swapTo?: string;
}

/** The share of students with a plan, of enrolls followed by a swap, and the most sections planned. */
export const MIX = { planShare: 0.3, swapShare: 0.1, planned: 12 };

type Api = (path: string, init: { method?: string; token?: string; body?: unknown; headers?: Record<string, string> }) => Promise<any>;

/** Before the opening: the appointment group (everyone, open now) and the planned students' plans. Answers who planned. */
export async function prepareMix(must: Api, pool: <T, R>(items: T[], limit: number, work: (item: T) => Promise<R>) => Promise<R[]>, input: { admin: string; termId: string; students: Array<{ id: string; token: string }>; sectionIds: string[][] }) {
  await must(`/api/v1/terms/${input.termId}/appointment-groups`, { token: input.admin, body: { name: "Everyone", basis: "CREDITS", min_credits: 0, starts_at: new Date(Date.now() - 60_000).toISOString() } });
  const planners = input.students.slice(0, Math.round(input.students.length * MIX.planShare));
  const slots = input.sectionIds.slice(0, MIX.planned);
  const planned = new Map<string, string[]>();
  await pool(planners, 8, async (student) => {
    const sections = slots.map((slot) => slot[Math.floor(Math.random() * slot.length)]!);
    for (const section of sections) await must("/api/v1/me/plan/sections", { token: student.token, body: { section_id: section } });
    planned.set(student.id, sections);
  });
  return planned;
}

/** The mix's requests: planned students press Register (some twice) and enroll in the slots left; the rest enroll, some then swap. */
export function mixWork(students: Array<{ id: string; token: string }>, sectionIds: string[][], planned: Map<string, string[]>, retryShare: number): MixItem[] {
  const items: MixItem[] = [];
  for (const [s, student] of students.entries()) {
    const slots = planned.has(student.id) ? sectionIds.slice(MIX.planned) : sectionIds;
    if (planned.has(student.id)) {
      const register: MixItem = { student, kind: "register", section: "", key: "" };
      items.push(register, ...(Math.random() < retryShare * 5 ? [register] : []));
    }
    for (const [i, slot] of slots.entries()) {
      const section = slot[Math.floor(Math.random() * slot.length)]!;
      const others = slot.filter((id) => id !== section);
      const swapTo = Math.random() < MIX.swapShare && others.length ? others[Math.floor(Math.random() * others.length)] : undefined;
      items.push({ student, kind: "enroll", section, key: `mix-${s}-${i}`, swapTo });
    }
  }
  return items;
}

/** What a mix request answered, as outcomes for the invariant checks (a swap supersedes the enroll's). */
export function mixOutcomes(item: MixItem, result: { status: number; body: any }, ms: number): Outcome[] {
  if (item.kind === "register") {
    const list: Array<{ section_id: string; outcome: string; enrollment_id: string; replayed: boolean; reason: string }> = result.body?.outcomes ?? [];
    if (!list.length) return [{ student: item.student.id, section: "", status: result.status, ms, message: result.body?.error?.message }];
    return list.map((o) => ({
      student: item.student.id,
      section: o.section_id,
      status: o.outcome === "REGISTER_OUTCOME_REFUSED" ? 400 : 201,
      ms,
      enrollmentId: o.enrollment_id || undefined,
      state: o.outcome === "REGISTER_OUTCOME_REFUSED" ? undefined : o.outcome.replace("REGISTER_OUTCOME_", ""),
      replayed: o.replayed,
      message: o.reason || undefined,
    }));
  }
  return [{ student: item.student.id, section: item.section, status: result.status, ms, enrollmentId: result.body?.enrollment?.id, state: result.body?.enrollment?.status, replayed: result.body?.replayed, message: result.body?.error?.message }];
}
