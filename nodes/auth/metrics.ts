import { Counter } from "prom-client";
import type { NodeMetrics } from "../shared/telemetry/metrics";

/** Why a sign-in failed: a fixed set, so the label stays bounded. */
export type SigninFailure = "bad_credentials" | "throttled" | "disabled" | "sso_refused";

/** What the auth node counts: failed sign-ins and accounts locked by the throttle. */
export interface AuthMetrics {
  signinFailed(reason: SigninFailure): void;
  accountLocked(): void;
}

/** The auth node's counters in its registry, every reason shown from 0. */
export function authMetrics(metrics: NodeMetrics | undefined): AuthMetrics | undefined {
  if (!metrics) return undefined;
  return metrics.family("auth", (registers) => {
    const failures = new Counter({ name: "edustream_signin_failures_total", help: "Failed sign-ins by reason.", labelNames: ["reason"] as const, registers });
    const locks = new Counter({ name: "edustream_account_locks_total", help: "Accounts locked after too many failed sign-ins.", registers });
    for (const reason of ["bad_credentials", "throttled", "disabled", "sso_refused"] as const) failures.inc({ reason }, 0);
    return {
      signinFailed: (reason) => failures.inc({ reason }),
      accountLocked: () => locks.inc(),
    };
  });
}
