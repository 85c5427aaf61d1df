import { Elysia, t } from "elysia";
import { Alert } from "../../components/layout";
import { CsrfField, Field, FilterSelect, SelectField } from "../../components/form";
import { adminFormPage, AdminPage, attempt, ConfirmForm, FormActions, ListResults, ListSearch, liveFilter, pagingState, SearchInput, text, urlWith, wholeNumber, type FormState } from "../../components/admin/ui";
import { Redirect, requireUser, sessionPlugin, setFlash, type Session, type ViewDeps } from "../../session";
import { DAYS } from "../../../shared/schedule";
import { DAY_NAMES, DAY_SHORT, describeMeetings, describeSeatOffer, sectionLabel, type Meeting, type Section, type SkippedStudent } from "../../components/registration/model";
import type { Course } from "./courses";
import type { Term } from "./terms";
import type { User } from "./users";

/** The day checkboxes of the meetings editor. */
const DAY_CHOICES = DAYS.map((code) => ({ code, label: DAY_SHORT[code]!, name: DAY_NAMES[code]! }));
const PAGE_SIZE = 25;
const RESULTS = "#sections-results";
const FORM_BODY = { body: t.Record(t.String(), t.Any()) };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One row of the meetings editor: the days that share one start and end time. */
interface MeetingRow {
  days: string[];
  start: string;
  end: string;
}

/** Groups weekly meetings into editor rows by time. */
function meetingRows(meetings: Meeting[]): MeetingRow[] {
  const rows: MeetingRow[] = [];
  for (const meeting of meetings) {
    const row = rows.find((r) => r.start === meeting.start_time && r.end === meeting.end_time);
    if (row) row.days.push(meeting.day);
    else rows.push({ days: [meeting.day], start: meeting.start_time, end: meeting.end_time });
  }
  return rows;
}

/** The editor rows of a submitted form (`m{i}_days`, `m{i}_start`, `m{i}_end`). */
function submittedRows(body: Record<string, unknown>): MeetingRow[] {
  const count = Math.min(Number(text(body.meeting_rows, 3)) || 0, 14);
  const rows: MeetingRow[] = [];
  for (let i = 0; i < count; i++) {
    const raw = body[`m${i}_days`];
    const days = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]).filter((d): d is string => typeof d === "string" && DAY_CHOICES.some((x) => x.code === d));
    rows.push({ days, start: text(body[`m${i}_start`], 5), end: text(body[`m${i}_end`], 5) });
  }
  return rows;
}

/** The API's meetings list from editor rows, with the row each meeting came from (to place errors). */
function meetingsFromRows(rows: MeetingRow[]): { meetings: Meeting[]; rowOf: number[]; problems: Record<string, string> } {
  const meetings: Meeting[] = [];
  const rowOf: number[] = [];
  const problems: Record<string, string> = {};
  rows.forEach((row, i) => {
    if (row.days.length === 0) {
      if (row.start || row.end) problems[`m${i}`] = "Choose at least one day for these times, or clear the times.";
      return;
    }
    for (const day of row.days) {
      meetings.push({ day, start_time: row.start, end_time: row.end });
      rowOf.push(i);
    }
  });
  return { meetings, rowOf, problems };
}

function MeetingsEditor(props: { rows: MeetingRow[]; errors: Record<string, string> }) {
  const rows = props.rows.length ? props.rows : [{ days: [], start: "", end: "" }];
  return (
    <fieldset class="mb-4" aria-describedby={props.errors.meetings ? "meetings-error" : "meetings-hint"}>
      <legend class="mb-1 text-sm font-medium">Meeting times</legend>
      <p id="meetings-hint" class="mb-2 text-xs text-slate-500">
        One row per time pattern: tick the days it meets, then its start and end (24-hour). A row without days is ignored.
      </p>
      <input type="hidden" name="meeting_rows" value={String(rows.length)} />
      <div class="space-y-3">
        {rows.map((row, i) => {
          const error = props.errors[`m${i}`];
          return (
            <div class={`rounded border p-3 ${error ? "border-red-400" : "border-slate-200"}`} role="group" aria-label={`Meeting pattern ${i + 1}`} aria-describedby={error ? `m${i}-error` : undefined}>
              <div class="flex flex-wrap gap-x-3 gap-y-1">
                {DAY_CHOICES.map((day) => (
                  <label class="flex items-center gap-1 text-sm">
                    <input type="checkbox" name={`m${i}_days`} value={day.code} checked={row.days.includes(day.code)} />
                    <span aria-hidden="true">{day.label}</span>
                    <span class="sr-only">{day.name}</span>
                  </label>
                ))}
              </div>
              <div class="mt-2 flex flex-wrap gap-3">
                <label class="text-sm">
                  <span class="mb-1 block">Starts</span>
                  <input type="time" name={`m${i}_start`} value={row.start} class="input w-36" step="300" aria-invalid={error ? "true" : undefined} aria-describedby={error ? `m${i}-error` : undefined} />
                </label>
                <label class="text-sm">
                  <span class="mb-1 block">Ends</span>
                  <input type="time" name={`m${i}_end`} value={row.end} class="input w-36" step="300" />
                </label>
              </div>
              {error && (
                <p id={`m${i}-error`} class="mt-1 text-sm text-red-700" safe>
                  {error}
                </p>
              )}
            </div>
          );
        })}
      </div>
      {props.errors.meetings && (
        <p id="meetings-error" class="mt-1 text-sm text-red-700" safe>
          {props.errors.meetings}
        </p>
      )}
      <button type="submit" name="intent" value="add_row" class="btn-secondary btn-small mt-3" formnovalidate>
        Add another meeting pattern
      </button>
    </fieldset>
  );
}

interface SectionValues {
  course_id: string;
  term_id: string;
  code: string;
  instructor_id: string;
  room: string;
  capacity: string;
  rows: MeetingRow[];
}

interface SectionChoices {
  courses: Array<{ value: string; label: string }>;
  terms: Array<{ value: string; label: string }>;
  instructors: Array<{ value: string; label: string }>;
}

function SectionForm(props: { session: Session; action: string; editing?: Section; choices: SectionChoices; state: FormState<SectionValues> }) {
  const { values, errors, message } = props.state;
  return (
    <form id="section-form" method="post" action={props.action} hx-post={props.action} hx-target="this" hx-swap="outerHTML" class="card max-w-2xl" novalidate>
      {message && <Alert kind="error">{message}</Alert>}
      <CsrfField token={props.session.csrfToken} />
      {props.editing ? (
        <p class="mb-4 text-sm text-slate-700" safe>{`${props.editing.course_code} ${props.editing.course_title} · term ${props.editing.term_code}`}</p>
      ) : (
        <div class="grid gap-x-4 sm:grid-cols-2">
          <SelectField name="course_id" label="Course" options={props.choices.courses} value={values.course_id} error={errors.course_id} placeholder="Choose a course" required />
          <SelectField name="term_id" label="Term" options={props.choices.terms} value={values.term_id} error={errors.term_id} placeholder="Choose a term" required />
        </div>
      )}
      <div class="grid gap-x-4 sm:grid-cols-2">
        <Field name="code" label="Section code" value={values.code} error={errors.code} required maxlength={8} hint="1-8 letters or digits, e.g. 001." />
        <SelectField name="instructor_id" label="Instructor" options={props.choices.instructors} value={values.instructor_id} error={errors.instructor_id} placeholder="Choose a faculty member" required hint="Faculty accounts only." />
        <Field name="room" label="Room" value={values.room} error={errors.room} required maxlength={40} hint="e.g. SCI 120." />
        <Field
          name="capacity"
          label="Capacity (seats)"
          type="number"
          value={values.capacity}
          error={errors.capacity}
          required
          hint={props.editing ? `${props.editing.enrolled} enrolled, ${props.editing.waitlisted} waitlisted. Raising it moves waitlisted students in at once.` : "0 to 1000."}
        />
      </div>
      <MeetingsEditor rows={values.rows} errors={errors} />
      <FormActions
        submitLabel={props.editing ? "Save changes" : "Create section"}
        backHref={props.editing ? `/admin/sections?term=${props.editing.term_id}` : "/admin/sections"}
        backLabel="Back to sections"
      />
    </form>
  );
}

/** The choices of the section form: active courses, terms and active faculty. */
/** A term as a choice of a select: code, name and whether registration is open. */
function termOption(term: Term) {
  return { value: term.id, label: `${term.code} · ${term.name}${term.registration_open ? " (registration open)" : ""}` };
}

async function sectionChoices(session: Session): Promise<SectionChoices> {
  const courses: Course[] = [];
  let pageToken = "";
  for (let page = 0; page < 20; page++) {
    const result = await session.api<{ courses: Course[]; next_page_token: string }>(urlWith("/api/v1/courses", { all: "true", page_size: "100", page_token: pageToken }));
    courses.push(...result.courses);
    pageToken = result.next_page_token;
    if (!pageToken) break;
  }
  const [{ terms }, { users }] = await Promise.all([
    session.api<{ terms: Term[] }>("/api/v1/terms"),
    session.api<{ users: User[] }>("/api/v1/users?role=FACULTY&order_by=name&page_size=200"),
  ]);
  return {
    courses: courses.filter((c) => !c.retired).map((c) => ({ value: c.id, label: `${c.code} · ${c.title}` })),
    terms: terms.map(termOption),
    instructors: users.filter((u) => !u.disabled).map((u) => ({ value: u.id, label: `${u.name} (${u.username})` })),
  };
}

function sectionValues(body: Record<string, unknown>): SectionValues {
  return {
    course_id: text(body.course_id, 64),
    term_id: text(body.term_id, 64),
    code: text(body.code, 8).trim(),
    instructor_id: text(body.instructor_id, 64),
    room: text(body.room, 40).trim(),
    capacity: text(body.capacity, 10).trim(),
    rows: submittedRows(body),
  };
}

/** Maps an API field of a section request to the form field that shows its error. */
function sectionFieldOf(rowOf: number[]) {
  return (field: string) => {
    const meeting = /^meetings(?:\.(\d+)|\[(\d+)\])/.exec(field);
    if (meeting) {
      const row = rowOf[Number(meeting[1] ?? meeting[2])];
      return row === undefined ? "meetings" : `m${row}`;
    }
    return field;
  };
}

function SectionResults(props: { term: string; q: string; sections: Section[]; total: number; nextPageToken: string; pageToken: string; back: string }) {
  return (
    <ListResults
      target={RESULTS}
      noun="sections"
      total={props.total}
      caption="Sections, by course code and section code"
      columns={["Section", "Instructor", "Room", "Meets", "Seats", "Waitlist", "Status", { label: "Actions", srOnly: true }]}
      link={(changes) => urlWith("/admin/sections", { term: props.term, q: props.q, page_token: changes.page_token, back: changes.back })}
      paging={{ pageToken: props.pageToken, back: props.back, nextPageToken: props.nextPageToken, pageSize: PAGE_SIZE }}
      shown={props.sections.length}
      empty="No section matches. Try another course code or term."
    >
      {props.sections.map((s) => {
        const label = sectionLabel(s);
        const cancelled = s.status === "CANCELLED";
        return (
          <tr class={cancelled ? "text-slate-500" : ""}>
            <td>
              <strong class={cancelled ? "line-through" : ""} safe>
                {label}
              </strong>
              <span class="block text-xs" safe>
                {`${s.course_title} · ${s.term_code}`}
              </span>
            </td>
            <td safe>{s.instructor_name}</td>
            <td safe>{s.room}</td>
            <td safe>{s.meetings.length ? describeMeetings(s.meetings) : "—"}</td>
            <td class="whitespace-nowrap">{`${s.enrolled} / ${s.capacity}`}</td>
            <td>{String(s.waitlisted)}</td>
            <td>{cancelled ? <span class="badge bg-red-100 text-red-900">Cancelled</span> : <span class="badge bg-green-100 text-green-900">Active</span>}</td>
            <td class="whitespace-nowrap">
              {!cancelled && (
                <>
                  <a class="link" href={`/admin/sections/${s.id}/edit`}>
                    Edit<span class="sr-only" safe>{` ${label}`}</span>
                  </a>{" "}
                  <a class="link text-red-800" href={`/admin/sections/${s.id}/cancel`}>
                    Cancel<span class="sr-only" safe>{` ${label}`}</span>…
                  </a>
                </>
              )}
            </td>
          </tr>
        );
      })}
    </ListResults>
  );
}

/** Sections: list by term and course, create and edit (instructor, room, meeting times, capacity), cancel. */
export function adminSectionPages(deps: ViewDeps) {
  const loadSection = (session: Session, id: string) => session.api<{ section: Section }>(`/api/v1/sections/${encodeURIComponent(id)}`).then((r) => r.section);
  const formPage = (session: Session, title: string, form: JSX.Element) => adminFormPage(session, { path: "/admin/sections", title }, form);

  return new Elysia()
    .use(sessionPlugin(deps))
    .get("/admin/sections", async ({ session, query }) => {
      requireUser(session, "/admin/sections", "ADMIN");
      const { terms } = await session.api<{ terms: Term[] }>("/api/v1/terms");
      const defaultTerm = terms.find((term) => term.registration_open) ?? terms[0];
      const term = UUID.test(query.term ?? "") ? query.term! : (defaultTerm?.id ?? "");
      const q = (query.q ?? "").slice(0, 200);
      const paging = pagingState(query);
      const page = await session.api<{ sections: Section[]; next_page_token: string; total_size: number }>(
        urlWith("/api/v1/sections", { term, q, page_size: String(PAGE_SIZE), page_token: paging.pageToken }),
      );
      const results = <SectionResults term={term} q={q} sections={page.sections} total={page.total_size} nextPageToken={page.next_page_token} {...paging} />;
      if (session.htmx) return results;
      return (
        <AdminPage session={session} path="/admin/sections" title="Sections" lead="Each class of a course in a term: instructor, room, meeting times and seats.">
          <ListSearch path="/admin/sections" target={RESULTS} newHref={urlWith("/admin/sections/new", { term })} newLabel="New section">
            <FilterSelect
              id="sections-term"
              name="term"
              label="Term"
              options={terms.map(termOption)}
              value={term}
              attrs={liveFilter("/admin/sections", RESULTS, "change")}
            />
            <SearchInput id="sections-q" path="/admin/sections" target={RESULTS} label="Course" value={q} placeholder="code or title" maxlength={200} />
          </ListSearch>
          {results}
        </AdminPage>
      );
    })
    .get("/admin/sections/new", async ({ session, query }) => {
      requireUser(session, "/admin/sections/new", "ADMIN");
      const choices = await sectionChoices(session);
      const values: SectionValues = {
        course_id: UUID.test(query.course ?? "") ? query.course! : "",
        term_id: UUID.test(query.term ?? "") ? query.term! : "",
        code: "001",
        instructor_id: "",
        room: "",
        capacity: "30",
        rows: [],
      };
      return formPage(session, "New section", <SectionForm session={session} action="/admin/sections/new" choices={choices} state={{ values, errors: {} }} />);
    })
    .post(
      "/admin/sections/new",
      async ({ session, body, set, cookie }) => {
        requireUser(session, "/admin/sections/new", "ADMIN");
        const values = sectionValues(body);
        const render = async (state: FormState<SectionValues>) => formPage(session, "New section", <SectionForm session={session} action="/admin/sections/new" choices={await sectionChoices(session)} state={state} />);
        if (body.intent === "add_row") return render({ values: { ...values, rows: [...values.rows, { days: [], start: "", end: "" }] }, errors: {} });
        const { meetings, rowOf, problems } = meetingsFromRows(values.rows);
        if (Object.keys(problems).length) {
          set.status = 400;
          return render({ values, errors: problems, message: "Check the meeting times." });
        }
        const request = { course_id: values.course_id, term_id: values.term_id, code: values.code, instructor_id: values.instructor_id, room: values.room, capacity: wholeNumber(values.capacity), meetings };
        const result = await attempt(() => session.api<{ section: Section }>("/api/v1/sections", { body: request }), sectionFieldOf(rowOf));
        if (!result.ok) {
          set.status = result.status;
          return render({ values, errors: result.errors, message: result.message });
        }
        const section = result.value.section;
        setFlash(cookie as never, deps.config, "success", `Section ${sectionLabel(section)} was created in ${section.term_code}.`);
        throw new Redirect(`/admin/sections?term=${section.term_id}`);
      },
      FORM_BODY,
    )
    .get("/admin/sections/:id/edit", async ({ session, params }) => {
      requireUser(session, `/admin/sections/${params.id}/edit`, "ADMIN");
      const [section, choices] = await Promise.all([loadSection(session, params.id), sectionChoices(session)]);
      const label = sectionLabel(section);
      if (section.status === "CANCELLED") {
        return (
          <AdminPage session={session} path="/admin/sections" title={`Section ${label}`}>
            <Alert kind="info">This section is cancelled and can no longer be changed.</Alert>
          </AdminPage>
        );
      }
      const values: SectionValues = { ...section, capacity: String(section.capacity), rows: meetingRows(section.meetings) };
      return (
        <AdminPage session={session} path="/admin/sections" title={`Edit section ${label}`}>
          <SectionForm session={session} action={`/admin/sections/${section.id}/edit`} editing={section} choices={choices} state={{ values, errors: {} }} />
          <section class="card mt-6 max-w-2xl" aria-labelledby="cancel-section">
            <h2 id="cancel-section" class="font-semibold">
              Cancel this section
            </h2>
            <p class="mt-1 text-sm text-slate-600" safe>{`${section.enrolled} enrolled and ${section.waitlisted} waitlisted students would be dropped.`}</p>
            <a href={`/admin/sections/${section.id}/cancel`} class="btn-danger btn-small mt-3">
              Cancel section…
            </a>
          </section>
        </AdminPage>
      );
    })
    .post(
      "/admin/sections/:id/edit",
      async ({ session, params, body, set, cookie }) => {
        requireUser(session, `/admin/sections/${params.id}/edit`, "ADMIN");
        const values = sectionValues(body);
        const [section, choices] = await Promise.all([loadSection(session, params.id), sectionChoices(session)]);
        const action = `/admin/sections/${params.id}/edit`;
        const render = (state: FormState<SectionValues>) => formPage(session, "Edit section", <SectionForm session={session} action={action} editing={section} choices={choices} state={state} />);
        if (body.intent === "add_row") return render({ values: { ...values, rows: [...values.rows, { days: [], start: "", end: "" }] }, errors: {} });
        const { meetings, rowOf, problems } = meetingsFromRows(values.rows);
        if (Object.keys(problems).length) {
          set.status = 400;
          return render({ values, errors: problems, message: "Check the meeting times." });
        }
        const request = { code: values.code, instructor_id: values.instructor_id, room: values.room, capacity: wholeNumber(values.capacity), meetings };
        const result = await attempt(() => session.api<{ section: Section; promoted: number; skipped: SkippedStudent[] }>(`/api/v1/sections/${encodeURIComponent(params.id)}`, { method: "PATCH", body: request }), sectionFieldOf(rowOf));
        if (!result.ok) {
          set.status = result.status;
          return render({ values, errors: result.errors, message: result.message });
        }
        const saved = result.value.section;
        setFlash(cookie as never, deps.config, "success", `Section ${sectionLabel(saved)} was saved.${describeSeatOffer(result.value)}`);
        throw new Redirect(`/admin/sections?term=${saved.term_id}`);
      },
      FORM_BODY,
    )
    .get("/admin/sections/:id/cancel", async ({ session, params }) => {
      requireUser(session, `/admin/sections/${params.id}/cancel`, "ADMIN");
      const section = await loadSection(session, params.id);
      const label = sectionLabel(section);
      const students = section.enrolled + section.waitlisted;
      return (
        <AdminPage session={session} path="/admin/sections" title={`Cancel section ${label}?`}>
          {section.status === "CANCELLED" ? (
            <Alert kind="info">This section is already cancelled.</Alert>
          ) : (
            <ConfirmForm action={`/admin/sections/${section.id}/cancel`} csrfToken={session.csrfToken} confirmLabel="Cancel the section" backHref={`/admin/sections/${section.id}/edit`}>
              {students > 0 ? (
                <>
                  <p>
                    <strong safe>{`${label} has ${section.enrolled} enrolled and ${section.waitlisted} waitlisted students.`}</strong>
                  </p>
                  <p class="mt-2">Cancelling drops all of them; their schedules will show the section as cancelled. This cannot be undone.</p>
                  <label class="mt-4 flex items-start gap-2">
                    <input type="checkbox" name="confirm" value="true" required class="mt-1" />
                    <span safe>{`Yes, drop these ${students} students and cancel ${label}.`}</span>
                  </label>
                </>
              ) : (
                <p safe>{`${label} has no students. Cancelling it removes it from registration; this cannot be undone.`}</p>
              )}
            </ConfirmForm>
          )}
        </AdminPage>
      );
    })
    .post(
      "/admin/sections/:id/cancel",
      async ({ session, params, body, cookie }) => {
        requireUser(session, `/admin/sections/${params.id}/cancel`, "ADMIN");
        const confirm = body.confirm === "true";
        const result = await attempt(() => session.api<{ section: Section; affected: number }>(`/api/v1/sections/${encodeURIComponent(params.id)}${confirm ? "?confirm=true" : ""}`, { method: "DELETE" }));
        if (!result.ok) {
          setFlash(cookie as never, deps.config, "error", `The section was not cancelled: ${result.message}`);
          throw new Redirect(`/admin/sections/${params.id}/cancel`);
        }
        const { section, affected } = result.value;
        setFlash(cookie as never, deps.config, "success", `Section ${sectionLabel(section)} is cancelled; ${affected} enrollment${affected === 1 ? " was" : "s were"} dropped.`);
        throw new Redirect(`/admin/sections?term=${section.term_id}`);
      },
      FORM_BODY,
    );
}
