import { formatDateTime } from "../../../shared/university-time";
import type { MyEnrollment } from "./model";

type WaitlistPlace = Pick<MyEnrollment, "status" | "position" | "skipped_at" | "skip_reason" | "eligibility_problem" | "eligibility_remedy">;

/**
 * A waitlisted student's standing for the next open seat (on the schedule and the dashboard):
 * when they were passed over and why, whether they would be passed over now, that they keep
 * their place, and what would make them eligible. Nothing when there is nothing to say.
 */
export function SkipNotice(props: { enrollment: WaitlistPlace; timeZone: string; label?: string }) {
  const { enrollment } = props;
  if (enrollment.status !== "WAITLISTED" || (!enrollment.skipped_at && !enrollment.eligibility_problem)) return <></>;
  const prefix = props.label ? `${props.label}: ` : "";
  const heading = enrollment.skipped_at
    ? `${prefix}${props.label ? "passed" : "Passed"} over for an open seat on ${formatDateTime(enrollment.skipped_at, props.timeZone)}`
    : `${prefix}${props.label ? "if" : "If"} a seat opened now, you would be passed over`;
  const reason = enrollment.skipped_at ? enrollment.skip_reason : enrollment.eligibility_problem;
  const place = enrollment.eligibility_problem
    ? `You keep your place (#${enrollment.position}). ${enrollment.eligibility_remedy}`
    : `You keep your place (#${enrollment.position}) and are eligible now: a seat that opens while you are first in line is yours.`;
  return (
    <div class="skip-notice mt-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" role="note">
      <p class="font-semibold" safe>
        {heading}
      </p>
      <p class="mt-1" safe>
        {reason}
      </p>
      <p class="mt-1" safe>
        {place}
      </p>
    </div>
  );
}
