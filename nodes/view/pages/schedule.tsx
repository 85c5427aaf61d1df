import { Elysia, t } from "elysia";
import { Layout, PageHeader } from "../components/layout";
import { CsrfField, FilterSelect } from "../components/form";
import { dropEnrollment, loadMySchedule } from "../components/registration/api";
import { drawnOnce } from "../catalog-reads";
import { SharedReads } from "../shared-reads";
import { describeMeetings } from "../../shared/schedule";
import { leavingRule, queryString, sectionLabel, type MyEnrollment, type MySchedule, type Outcome, type Section, type Term } from "../components/registration/model";
import { EnrollmentBadge, Notice, OutcomeMessage } from "../components/registration/section-item";
import { SkipNotice } from "../components/registration/skip-notice";
import { Timetable, type TimetableEntry } from "../components/registration/timetable";
import { Redirect, requireUser, sessionPlugin, setFlash, type Session, type ViewDeps } from "../session";
import { plural } from "../../shared/plural";
import { SwapForm, SwapNote, swapChoices, swapSection } from "../components/registration/swap";

interface ScheduleView {
  session: Session;
  schedule: MySchedule;
  term?: Term;
  outcome?: Outcome;
  /** The enrollment whose drop waits for confirmation. */
  confirming?: string;
  /** The enrollment being swapped, and the sections it may be swapped for. */
  swapping?: { enrollmentId: string; choices: Section[] };
}

// Kita's tag types lack `autofocus` outside form fields; htmx focuses it after a swap.
const AUTOFOCUS: object = { autofocus: true };
const scheduleUrl = (termId: string | undefined) => `/schedule${queryString({ term: termId })}`;

/** Active places first (enrolled, then waitlisted), by course code. */
function ordered(enrollments: MyEnrollment[]): MyEnrollment[] {
  const rank = (e: MyEnrollment) => (e.section.cancelled || e.status === "CANCELLED" ? 2 : e.status === "WAITLISTED" ? 1 : 0);
  return [...enrollments].sort((a, b) => rank(a) - rank(b) || sectionLabel(a.section).localeCompare(sectionLabel(b.section)));
}

function timetableEntries(enrollments: MyEnrollment[]): TimetableEntry[] {
  return enrollments
    .filter((e) => !e.section.cancelled && (e.status === "ENROLLED" || e.status === "WAITLISTED"))
    .flatMap((e) =>
      e.section.meetings.map((meeting) => ({
        label: sectionLabel(e.section),
        title: e.section.course_title,
        room: e.section.room,
        meeting,
        waitlistPosition: e.status === "WAITLISTED" ? e.position : undefined,
      })),
    );
}

/** The confirmation question of leaving a section, saying what it costs. */
function leaveQuestion(enrollment: MyEnrollment, label: string, rule: "drop" | "withdraw"): string {
  if (enrollment.status === "WAITLISTED") return `Leave the waitlist of ${label}? You would lose your place (#${enrollment.position}).`;
  if (rule === "withdraw") {
    return `Withdraw from ${label}? The add/drop deadline has passed: this is recorded as W on your transcript (no grade points, no credits), cannot be undone this term, and your seat goes to the waitlist.`;
  }
  return `Drop ${label}? It leaves no record on your transcript; someone on the waitlist may take your seat at once.`;
}

/** One line of the list: the section, its status and its Drop / Withdraw / Leave waitlist button. */
function ScheduleItem(props: { view: ScheduleView; enrollment: MyEnrollment }) {
  const { view, enrollment } = props;
  const { section } = enrollment;
  const label = sectionLabel(section);
  const id = `enrollment-${enrollment.id}`;
  const waitlisted = enrollment.status === "WAITLISTED";
  const active = !section.cancelled && (enrollment.status === "ENROLLED" || waitlisted);
  const termId = view.term?.id ?? view.schedule.term_id;
  const confirming = view.confirming === enrollment.id;
  // A waitlist can be left at any time; an enrolled section is dropped, then withdrawn from.
  const rule = waitlisted ? "drop" : leavingRule(view.term, view.session.timeZone);
  const withdrawing = rule === "withdraw";
  const question = rule === "closed" ? "" : leaveQuestion(enrollment, label, rule);
  const verb = waitlisted ? "Leave waitlist" : withdrawing ? "Withdraw" : "Drop";
  return (
    <li id={id} class="card">
      <div class="flex flex-wrap items-start justify-between gap-3">
        <div class="min-w-0">
          <h3 class="font-semibold">
            <a href={`/sections/${section.id}`} class="link" safe>
              {`${label} · ${section.course_title}`}
            </a>
            <span class="ml-2">
              <EnrollmentBadge status={enrollment.status} position={enrollment.position} cancelled={section.cancelled} />
            </span>
          </h3>
          <p class="mt-1 text-sm text-slate-700" safe>
            {[`${plural(section.credits, "credit")}`, describeMeetings(section.meetings), section.room, section.instructor_name].filter(Boolean).join(" · ")}
          </p>
          {section.cancelled && <p class="mt-1 text-sm text-slate-700">This section was cancelled. Find another section in the catalog.</p>}
          <SkipNotice enrollment={enrollment} timeZone={view.session.timeZone} />
          <SwapNote enrollment={enrollment} enrollments={view.schedule.enrollments} />
          {view.swapping?.enrollmentId === enrollment.id && <SwapForm session={view.session} enrollment={enrollment} choices={view.swapping.choices} termId={termId} cancelUrl={scheduleUrl(termId)} />}
        </div>
        {active &&
          rule !== "closed" &&
          (confirming ? (
            <form method="post" action={`/schedule/drop/${enrollment.id}`} hx-post={`/schedule/drop/${enrollment.id}`} hx-target="#schedule-content" hx-swap="innerHTML" class="rounded border border-amber-300 bg-amber-50 p-2 text-sm">
              <p id={`${id}-question`} class="mb-2" data-announce={question} safe>
                {question}
              </p>
              <CsrfField token={view.session.csrfToken} />
              <input type="hidden" name="term" value={termId} />
              {withdrawing && <input type="hidden" name="withdraw" value="true" />}
              <div class="flex flex-wrap gap-2">
                <button type="submit" class="btn-danger btn-small" aria-describedby={`${id}-question`}>
                  {waitlisted ? "Yes, leave the waitlist" : withdrawing ? "Yes, withdraw (W)" : "Yes, drop it"}
                </button>
                <a href={scheduleUrl(termId)} hx-get={scheduleUrl(termId)} hx-target="#schedule-content" hx-swap="innerHTML" id={`${id}-action`} {...AUTOFOCUS} aria-describedby={`${id}-question`} class="btn-secondary btn-small">
                  {waitlisted ? "Stay on the waitlist" : "Keep it"}
                </a>
              </div>
            </form>
          ) : (
            <div class="flex flex-wrap gap-2">
              {!waitlisted && rule === "drop" && (
                <form method="get" action={`/schedule/swap/${enrollment.id}`} hx-get={`/schedule/swap/${enrollment.id}`} hx-target="#schedule-content" hx-swap="innerHTML">
                  <input type="hidden" name="term" value={termId} />
                  <button type="submit" id={`${id}-swap`} class="btn-secondary btn-small" aria-label={`Swap ${label} for another section`}>
                    Swap
                  </button>
                </form>
              )}
              <form method="get" action={`/schedule/drop/${enrollment.id}`} hx-get={`/schedule/drop/${enrollment.id}`} hx-target="#schedule-content" hx-swap="innerHTML">
                <input type="hidden" name="term" value={termId} />
                <button type="submit" id={`${id}-action`} class="btn-secondary btn-small" aria-label={`${waitlisted ? "Leave waitlist of" : withdrawing ? "Withdraw from" : "Drop"} ${label}`}>
                  {verb}
                </button>
              </form>
            </div>
          ))}
      </div>
    </li>
  );
}

/** What leaving a section means in the term, once it is no longer a plain drop. */
function LeavingNotice(props: { term?: Term; timeZone: string }) {
  const { term } = props;
  if (!term) return <></>;
  const rule = leavingRule(term, props.timeZone);
  if (rule === "withdraw") {
    return <Notice text={`The add/drop deadline of ${term.name} has passed: leaving a section now is a withdrawal, recorded as W on your transcript (not counted in your GPA).`} />;
  }
  if (rule === "closed") return <Notice text={`${term.name} has ended: sections can no longer be dropped or withdrawn from here.`} />;
  return <></>;
}

/** Everything below the term selector: totals, timetable and list (the target of updates). */
function ScheduleContent(props: { view: ScheduleView }) {
  const { view } = props;
  const { schedule, term } = view;
  const enrollments = ordered(schedule.enrollments);
  const enrolled = enrollments.filter((e) => e.status === "ENROLLED" && !e.section.cancelled);
  const waitlisted = enrollments.filter((e) => e.status === "WAITLISTED" && !e.section.cancelled);
  const termName = term?.name ?? "this term";
  const summary = `${schedule.enrolled_credits} ${schedule.enrolled_credits === 1 ? "credit" : "credits"} in ${enrolled.length} ${enrolled.length === 1 ? "section" : "sections"}${waitlisted.length ? ` · on ${waitlisted.length} ${waitlisted.length === 1 ? "waitlist" : "waitlists"}` : ""}`;
  return (
    <>
      {!!view.outcome && (
        <div id="schedule-outcome" tabindex="-1" {...AUTOFOCUS}>
          <OutcomeMessage outcome={view.outcome} />
        </div>
      )}
      {!enrollments.length ? (
        <div class="card">
          <p class="font-medium" safe>{`You have no sections in ${termName}.`}</p>
          <p class="mt-1 text-sm text-slate-700">
            {term?.registration_open ? "Registration is open: find sections in the catalog and add them." : "Choose another term above, or browse the catalog."}
          </p>
          <a href={`/catalog${queryString({ term: term?.id })}`} class="btn-primary mt-3">
            Find sections
          </a>
        </div>
      ) : (
        <>
          <p class="mb-4 text-lg font-medium" safe>
            {summary}
          </p>
          <LeavingNotice term={term} timeZone={view.session.timeZone} />
          <section aria-labelledby="week-heading" class="card mb-6">
            <h2 id="week-heading" class="mb-3 text-lg font-semibold">
              Week
            </h2>
            {timetableEntries(enrollments).length ? <Timetable entries={timetableEntries(enrollments)} /> : <p class="text-sm text-slate-700">None of your sections has meeting times yet.</p>}
          </section>
          <section aria-labelledby="list-heading">
            <h2 id="list-heading" class="mb-3 text-lg font-semibold">
              Sections
            </h2>
            <ul class="space-y-3">
              {enrollments.map((enrollment) => (
                <ScheduleItem view={view} enrollment={enrollment} />
              ))}
            </ul>
          </section>
        </>
      )}
    </>
  );
}

function TermSelector(props: { terms: Term[]; termId: string }) {
  return (
    <form method="get" action="/schedule" hx-get="/schedule" hx-trigger="change, submit" hx-target="#schedule-content" hx-swap="innerHTML" class="mb-6 flex flex-wrap items-end gap-2">
      <FilterSelect id="schedule-term" name="term" label="Term" options={props.terms.map((term) => ({ value: term.id, label: term.name }))} value={props.termId} />
      <button type="submit" class="btn-secondary">
        Show
      </button>
    </form>
  );
}

/** A student's schedule as one read gave it, with the content drawn from it (by term). */
interface ScheduleRead {
  schedule: MySchedule;
  drawn: Map<string, string>;
}

/**
 * Reads the student's schedule and the terms. A page asking while the same session's schedule
 * is being read shares the next read (SharedReads: never older than the request, so an Add or a
 * Drop made before it shows at once); a refresh storm makes one call at a time.
 */
async function loadView(deps: ViewDeps, schedules: SharedReads<ScheduleRead>, session: Session, termParam: string, extra: Partial<ScheduleView> = {}) {
  const [terms, read] = await Promise.all([
    deps.gateway.catalog.terms(),
    schedules.get(`${session.token} ${termParam}`, async () => ({ schedule: await loadMySchedule(session, termParam || undefined), drawn: new Map() })),
  ]);
  const { schedule } = read;
  const view: ScheduleView = { session, schedule, term: terms.data.terms.find((t) => t.id === schedule.term_id), ...extra };
  return { view, terms: terms.data.terms, read };
}

/** The schedule's content: drawn once per read and term when it shows no outcome or question (nothing of the request in it). */
function ContentOf(props: { view: ScheduleView; read: ScheduleRead }) {
  const { view, read } = props;
  const draw = () => <ScheduleContent view={view} />;
  return view.outcome || view.confirming || view.swapping ? draw() : drawnOnce(read, JSON.stringify(view.term ?? null), draw);
}

function SchedulePage(props: { view: ScheduleView; terms: Term[]; read: ScheduleRead }) {
  return (
    <Layout title="My schedule" session={props.view.session} path="/schedule">
      <PageHeader title="My schedule" lead="Your week, your credits, and your places on waitlists." />
      <p class="-mt-2 mb-4 text-sm">
        <a href={`/schedule/calendar${queryString({ term: props.view.schedule.term_id })}`} class="link">
          Add to your calendar (download or subscribe)
        </a>
      </p>
      <TermSelector terms={props.terms} termId={props.view.schedule.term_id} />
      <div id="schedule-content">
        <ContentOf view={props.view} read={props.read} />
      </div>
    </Layout>
  );
}

const termOf = (value: unknown) => (typeof value === "string" ? value.slice(0, 64) : "");
const EnrollmentParams = t.Object({ id: t.String({ maxLength: 64 }) });

/** "My schedule": the student's week as a timetable and a list, with drops confirmed in place and swaps. */
export function schedulePages(deps: ViewDeps) {
  const schedules = new SharedReads<ScheduleRead>();
  /** A POST on one line of the schedule: the action's outcome in place (htmx), or a flash and a redirect back. */
  async function onOneLine(input: { session: Session; cookie: unknown; enrollmentId: string; term: string }, act: (target: MyEnrollment) => Promise<Outcome>) {
    const { session, term } = input;
    requireUser(session, "/schedule", "STUDENT");
    const before = await loadMySchedule(session, term || undefined);
    const target = before.enrollments.find((e) => e.id === input.enrollmentId);
    const outcome: Outcome = target ? await act(target) : { kind: "info", text: "That section is no longer on your schedule." };
    if (!session.htmx) {
      setFlash(input.cookie as never, deps.config, outcome.kind, outcome.text);
      throw new Redirect(scheduleUrl(term || before.term_id));
    }
    const { view } = await loadView(deps, schedules, session, term, { outcome });
    return <ScheduleContent view={view} />;
  }
  return new Elysia()
    .use(sessionPlugin(deps))
    .get("/schedule", async ({ session, query, request, set }) => {
      requireUser(session, "/schedule", "STUDENT");
      const { view, terms, read } = await loadView(deps, schedules, session, termOf(query.term));
      if (session.htmx) {
        set.headers["hx-replace-url"] = scheduleUrl(view.schedule.term_id);
        return <ContentOf view={view} read={read} />;
      }
      return <SchedulePage view={view} terms={terms} read={read} />;
    })
    .get(
      "/schedule/drop/:id",
      async ({ session, params, query, request }) => {
        requireUser(session, "/schedule", "STUDENT");
        const { view, terms, read } = await loadView(deps, schedules, session, termOf(query.term), { confirming: params.id });
        if (!view.schedule.enrollments.some((e) => e.id === params.id)) view.outcome = { kind: "info", text: "That section is no longer on your schedule." };
        return session.htmx ? <ScheduleContent view={view} /> : <SchedulePage view={view} terms={terms} read={read} />;
      },
      { params: EnrollmentParams },
    )
    .post(
      "/schedule/drop/:id",
      ({ session, params, body, cookie }) =>
        onOneLine({ session, cookie, enrollmentId: params.id, term: termOf(body.term) }, async (target) =>
          (await dropEnrollment(session, { enrollmentId: params.id, waitlisted: target.status === "WAITLISTED", withdraw: body.withdraw === "true" })).outcomeFor(sectionLabel(target.section)),
        ),
      { params: EnrollmentParams, body: t.Record(t.String(), t.Any()) },
    )
    .get(
      "/schedule/swap/:id",
      async ({ session, params, query }) => {
        requireUser(session, "/schedule", "STUDENT");
        const { view, terms, read } = await loadView(deps, schedules, session, termOf(query.term));
        const enrollment = view.schedule.enrollments.find((e) => e.id === params.id && e.status === "ENROLLED");
        if (enrollment) view.swapping = { enrollmentId: enrollment.id, choices: await swapChoices(session, enrollment) };
        else view.outcome = { kind: "info", text: "That section is no longer on your schedule." };
        return session.htmx ? <ScheduleContent view={view} /> : <SchedulePage view={view} terms={terms} read={read} />;
      },
      { params: EnrollmentParams },
    )
    .post(
      "/schedule/swap/:id",
      ({ session, params, body, cookie }) =>
        onOneLine({ session, cookie, enrollmentId: params.id, term: termOf(body.term) }, (target) =>
          swapSection(session, { enrollmentId: params.id, sectionId: termOf(body.section_id), waitlist: body.waitlist === "true", key: body.idempotency_key, fromLabel: sectionLabel(target.section) }),
        ),
      { params: EnrollmentParams, body: t.Record(t.String(), t.Any()) },
    );
}
