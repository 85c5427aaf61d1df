import { Counter, Gauge } from "prom-client";
import type { NodeMetrics } from "../shared/telemetry/metrics";
import type { EnrollOutcomeCode } from "./registration-sql";

/** Outcomes of an enroll request: a fixed set, so the label stays bounded. */
const OUTCOMES = ["enrolled", "waitlisted", "refused_full", "refused_conflict", "refused_credit_limit", "refused_window", "refused_hold", "refused_appointment", "refused_prerequisite", "refused_duplicate", "refused_other"] as const;
type Outcome = (typeof OUTCOMES)[number];

/** The answer of the database function enroll_attempt, as an outcome (a replay is not a new request's outcome). */
const BY_ANSWER: Record<EnrollOutcomeCode, Outcome | undefined> = {
  ENROLLED: "enrolled",
  WAITLISTED: "waitlisted",
  FULL: "refused_full",
  TIME_CONFLICT: "refused_conflict",
  CREDIT_LIMIT: "refused_credit_limit",
  BLOCKED: "refused_window",
  HOLD: "refused_hold",
  APPOINTMENT: "refused_appointment",
  PREREQUISITES: "refused_prerequisite",
  SAME_SECTION: "refused_duplicate",
  SAME_COURSE: "refused_duplicate",
  CANCELLED: "refused_other",
  REPLAY: undefined,
};

/** Why a waitlisted student was passed over for a free seat (rules.ts: ScheduleProblem.kind). */
export type SkipReason = "time_conflict" | "credit_limit" | "swap_blocked";

/** What the enrollment node counts: enroll outcomes, waitlist promotions and skips. */
export interface EnrollmentMetrics {
  /** Counts the outcome of one enroll request from enroll_attempt's answer. */
  attempt(answer: EnrollOutcomeCode): void;
  promoted(count: number): void;
  skipped(reason: SkipReason): void;
}

/** The enrollment node's counters in its registry, every outcome and reason shown from 0. */
export function enrollmentMetrics(metrics: NodeMetrics | undefined): EnrollmentMetrics | undefined {
  if (!metrics) return undefined;
  return metrics.family("enrollment", (registers) => {
    const enrollments = new Counter({ name: "edustream_enrollments_total", help: "Enroll requests by outcome (replays of an idempotency key not counted).", labelNames: ["outcome"] as const, registers });
    const promotions = new Counter({ name: "edustream_waitlist_promotions_total", help: "Waitlisted students moved into a freed seat.", registers });
    const skips = new Counter({ name: "edustream_waitlist_skips_total", help: "Waitlisted students passed over for a free seat, by reason.", labelNames: ["reason"] as const, registers });
    for (const outcome of OUTCOMES) enrollments.inc({ outcome }, 0);
    for (const reason of ["time_conflict", "credit_limit", "swap_blocked"] as const) skips.inc({ reason }, 0);
    return {
      attempt(answer) {
        const outcome = BY_ANSWER[answer];
        if (outcome) enrollments.inc({ outcome });
      },
      promoted: (count) => promotions.inc(count),
      skipped: (reason) => skips.inc({ reason }),
    };
  });
}

/**
 * The registration outbox as the sweep last saw it: events left pending, and the age of the last
 * sweep that ran to its end (a sweep that fails or never returns lets it grow).
 */
export function observeCatalogSweep(metrics: NodeMetrics | undefined, lastSweep: () => { at: number; pending: number } | undefined): void {
  metrics?.family("catalogSweep", (registers) => [
    new Gauge({
      name: "edustream_catalog_events_pending",
      help: "Catalog events the last completed sweep left unapplied.",
      registers,
      collect() {
        const last = lastSweep();
        if (last) this.set(last.pending);
      },
    }),
    new Gauge({
      name: "edustream_catalog_sweep_age_seconds",
      help: "Seconds since the enrollment node last completed a sweep of the catalog events.",
      registers,
      collect() {
        const last = lastSweep();
        if (last) this.set((Date.now() - last.at) / 1000);
      },
    }),
  ]);
}
