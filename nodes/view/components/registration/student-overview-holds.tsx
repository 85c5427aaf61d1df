// The student's dashboard: their holds and their registration appointment (with a countdown that
// the page refreshes while it is ahead), beside the registration window.
import { holdKindLabel } from "../../../shared/registration-holds";
import { formatDate, formatDateTime } from "../../../shared/university-time";
import type { MySchedule, Term } from "./model";
import { relativeTime } from "./student-overview";

type Hold = MySchedule["holds"][number];

/** The appointment in words: ahead (with a countdown), or begun; empty when the term has none. */
export function appointmentStatus(appointmentAt: string, term: Term | undefined, timeZone: string, now = Date.now()): string {
  const at = Date.parse(appointmentAt);
  if (!appointmentAt || Number.isNaN(at)) return "";
  const closes = term ? ` until registration closes on ${formatDateTime(term.registration_closes_at, timeZone)}` : "";
  if (at > now) return `Your registration appointment is ${formatDateTime(appointmentAt, timeZone)}, ${relativeTime(at, now)}: you can add sections and join waitlists from then${closes}.`;
  return `Your registration appointment began on ${formatDateTime(appointmentAt, timeZone)}: you can add sections${closes}.`;
}

/** The appointment paragraph; while it is ahead the dashboard refreshes it every minute (the countdown). */
export function AppointmentNotice(props: { schedule: MySchedule; term?: Term; timeZone: string; now: number }) {
  const text = appointmentStatus(props.schedule.appointment_at, props.term, props.timeZone, props.now);
  if (!text) return "";
  const ahead = Date.parse(props.schedule.appointment_at) > props.now;
  const refresh = ahead ? { "hx-get": "/", "hx-trigger": "every 60s", "hx-select": "#appointment", "hx-target": "this", "hx-swap": "outerHTML" } : {};
  return (
    <p id="appointment" class="mt-3 text-sm font-medium" {...refresh} safe>
      {text}
    </p>
  );
}

/** "Financial hold: Unpaid tuition balance. Contact Bursar's Office, bursar@example.edu." */
function holdLine(hold: Hold): string {
  return `${holdKindLabel(hold.kind)}: ${hold.reason}. Contact ${hold.contact}.`;
}

/** The holds on the student's record (a card only when there are any), those that block registration first said so. */
export function HoldsCard(props: { holds: readonly Hold[]; timeZone: string }) {
  if (props.holds.length === 0) return "";
  const blocking = props.holds.filter((h) => h.blocks_registration);
  return (
    <div class="card border-amber-400 bg-amber-50 md:col-span-2" id="holds" role="region" aria-labelledby="holds-heading">
      <h3 id="holds-heading" class="font-semibold">
        {props.holds.length === 1 ? "A hold on your record" : `${props.holds.length} holds on your record`}
      </h3>
      {blocking.length > 0 && (
        <p class="mt-1 text-sm font-medium text-amber-950">
          {blocking.length === props.holds.length ? "Until it is lifted you cannot add sections or join waitlists." : "Holds marked below stop you from adding sections or joining waitlists until they are lifted."} You can still
          drop sections.
        </p>
      )}
      <ul class="mt-2 space-y-2">
        {props.holds.map((hold) => (
          <li class="text-sm">
            {hold.blocks_registration && blocking.length !== props.holds.length && <span class="badge mr-1 bg-amber-200 text-amber-950">Blocks registration</span>}
            <span safe>{holdLine(hold)}</span> <span class="text-slate-600" safe>{`Placed on ${formatDate(hold.placed_at, props.timeZone)}.`}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
