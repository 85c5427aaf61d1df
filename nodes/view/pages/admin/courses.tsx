import { Elysia, t } from "elysia";
import { Alert } from "../../components/layout";
import { CsrfField, Field, FilterSelect, SelectField, TextAreaField } from "../../components/form";
import { adminFormPage, AdminPage } from "../../components/admin/page";
import { attempt, ConfirmForm, FormActions, text, unchecked, wholeNumber, type FormState } from "../../components/admin/forms";
import { ListResults, ListSearch, liveFilter, pagingState, parseOrder, SearchInput, urlWith } from "../../components/admin/lists";
import type { Course, CourseRef, Department } from "../../components/registration/model";
import { ok, present } from "../../gateway";
import { Redirect, requireUser, sessionPlugin, setFlash, type Session, type ViewDeps } from "../../session";

export type { Course };

const SORTS = ["code", "title", "department", "credits"] as const;
const PAGE_SIZE = 25;
const RESULTS = "#courses-results";
const FORM_BODY = { body: t.Record(t.String(), t.Any()) };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface CourseQuery {
  q: string;
  department: string;
  order: ReturnType<typeof parseOrder>;
  pageToken: string;
  back: string;
}

const listUrl = (state: CourseQuery, changes: Partial<Record<"order_by" | "page_token" | "back", string>> = {}) =>
  urlWith("/admin/courses", { q: state.q, department: state.department, order_by: changes.order_by ?? state.order.value, page_token: changes.page_token ?? "", back: changes.back ?? "" });

function CourseResults(props: { state: CourseQuery; courses: Course[]; total: number; nextPageToken: string }) {
  const { state } = props;
  return (
    <ListResults
      target={RESULTS}
      noun={["course", "courses"]}
      total={props.total}
      caption="Courses"
      columns={[{ label: "Code", sort: "code" }, { label: "Title", sort: "title" }, { label: "Department", sort: "department" }, { label: "Credits", sort: "credits" }, "Prerequisites", "Status"]}
      order={state.order}
      link={(changes) => listUrl(state, changes)}
      paging={{ pageToken: state.pageToken, back: state.back, nextPageToken: props.nextPageToken, pageSize: PAGE_SIZE }}
      shown={props.courses.length}
      empty="No course matches. Try another code, word or department."
    >
      {props.courses.map((course) => (
        <tr>
          <td class="whitespace-nowrap">
            <a class="link" href={`/admin/courses/${course.id}/edit`} safe>
              {course.code}
            </a>
          </td>
          <td safe>{course.title}</td>
          <td safe>{course.department}</td>
          <td>{String(course.credits)}</td>
          <td safe>{course.prerequisites.map((p) => p.code).join(", ") || "—"}</td>
          <td>{course.retired ? <span class="badge bg-slate-200 text-slate-800">Retired</span> : <span class="badge bg-green-100 text-green-900">Active</span>}</td>
        </tr>
      ))}
    </ListResults>
  );
}

/** Checkboxes of prerequisites: the chosen ones first, then courses matching the search. */
function PrerequisiteOptions(props: { chosen: CourseRef[]; matches: Course[]; query: string }) {
  const chosenIds = new Set(props.chosen.map((c) => c.id));
  const others = props.matches.filter((c) => !chosenIds.has(c.id));
  return (
    <div id="prereq-options" class="max-h-64 overflow-y-auto rounded border border-slate-200 p-2">
      {props.chosen.length === 0 && others.length === 0 && <p class="text-sm text-slate-600">{props.query ? "No other course matches." : "Type to find courses."}</p>}
      <ul class="space-y-1">
        {[...props.chosen.map((c) => ({ ...c, checked: true })), ...others.map((c) => ({ id: c.id, code: c.code, title: c.title, checked: false }))].map((c) => (
          <li>
            <label class="flex items-start gap-2 text-sm">
              <input type="checkbox" name="prerequisite_ids" value={c.id} checked={c.checked} class="mt-1" />
              <span>
                <strong safe>{c.code}</strong> <span safe>{c.title}</span>
              </span>
            </label>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface CourseValues {
  code: string;
  title: string;
  description: string;
  credits: string;
  department: string;
  prerequisites: CourseRef[];
}

function CourseForm(props: { session: Session; action: string; selfId?: string; departments: Department[]; matches: Course[]; state: FormState<CourseValues>; submitLabel: string }) {
  const { values, errors, message } = props.state;
  return (
    <form id="course-form" method="post" action={props.action} hx-post={props.action} hx-target="this" hx-swap="outerHTML" class="card max-w-2xl" novalidate>
      {message && <Alert kind="error">{message}</Alert>}
      <CsrfField token={props.session.csrfToken} />
      <div class="grid gap-x-4 sm:grid-cols-2">
        <Field name="code" label="Code" value={values.code} error={errors.code} required maxlength={20} hint="Department letters, a space, 3-4 digits, e.g. CS 205." />
        <Field name="title" label="Title" value={values.title} error={errors.title} required maxlength={200} />
        <SelectField
          name="department"
          label="Department"
          options={props.departments.map((d) => ({ value: d.code, label: `${d.code} · ${d.name}` }))}
          value={values.department}
          error={errors.department}
          placeholder="Choose a department"
          required
        />
        <Field name="credits" label="Credits" type="number" value={values.credits} error={errors.credits} required hint="A whole number from 0 to 12." />
      </div>
      <TextAreaField name="description" label="Description" value={values.description} error={errors.description} maxlength={4000} />
      <fieldset id="prereq-fieldset" class="mb-4" aria-describedby={errors.prerequisite_ids ? "prereq-error" : undefined}>
        <legend class="mb-1 text-sm font-medium">Prerequisites</legend>
        <p class="mb-2 text-xs text-slate-500">Courses a student must have passed first. A choice that would make a cycle is refused.</p>
        <input type="hidden" name="prerequisites_sent" value="1" />
        {props.selfId && <input type="hidden" name="self" value={props.selfId} />}
        <label for="prereq-q" class="sr-only">
          Find a course to add as a prerequisite
        </label>
        <input
          id="prereq-q"
          type="search"
          name="prereq_q"
          class="input mb-2"
          placeholder="Find a course by code or title"
          hx-get="/admin/courses/prerequisite-options"
          hx-trigger="input delay:300ms"
          hx-target="#prereq-options"
          hx-swap="outerHTML"
          hx-include="#prereq-fieldset"
          aria-controls="prereq-options"
        />
        <PrerequisiteOptions chosen={values.prerequisites} matches={props.matches} query="" />
        {errors.prerequisite_ids && (
          <p id="prereq-error" class="mt-1 text-sm text-red-700" safe>
            {errors.prerequisite_ids}
          </p>
        )}
      </fieldset>
      <FormActions submitLabel={props.submitLabel} backHref="/admin/courses" backLabel="Back to courses" />
    </form>
  );
}

/** Ids from a form or query value that may be one string or many. */
function idList(value: unknown): string[] {
  const list = Array.isArray(value) ? value : typeof value === "string" ? [value] : [];
  return [...new Set(list.filter((v): v is string => typeof v === "string" && UUID.test(v)))].slice(0, 50);
}

/** Courses and helpers for the course pages. */
function catalog(session: Session) {
  return {
    search: (q: string, pageSize = 20) => ok(session.gateway.courses.get({ query: { all: true, q: q.slice(0, 200) || undefined, page_size: pageSize } })).then((r) => r.courses),
    departments: () => ok(session.gateway.departments.get()).then((r) => r.departments),
    course: (id: string) => ok(session.gateway.courses({ id }).get({ query: {} })).then((r) => present(r.course, "the course")),
    /** Code and title of each chosen prerequisite, for re-showing the form. */
    refs: async (ids: string[]) =>
      (await Promise.all(ids.map((id) => ok(session.gateway.courses({ id }).get({ query: {} })).then((r) => r.course ?? undefined, () => undefined))))
        .filter((c): c is Course => !!c)
        .map((c) => ({ id: c.id, code: c.code, title: c.title })),
  };
}

function courseValues(body: Record<string, unknown>) {
  return {
    code: text(body.code, 20).trim(),
    title: text(body.title, 200).trim(),
    description: text(body.description, 4000).trim(),
    credits: text(body.credits, 10).trim(),
    department: text(body.department, 10),
  };
}

/** Courses: search, sort and page every course; create and edit with prerequisites; retire. */
export function adminCoursePages(deps: ViewDeps) {
  const formPage = (session: Session, title: string, form: JSX.Element) => adminFormPage(session, { path: "/admin/courses", title }, form);
  const save = async (session: Session, body: Record<string, unknown>, id?: string) => {
    const values = courseValues(body);
    const prerequisiteIds = idList(body.prerequisite_ids).filter((p) => p !== id);
    const request = { ...values, credits: wholeNumber(values.credits), prerequisite_ids: prerequisiteIds };
    const result = await attempt(() =>
      id ? session.gateway.courses({ id }).patch(unchecked(request)) : session.gateway.courses.post(unchecked(request)),
    );
    return { values, prerequisiteIds, result };
  };
  const refused = async (session: Session, action: string, title: string, selfId: string | undefined, saved: Awaited<ReturnType<typeof save>>) => {
    const api = catalog(session);
    const [departments, matches, prerequisites] = await Promise.all([api.departments(), api.search(""), api.refs(saved.prerequisiteIds)]);
    const failure = saved.result.ok ? { errors: {}, message: "" } : saved.result;
    return formPage(
      session,
      title,
      <CourseForm
        session={session}
        action={action}
        selfId={selfId}
        departments={departments}
        matches={matches.filter((c) => c.id !== selfId)}
        state={{ values: { ...saved.values, prerequisites }, errors: failure.errors, message: failure.message }}
        submitLabel={selfId ? "Save changes" : "Create course"}
      />,
    );
  };

  return new Elysia()
    .use(sessionPlugin(deps))
    .get("/admin/courses", async ({ session, query }) => {
      requireUser(session, "/admin/courses", "ADMIN");
      const state: CourseQuery = {
        q: (query.q ?? "").slice(0, 200),
        department: /^[A-Za-z]{1,10}$/.test(query.department ?? "") ? query.department!.toUpperCase() : "",
        order: parseOrder(query.order_by, SORTS, "code"),
        ...pagingState(query),
      };
      const page = await ok(
        session.gateway.courses.get({ query: { all: true, q: state.q || undefined, department: state.department || undefined, order_by: state.order.value || undefined, page_size: PAGE_SIZE, page_token: state.pageToken || undefined } }),
      );
      const results = <CourseResults state={state} courses={page.courses} total={page.total_size} nextPageToken={page.next_page_token} />;
      if (session.htmx) return results;
      const departments = await catalog(session).departments();
      return (
        <AdminPage session={session} path="/admin/courses" title="Courses" lead="Every course of the catalog, offered this term or not, retired ones too.">
          <ListSearch path="/admin/courses" target={RESULTS} order={state.order.value} newHref="/admin/courses/new" newLabel="New course">
            <SearchInput id="courses-q" path="/admin/courses" target={RESULTS} label="Search" value={state.q} placeholder="code, title or description" maxlength={200} />
            <FilterSelect
              id="courses-department"
              name="department"
              label="Department"
              all="All departments"
              options={departments.map((d) => ({ value: d.code, label: `${d.code} · ${d.name}` }))}
              value={state.department}
              attrs={liveFilter("/admin/courses", RESULTS, "change")}
            />
          </ListSearch>
          {results}
        </AdminPage>
      );
    })
    .get("/admin/courses/prerequisite-options", async ({ session, request }) => {
      requireUser(session, "/admin/courses", "ADMIN");
      const params = new URL(request.url).searchParams;
      const chosenIds = idList(params.getAll("prerequisite_ids"));
      const self = params.get("self") ?? "";
      const q = (params.get("prereq_q") ?? "").slice(0, 200);
      const api = catalog(session);
      const [chosen, matches] = await Promise.all([api.refs(chosenIds), api.search(q)]);
      return <PrerequisiteOptions chosen={chosen} matches={matches.filter((c) => c.id !== self)} query={q} />;
    })
    .get("/admin/courses/new", async ({ session }) => {
      requireUser(session, "/admin/courses/new", "ADMIN");
      const api = catalog(session);
      const [departments, matches] = await Promise.all([api.departments(), api.search("")]);
      const values = { code: "", title: "", description: "", credits: "3", department: "", prerequisites: [] };
      return formPage(session, "New course", <CourseForm session={session} action="/admin/courses/new" departments={departments} matches={matches} state={{ values, errors: {} }} submitLabel="Create course" />);
    })
    .post(
      "/admin/courses/new",
      async ({ session, body, set, cookie }) => {
        requireUser(session, "/admin/courses/new", "ADMIN");
        const saved = await save(session, body);
        if (!saved.result.ok) {
          set.status = saved.result.status;
          return refused(session, "/admin/courses/new", "New course", undefined, saved);
        }
        const created = present(saved.result.value.course, "the new course");
        setFlash(cookie as never, deps.config, "success", `Course ${created.code} was created.`);
        throw new Redirect(`/admin/courses/${created.id}/edit`);
      },
      FORM_BODY,
    )
    .get("/admin/courses/:id/edit", async ({ session, params }) => {
      requireUser(session, `/admin/courses/${params.id}/edit`, "ADMIN");
      const api = catalog(session);
      const [course, departments, matches] = await Promise.all([api.course(params.id), api.departments(), api.search("")]);
      const action = `/admin/courses/${course.id}/edit`;
      return (
        <AdminPage session={session} path="/admin/courses" title={`${course.code}: ${course.title}`} lead={course.retired ? "This course is retired: it stays on transcripts and gets no new sections." : undefined}>
          <CourseForm
            session={session}
            action={action}
            selfId={course.id}
            departments={departments}
            matches={matches.filter((c) => c.id !== course.id)}
            state={{ values: { ...course, credits: String(course.credits) }, errors: {} }}
            submitLabel="Save changes"
          />
          <section class="card mt-6 max-w-2xl" aria-labelledby="course-more">
            <h2 id="course-more" class="font-semibold">
              Sections and retirement
            </h2>
            <p class="mt-2 flex flex-wrap gap-3">
              <a class="link" href={urlWith("/admin/sections", { q: course.code })}>
                Sections of <span safe>{course.code}</span>
              </a>
              {!course.retired && (
                <a class="link" href={`/admin/sections/new?course=${course.id}`}>
                  Add a section
                </a>
              )}
            </p>
            {!course.retired && (
              <a href={`/admin/courses/${course.id}/retire`} class="btn-danger btn-small mt-3">
                Retire course…
              </a>
            )}
          </section>
        </AdminPage>
      );
    })
    .post(
      "/admin/courses/:id/edit",
      async ({ session, params, body, set, cookie }) => {
        requireUser(session, `/admin/courses/${params.id}/edit`, "ADMIN");
        const saved = await save(session, body, params.id);
        if (!saved.result.ok) {
          set.status = saved.result.status;
          return refused(session, `/admin/courses/${params.id}/edit`, "Edit course", params.id, saved);
        }
        setFlash(cookie as never, deps.config, "success", `Course ${present(saved.result.value.course, "the saved course").code} was saved.`);
        throw new Redirect(`/admin/courses/${params.id}/edit`);
      },
      FORM_BODY,
    )
    .get("/admin/courses/:id/retire", async ({ session, params }) => {
      requireUser(session, `/admin/courses/${params.id}/retire`, "ADMIN");
      const course = await catalog(session).course(params.id);
      return (
        <AdminPage session={session} path="/admin/courses" title={`Retire ${course.code}?`}>
          <ConfirmForm action={`/admin/courses/${course.id}/retire`} csrfToken={session.csrfToken} confirmLabel="Retire the course" backHref={`/admin/courses/${course.id}/edit`}>
            <p safe>{`${course.code} ${course.title} will get no new sections. It stays on transcripts, and its existing sections are not changed (cancel them separately if needed). Retiring cannot be undone here.`}</p>
          </ConfirmForm>
        </AdminPage>
      );
    })
    .post(
      "/admin/courses/:id/retire",
      async ({ session, params, cookie }) => {
        requireUser(session, `/admin/courses/${params.id}/retire`, "ADMIN");
        const result = await attempt(() => session.gateway.courses({ id: params.id }).delete());
        setFlash(cookie as never, deps.config, result.ok ? "success" : "error", result.ok ? `${present(result.value.course, "the retired course").code} is retired.` : `The course was not retired: ${result.message}`);
        throw new Redirect(`/admin/courses/${params.id}/edit`);
      },
      FORM_BODY,
    );
}
