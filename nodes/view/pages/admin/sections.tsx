import { Elysia, t } from "elysia";
import { Alert } from "../../components/layout";
import { CsrfField, Field, FilterSelect, SelectField } from "../../components/form";
import { adminFormPage, AdminPage } from "../../components/admin/page";
import { attempt, ConfirmForm, FormActions, text, unchecked, wholeNumber, type FormState } from "../../components/admin/forms";
import { ListResults, ListSearch, liveFilter, pagingState, SearchInput, urlWith } from "../../components/admin/lists";
import { loadSection, loadTerms } from "../../components/registration/api";
import { ok, present } from "../../gateway";
import { Redirect, requireUser, sessionPlugin, setFlash, type Session, type ViewDeps } from "../../session";
import { describeMeetings } from "../../../shared/schedule";
import { meetingRows, MeetingsEditor, meetingsFromRows, submittedRows, type MeetingRow } from "../../components/admin/meetings-editor";
import { describeSeatOffer, localPath, sectionLabel, type Section } from "../../components/registration/model";
import type { Course } from "./courses";
import type { Term } from "./terms";
import { plural } from "../../../shared/plural";

const PAGE_SIZE = 25;
const RESULTS = "#sections-results";
const FORM_BODY = { body: t.Record(t.String(), t.Any()) };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

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

function SectionForm(props: { session: Session; action: string; editing?: Section; choices: SectionChoices; state: FormState<SectionValues>; returnTo: string }) {
  const { values, errors, message } = props.state;
  return (
    <form id="section-form" method="post" action={props.action} hx-post={props.action} hx-target="this" hx-swap="outerHTML" class="card max-w-2xl" novalidate>
      {message && <Alert kind="error">{message}</Alert>}
      <CsrfField token={props.session.csrfToken} />
      <input type="hidden" name="return" value={props.returnTo} />
      {props.editing ? (
        <p class="mb-4 text-sm text-slate-700" safe>{`${props.editing.course_code} ${props.editing.course_title} · ${props.editing.term_name}`}</p>
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
        backHref={props.returnTo}
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
    const result = await ok(session.gateway.courses.get({ query: { all: true, page_size: 100, page_token: pageToken || undefined } }));
    courses.push(...result.courses);
    pageToken = result.next_page_token;
    if (!pageToken) break;
  }
  const [terms, { users }] = await Promise.all([loadTerms(session), ok(session.gateway.users.get({ query: { role: "FACULTY", order_by: "name", page_size: 200 } }))]);
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

/**
 * The sections list to go back to after a form (with its term, search and page), when `value` is
 * one; otherwise `fallback`. Only the list itself qualifies, so no form sends the admin elsewhere.
 */
function listToReturnTo(value: unknown, fallback: string): string {
  const path = localPath(value, fallback);
  return path === "/admin/sections" || path.startsWith("/admin/sections?") ? path : fallback;
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
  // Edit and cancel come back to this very page of the list.
  const here = encodeURIComponent(urlWith("/admin/sections", { term: props.term, q: props.q, page_token: props.pageToken, back: props.back }));
  return (
    <ListResults
      target={RESULTS}
      noun={["section", "sections"]}
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
                {`${s.course_title} · ${s.term_name}`}
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
                  <a class="link" href={`/admin/sections/${s.id}/edit?return=${here}`}>
                    Edit<span class="sr-only" safe>{` ${label}`}</span>
                  </a>{" "}
                  <a class="link text-red-800" href={`/admin/sections/${s.id}/cancel?return=${here}`}>
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
  const formPage = (session: Session, title: string, form: JSX.Element) => adminFormPage(session, { path: "/admin/sections", title }, form);

  return new Elysia()
    .use(sessionPlugin(deps))
    .get("/admin/sections", async ({ session, query }) => {
      requireUser(session, "/admin/sections", "ADMIN");
      const terms = await loadTerms(session);
      const defaultTerm = terms.find((term) => term.registration_open) ?? terms[0];
      const term = UUID.test(query.term ?? "") ? query.term! : (defaultTerm?.id ?? "");
      const q = (query.q ?? "").slice(0, 200);
      const paging = pagingState(query);
      const page = await ok(session.gateway.sections.get({ query: { term: term || undefined, q: q || undefined, page_size: PAGE_SIZE, page_token: paging.pageToken || undefined } }));
      const results = <SectionResults term={term} q={q} sections={page.sections} total={page.total_size} nextPageToken={page.next_page_token} {...paging} />;
      if (session.htmx) return results;
      return (
        <AdminPage session={session} path="/admin/sections" title="Sections" lead="Each class of a course in a term: instructor, room, meeting times and seats.">
          <ListSearch path="/admin/sections" target={RESULTS} newHref={urlWith("/admin/sections/new", { term, return: urlWith("/admin/sections", { term, q, ...paging }) })} newLabel="New section">
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
      const returnTo = listToReturnTo(query.return, urlWith("/admin/sections", { term: values.term_id }));
      return formPage(session, "New section", <SectionForm session={session} action="/admin/sections/new" choices={choices} state={{ values, errors: {} }} returnTo={returnTo} />);
    })
    .post(
      "/admin/sections/new",
      async ({ session, body, set, cookie }) => {
        requireUser(session, "/admin/sections/new", "ADMIN");
        const values = sectionValues(body);
        const returnTo = listToReturnTo(body.return, urlWith("/admin/sections", { term: values.term_id }));
        const render = async (state: FormState<SectionValues>) =>
          formPage(session, "New section", <SectionForm session={session} action="/admin/sections/new" choices={await sectionChoices(session)} state={state} returnTo={returnTo} />);
        if (body.intent === "add_row") return render({ values: { ...values, rows: [...values.rows, { days: [], start: "", end: "" }] }, errors: {} });
        const { meetings, rowOf, problems } = meetingsFromRows(values.rows);
        if (Object.keys(problems).length) {
          set.status = 400;
          return render({ values, errors: problems, message: "Check the meeting times." });
        }
        const request = { course_id: values.course_id, term_id: values.term_id, code: values.code, instructor_id: values.instructor_id, room: values.room, capacity: wholeNumber(values.capacity), meetings };
        const result = await attempt(() => session.gateway.sections.post(unchecked(request)), sectionFieldOf(rowOf));
        if (!result.ok) {
          set.status = result.status;
          return render({ values, errors: result.errors, message: result.message });
        }
        const section = present(result.value.section, "the new section");
        setFlash(cookie as never, deps.config, "success", `Section ${sectionLabel(section)} was created in ${section.term_name}.`);
        // Back to the list it was started from when that list shows the new section's term.
        throw new Redirect(returnTo.includes(`term=${section.term_id}`) ? returnTo : urlWith("/admin/sections", { term: section.term_id }));
      },
      FORM_BODY,
    )
    .get("/admin/sections/:id/edit", async ({ session, params, query }) => {
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
      const returnTo = listToReturnTo(query.return, urlWith("/admin/sections", { term: section.term_id }));
      return (
        <AdminPage session={session} path="/admin/sections" title={`Edit section ${label}`}>
          <SectionForm session={session} action={`/admin/sections/${section.id}/edit`} editing={section} choices={choices} state={{ values, errors: {} }} returnTo={returnTo} />
          <section class="card mt-6 max-w-2xl" aria-labelledby="cancel-section">
            <h2 id="cancel-section" class="font-semibold">
              Cancel this section
            </h2>
            <p class="mt-1 text-sm text-slate-600" safe>{`${plural(section.enrolled, "enrolled student")} and ${plural(section.waitlisted, "waitlisted student")} would be dropped.`}</p>
            <a href={urlWith(`/admin/sections/${section.id}/cancel`, { return: returnTo })} class="btn-danger btn-small mt-3">
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
        const returnTo = listToReturnTo(body.return, urlWith("/admin/sections", { term: section.term_id }));
        const render = (state: FormState<SectionValues>) => formPage(session, "Edit section", <SectionForm session={session} action={action} editing={section} choices={choices} state={state} returnTo={returnTo} />);
        if (body.intent === "add_row") return render({ values: { ...values, rows: [...values.rows, { days: [], start: "", end: "" }] }, errors: {} });
        const { meetings, rowOf, problems } = meetingsFromRows(values.rows);
        if (Object.keys(problems).length) {
          set.status = 400;
          return render({ values, errors: problems, message: "Check the meeting times." });
        }
        const request = { code: values.code, instructor_id: values.instructor_id, room: values.room, capacity: wholeNumber(values.capacity), meetings };
        const result = await attempt(() => session.gateway.sections({ id: params.id }).patch(unchecked(request)), sectionFieldOf(rowOf));
        if (!result.ok) {
          set.status = result.status;
          return render({ values, errors: result.errors, message: result.message });
        }
        const saved = present(result.value.section, "the saved section");
        setFlash(cookie as never, deps.config, "success", `Section ${sectionLabel(saved)} was saved.${describeSeatOffer(result.value)}`);
        throw new Redirect(returnTo);
      },
      FORM_BODY,
    )
    .get("/admin/sections/:id/cancel", async ({ session, params, query }) => {
      requireUser(session, `/admin/sections/${params.id}/cancel`, "ADMIN");
      const section = await loadSection(session, params.id);
      const label = sectionLabel(section);
      const students = section.enrolled + section.waitlisted;
      const returnTo = listToReturnTo(query.return, urlWith("/admin/sections", { term: section.term_id }));
      return (
        <AdminPage session={session} path="/admin/sections" title={`Cancel section ${label}?`}>
          {section.status === "CANCELLED" ? (
            <Alert kind="info">This section is already cancelled.</Alert>
          ) : (
            <ConfirmForm action={`/admin/sections/${section.id}/cancel`} csrfToken={session.csrfToken} confirmLabel="Cancel the section" backHref={urlWith(`/admin/sections/${section.id}/edit`, { return: returnTo })}>
              <input type="hidden" name="return" value={returnTo} />
              {students > 0 ? (
                <>
                  <p>
                    <strong safe>{`${label} has ${plural(section.enrolled, "enrolled student")} and ${plural(section.waitlisted, "waitlisted student")}.`}</strong>
                  </p>
                  <p class="mt-2">Cancelling drops all of them; their schedules will show the section as cancelled. This cannot be undone.</p>
                  <label class="mt-4 flex items-start gap-2">
                    <input type="checkbox" name="confirm" value="true" required class="mt-1" />
                    <span safe>{`Yes, drop ${students === 1 ? "this student" : `these ${students} students`} and cancel ${label}.`}</span>
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
        const result = await attempt(() => session.gateway.sections({ id: params.id }).delete(undefined, { query: confirm ? { confirm: "true" } : {} }));
        if (!result.ok) {
          setFlash(cookie as never, deps.config, "error", `The section was not cancelled: ${result.message}`);
          throw new Redirect(urlWith(`/admin/sections/${params.id}/cancel`, { return: listToReturnTo(body.return, "") }));
        }
        const { affected } = result.value;
        const section = present(result.value.section, "the cancelled section");
        setFlash(cookie as never, deps.config, "success", `Section ${sectionLabel(section)} is cancelled; ${plural(affected, "enrollment")} ${affected === 1 ? "was" : "were"} dropped.`);
        throw new Redirect(listToReturnTo(body.return, urlWith("/admin/sections", { term: section.term_id })));
      },
      FORM_BODY,
    );
}
