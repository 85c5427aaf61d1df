// The student's dashboard: what matters now in the current term (holds, registration window and
// appointment, credits against the limit, waitlist places and skips, the next deadline), computed
// from the term and the schedule the REST gateway answers.
import { endOfLocalDay, formatDateTime } from "../../../shared/university-time";
import { sectionLabel, type MySchedule, type Term } from "./model";
import { SkipNotice } from "./skip-notice";
import { AppointmentNotice, HoldsCard } from "./student-overview-holds";

/** A dated step of the term a student plans around. */
export interface Deadline {
  at: number;
  title: string;
  meaning: string;
}

/** The term's dates that are still ahead, soonest first. */
export function upcomingDeadlines(term: Term, timeZone: string, now = Date.now()): Deadline[] {
  const lastDay = endOfLocalDay(term.ends_on, timeZone)?.getTime() ?? Number.NaN;
  const steps: Deadline[] = [
    { at: Date.parse(term.registration_opens_at), title: "Registration opens", meaning: "You can add sections and join waitlists from then." },
    { at: Date.parse(term.add_drop_deadline), title: "Add/drop deadline", meaning: "Until then a drop leaves no record; after it, leaving a section is a withdrawal (W on your transcript)." },
    { at: Date.parse(term.registration_closes_at), title: "Registration closes", meaning: "No sections can be added after it." },
    { at: lastDay, title: "Last day to withdraw", meaning: `The last day of ${term.name}: a withdrawal (W) is possible until then, unless grades were released.` },
  ];
  return steps.filter((s) => !Number.isNaN(s.at) && s.at > now).sort((a, b) => a.at - b.at);
}

/** "in 3 days", "in 5 hours", "in 12 minutes", or "3 days ago". */
export function relativeTime(at: number, now = Date.now()): string {
  const minutes = Math.round((at - now) / 60_000);
  const size = Math.abs(minutes);
  const [amount, unit] = size >= 2 * 1440 ? [Math.round(size / 1440), "day"] : size >= 120 ? [Math.round(size / 60), "hour"] : [Math.max(1, size), "minute"];
  const text = `${amount} ${unit}${amount === 1 ? "" : "s"}`;
  return minutes >= 0 ? `in ${text}` : `${text} ago`;
}

/** Where the term's registration window stands, in words. */
export function registrationStatus(term: Term, timeZone: string, now = Date.now()): string {
  const opens = Date.parse(term.registration_opens_at);
  const closes = Date.parse(term.registration_closes_at);
  if (now < opens) return `Registration for ${term.name} opens ${relativeTime(opens, now)} (${formatDateTime(term.registration_opens_at, timeZone)}).`;
  if (now < closes) return `Registration for ${term.name} is open: it closes ${relativeTime(closes, now)} (${formatDateTime(term.registration_closes_at, timeZone)}).`;
  return `Registration for ${term.name} closed on ${formatDateTime(term.registration_closes_at, timeZone)}.`;
}

/** The current term at a glance, for the student's dashboard. */
export function StudentOverview(props: { term?: Term; schedule: MySchedule; timeZone: string; now?: number }) {
  const { term, schedule, timeZone } = props;
  const now = props.now ?? Date.now();
  const waiting = schedule.enrollments.filter((e) => e.status === "WAITLISTED" && !e.section.cancelled);
  const enrolledCount = schedule.enrollments.filter((e) => e.status === "ENROLLED" && !e.section.cancelled).length;
  const next = term ? upcomingDeadlines(term, timeZone, now)[0] : undefined;
  const skipped = waiting.filter((e) => e.skipped_at || e.eligibility_problem);
  return (
    <section aria-labelledby="now-heading" class="mb-6 grid gap-4 md:grid-cols-2">
      <h2 id="now-heading" class="sr-only">
        This term
      </h2>
      <HoldsCard holds={schedule.holds} timeZone={timeZone} />
      <div class="card">
        <h3 class="font-semibold">Registration</h3>
        <p class="mt-1 text-sm text-slate-700" safe>
          {term ? registrationStatus(term, timeZone, now) : "No term is open for registration."}
        </p>
        <AppointmentNotice schedule={schedule} term={term} timeZone={timeZone} now={now} />
        {next && (
          <p class="mt-3 text-sm" id="next-deadline">
            <span class="font-medium" safe>{`Next deadline: ${next.title}, ${formatDateTime(new Date(next.at), timeZone)} (${relativeTime(next.at, now)}).`}</span>{" "}
            <span class="text-slate-700" safe>
              {next.meaning}
            </span>
          </p>
        )}
      </div>
      <div class="card">
        <h3 class="font-semibold">Credits this term</h3>
        <p class="mt-1 text-sm text-slate-700" safe>
          {`${schedule.enrolled_credits} of ${schedule.credit_limit} credits in ${enrolledCount} ${enrolledCount === 1 ? "section" : "sections"}.`}
        </p>
        <progress class="mt-2 h-2 w-full accent-indigo-700" value={String(Math.min(schedule.enrolled_credits, schedule.credit_limit))} max={String(schedule.credit_limit || 1)} aria-label="Credits against the limit" />
        <a href="/schedule" class="link mt-2 inline-block text-sm">
          See your week
        </a>
      </div>
      <div class="card md:col-span-2" id="waitlists">
        <h3 class="font-semibold">Waitlists</h3>
        {waiting.length === 0 ? (
          <p class="mt-1 text-sm text-slate-700">You are not on any waitlist this term.</p>
        ) : (
          <>
            <p class="mt-1 text-sm text-slate-700" safe>
              {skipped.length
                ? `You are on ${waiting.length} ${waiting.length === 1 ? "waitlist" : "waitlists"}; ${skipped.length === waiting.length ? (waiting.length === 1 ? "it needs" : "they need") : `${skipped.length} of them need`} your attention: see why below.`
                : `You are on ${waiting.length} ${waiting.length === 1 ? "waitlist" : "waitlists"}: a seat that frees up is yours automatically when you are next.`}
            </p>
            <ul class="mt-2 space-y-2">
              {waiting.map((e) => (
                <li>
                  <span class="text-sm font-medium" safe>{`${sectionLabel(e.section)} · ${e.section.course_title}: place #${e.position}`}</span>
                  <SkipNotice enrollment={e} timeZone={timeZone} label={sectionLabel(e.section)} />
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </section>
  );
}
