import type { Session } from "../../session";
import { CsrfField } from "../form";
import { newIdempotencyKey } from "./api";
import { describeMeetings } from "../../../shared/schedule";
import { plural } from "../../../shared/plural";
import { describeSeats, dropOpen, sectionLabel, type MyEnrollment, type Outcome, type ScheduleLoad, type Section, type Term } from "./model";

/** The outcome of the last click, shown in place and copied to the live region by app.js. */
export function OutcomeMessage(props: { outcome: Outcome }) {
  const styles = {
    success: "border-green-300 bg-green-50 text-green-900",
    info: "border-sky-300 bg-sky-50 text-sky-900",
    error: "border-red-300 bg-red-50 text-red-900",
  }[props.outcome.kind];
  return (
    <p class={`mt-3 rounded border px-3 py-2 text-sm ${styles}`} data-announce={props.outcome.text} safe>
      {props.outcome.text}
    </p>
  );
}

/** A short notice above a list (e.g. registration closed). */
export function Notice(props: { text: string }) {
  return (
    <p class="mb-4 rounded border border-sky-300 bg-sky-50 px-4 py-3 text-sky-900" safe>
      {props.text}
    </p>
  );
}

/** The status badge of the student's place in a section. */
export function EnrollmentBadge(props: { status: string; position?: number; cancelled?: boolean }) {
  if (props.cancelled) return <span class="badge bg-slate-200 text-slate-800">Section cancelled</span>;
  if (props.status === "ENROLLED") return <span class="badge bg-green-100 text-green-900">Enrolled</span>;
  if (props.status === "WAITLISTED") return <span class="badge bg-amber-100 text-amber-900" safe>{`Waitlist #${props.position ?? "?"}`}</span>;
  return <span class="badge bg-slate-200 text-slate-800" safe>{props.status.toLowerCase()}</span>;
}

export interface SectionItemProps {
  session: Session;
  section: Section;
  term?: Term;
  /** The signed-in student's place in this section, if any. */
  enrollment?: Pick<MyEnrollment, "id" | "status" | "position">;
  /** Where a plain (non-htmx) form comes back to. */
  returnTo: string;
  outcome?: Outcome;
  /** Show the "are you sure?" step of a drop instead of the buttons. */
  confirmDrop?: boolean;
  /** Name the course too (when the section is shown outside its course). */
  showCourse?: boolean;
  /** After a click: the student's sections and credits in the term, shown under the outcome. */
  load?: ScheduleLoad;
  /** Its seat count is a polite live region (a section's own page; see live-seats.tsx). */
  liveSeats?: boolean;
}

/** The id of a section's seat count, which live-seats.tsx updates while the page is open. */
export const seatCountId = (sectionId: string) => `seats-${sectionId}`;

/**
 * A section's seat count. `oob` marks it for an out-of-band morph (the live-seats poll's answer):
 * the element stays, so a live region announces only text that changed.
 */
export function SeatCount(props: { section: Pick<Section, "id" | "capacity" | "enrolled" | "waitlisted" | "status">; live?: boolean; oob?: boolean }) {
  const { section } = props;
  const full = section.enrolled >= section.capacity;
  const style = section.status === "CANCELLED" ? "" : full ? "font-medium text-red-800" : section.capacity - section.enrolled <= 3 ? "font-medium text-amber-800" : "text-green-800";
  const attributes: Record<string, string> = { ...(props.live ? { "aria-live": "polite" } : {}), ...(props.oob ? { "hx-swap-oob": "outerMorph" } : {}) };
  return (
    <dd id={seatCountId(section.id)} class={style} {...attributes} safe>
      {describeSeats(section)}
    </dd>
  );
}

/** The id of a section's list item, the target of its in-place updates. */
export const sectionItemId = (sectionId: string) => `section-${sectionId}`;

/**
 * One section as a list item: meeting times, room, instructor, seats and waitlist, and the
 * student's Add / Join waitlist / Drop / Leave waitlist button (or sign-in / roster links).
 */
export function SectionItem(props: SectionItemProps) {
  return <li id={sectionItemId(props.section.id)}>{SectionCard(props) as "safe"}</li>;
}

/**
 * The inside of a section's list item: what its buttons swap in place (innerHTML, so the item
 * stays in the page and app.js finds the outcome to announce inside it).
 */
export function SectionCard(props: SectionItemProps) {
  const { section } = props;
  const cancelled = section.status === "CANCELLED";
  const full = section.enrolled >= section.capacity;
  return (
    <div class={`rounded border p-3 ${cancelled ? "border-slate-200 bg-slate-50" : "border-slate-200 bg-white"}`}>
      <div class="flex flex-wrap items-start justify-between gap-x-6 gap-y-2">
        <div class="min-w-0">
          <h4 class="font-semibold">
            <a href={`/sections/${section.id}`} class="link">
              {props.showCourse ? <span safe>{`${sectionLabel(section)} · ${section.course_title}`}</span> : <span safe>{`Section ${section.code}`}</span>}
            </a>
            {cancelled && <span class="badge ml-2 bg-slate-200 text-slate-800">Cancelled</span>}
            {!!props.enrollment && <span class="ml-2"><EnrollmentBadge status={props.enrollment.status} position={props.enrollment.position} /></span>}
          </h4>
          <dl class="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm text-slate-700">
            <dt class="text-slate-500">When</dt>
            <dd safe>{describeMeetings(section.meetings)}</dd>
            <dt class="text-slate-500">Where</dt>
            <dd safe>{section.room || "Room to be announced"}</dd>
            <dt class="text-slate-500">Instructor</dt>
            <dd safe>{section.instructor_name || "To be announced"}</dd>
            <dt class="text-slate-500">Seats</dt>
            <SeatCount section={section} live={props.liveSeats} />
          </dl>
        </div>
        <div class="flex flex-wrap items-center gap-2">{props.confirmDrop && props.enrollment ? <DropConfirm {...props} enrollment={props.enrollment} /> : <SectionActions {...props} full={full} cancelled={cancelled} />}</div>
      </div>
      {!!props.outcome && <OutcomeMessage outcome={props.outcome} />}
      {!!props.load && <ScheduleLine load={props.load} />}
    </div>
  );
}

/** "Your Fall 2026 schedule: 3 sections, 10 of 18 credits · on 1 waitlist." with a link to it. */
function ScheduleLine(props: { load: ScheduleLoad }) {
  const { load } = props;
  const waitlists = load.waitlisted_sections ? ` · on ${plural(load.waitlisted_sections, "waitlist")}` : "";
  return (
    <p class="mt-2 text-sm text-slate-700" data-testid="schedule-load">
      <span safe>{`Your ${load.term_name} schedule: ${plural(load.enrolled_sections, "section")}, ${load.enrolled_credits} of ${plural(load.credit_limit, "credit")}${waitlists}. `}</span>
      <a href={`/schedule?term=${encodeURIComponent(load.term_id)}`} class="link">
        My schedule
      </a>
    </p>
  );
}

function SectionActions(props: SectionItemProps & { full: boolean; cancelled: boolean }) {
  const { session, section, term, enrollment } = props;
  const claims = session.claims;
  const actionId = `${sectionItemId(section.id)}-action`;
  const target = `#${sectionItemId(section.id)}`;
  if (!claims) {
    if (!term?.registration_open || props.cancelled) return <></>;
    return (
      <a href={`/login?next=${encodeURIComponent(props.returnTo)}`} class="btn-secondary btn-small">
        Sign in to add
      </a>
    );
  }
  if (claims.role !== "STUDENT") {
    if (claims.role !== "ADMIN" && section.instructor_id !== claims.sub) return <></>;
    return (
      <a href={`/sections/${section.id}/roster`} class="btn-secondary btn-small">
        <span safe>{`Roster (${section.enrolled} enrolled, ${section.waitlisted} waiting)`}</span>
      </a>
    );
  }
  if (enrollment) {
    if (!dropOpen(term) && enrollment.status === "ENROLLED") {
      return (
        <span class="text-sm text-slate-600">
          The add/drop deadline has passed: to withdraw (W), use{" "}
          <a href="/schedule" class="link">
            My schedule
          </a>
          .
        </span>
      );
    }
    const waitlisted = enrollment.status === "WAITLISTED";
    return (
      <form method="get" action={`/sections/${section.id}/drop`} hx-get={`/sections/${section.id}/drop`} hx-target={target} hx-swap="innerHTML">
        <input type="hidden" name="return_to" value={props.returnTo} />
        <button type="submit" id={actionId} autofocus={!!props.outcome} class="btn-secondary btn-small" aria-label={`${waitlisted ? "Leave waitlist of" : "Drop"} ${sectionLabel(section)}`}>
          {waitlisted ? "Leave waitlist" : "Drop"}
        </button>
      </form>
    );
  }
  if (props.cancelled) return <></>;
  if (!term?.registration_open) return <span class="text-sm text-slate-600">Registration is closed for this term.</span>;
  return (
    <form method="post" action={`/sections/${section.id}/enroll`} hx-post={`/sections/${section.id}/enroll`} hx-target={target} hx-swap="innerHTML">
      <CsrfField token={session.csrfToken} />
      <input type="hidden" name="idempotency_key" value={newIdempotencyKey()} />
      <input type="hidden" name="waitlist" value={props.full ? "true" : "false"} />
      <input type="hidden" name="return_to" value={props.returnTo} />
      <button type="submit" id={actionId} autofocus={!!props.outcome} class={props.full ? "btn-secondary btn-small" : "btn-primary btn-small"} aria-label={`${props.full ? "Join waitlist of" : "Add"} ${sectionLabel(section)}`}>
        {props.full ? "Join waitlist" : "Add"}
        <span class="htmx-indicator ml-1" aria-hidden="true">
          …
        </span>
      </button>
    </form>
  );
}

/** The "are you sure?" step of a drop, in place of the buttons. */
function DropConfirm(props: SectionItemProps & { enrollment: NonNullable<SectionItemProps["enrollment"]> }) {
  const { section, enrollment } = props;
  const waitlisted = enrollment.status === "WAITLISTED";
  const label = sectionLabel(section);
  const question = waitlisted
    ? `Leave the waitlist of ${label}? You would lose your place (#${enrollment.position}).`
    : `Drop ${label}? ${section.waitlisted > 0 ? "The next student on the waitlist takes your seat at once." : "Someone else may take your seat."}`;
  return (
    <form
      method="post"
      action={`/sections/${section.id}/drop`}
      hx-post={`/sections/${section.id}/drop`}
      hx-target={`#${sectionItemId(section.id)}`}
      hx-swap="innerHTML"
      class="rounded border border-amber-300 bg-amber-50 p-2 text-sm"
    >
      <p class="mb-2" id={`${sectionItemId(section.id)}-question`} data-announce={question} safe>
        {question}
      </p>
      <CsrfField token={props.session.csrfToken} />
      <input type="hidden" name="enrollment_id" value={enrollment.id} />
      <input type="hidden" name="waitlisted" value={waitlisted ? "true" : "false"} />
      <input type="hidden" name="return_to" value={props.returnTo} />
      <div class="flex flex-wrap gap-2">
        <button type="submit" id={`${sectionItemId(section.id)}-confirm`} class="btn-danger btn-small" aria-describedby={`${sectionItemId(section.id)}-question`}>
          {waitlisted ? "Yes, leave the waitlist" : "Yes, drop it"}
        </button>
        <a
          id={`${sectionItemId(section.id)}-action`}
          {...{ autofocus: true }}
          aria-describedby={`${sectionItemId(section.id)}-question`}
          href={props.returnTo}
          hx-get={`/sections/${section.id}/item?return_to=${encodeURIComponent(props.returnTo)}`}
          hx-target={`#${sectionItemId(section.id)}`}
          hx-swap="innerHTML"
          class="btn-secondary btn-small"
        >
          {waitlisted ? "Stay on the waitlist" : "Keep it"}
        </a>
      </div>
    </form>
  );
}
