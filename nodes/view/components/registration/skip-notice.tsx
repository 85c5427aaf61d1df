import { formatDateTime } from "../../../shared/university-time";
import type { MyEnrollment } from "./model";

/**
 * Why a waitlisted student was passed over for an open seat, that they keep their place, and
 * what would make them eligible (on the schedule and the dashboard). Nothing when never skipped.
 */
export function SkipNotice(props: { enrollment: Pick<MyEnrollment, "status" | "position" | "skipped_at" | "skip_reason" | "skip_remedy">; timeZone: string; label?: string }) {
  const { enrollment } = props;
  if (enrollment.status !== "WAITLISTED" || !enrollment.skipped_at) return <></>;
  const heading = `${props.label ? `${props.label}: passed` : "Passed"} over for an open seat on ${formatDateTime(enrollment.skipped_at, props.timeZone)}`;
  return (
    <div class="skip-notice mt-2 rounded border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950" role="note">
      <p class="font-semibold" safe>
        {heading}
      </p>
      <p class="mt-1" safe>
        {enrollment.skip_reason}
      </p>
      <p class="mt-1" safe>{`You keep your place (#${enrollment.position}). ${enrollment.skip_remedy}`}</p>
    </div>
  );
}
