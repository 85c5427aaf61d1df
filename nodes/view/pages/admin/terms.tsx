import { Elysia, t } from "elysia";
import { DataTable } from "../../components/table";
import { Alert } from "../../components/layout";
import { CsrfField, Field } from "../../components/form";
import { adminFormPage, AdminPage } from "../../components/admin/page";
import { attempt, ConfirmForm, FormActions, text, type FormState } from "../../components/admin/forms";
import { FIELD_LABELS } from "../../../shared/field-labels";
import { endOfLocalDay, formatDateTime, fromLocalInput, toLocalInput } from "../../../shared/university-time";
import { Redirect, requireUser, sessionPlugin, setFlash, type Session, type ViewDeps } from "../../session";
import { loadTerms } from "../../components/registration/api";
import { present } from "../../gateway";
import type { Term } from "../../components/registration/model";

/** A term as the gateway returns it. */
export type { Term };

type TermValues = Omit<Term, "id" | "registration_open">;
const EMPTY: TermValues = { code: "", name: "", starts_on: "", ends_on: "", registration_opens_at: "", registration_closes_at: "", add_drop_deadline: "" };
const FORM_BODY = { body: t.Record(t.String(), t.Any()) };

/** Where a term stands now, in words (its last day ends at midnight in the university's zone). */
export function termStatus(term: Term, timeZone: string, now = Date.now()): { label: string; tone: string } {
  if (term.registration_open) return { label: "Registration open", tone: "bg-green-100 text-green-900" };
  if (Date.parse(term.registration_opens_at) > now) return { label: "Registration not yet open", tone: "bg-sky-100 text-sky-900" };
  if ((endOfLocalDay(term.ends_on, timeZone)?.getTime() ?? Infinity) <= now) return { label: "Ended", tone: "bg-slate-200 text-slate-800" };
  return { label: "Registration closed", tone: "bg-amber-100 text-amber-900" };
}

function TermForm(props: { session: Session; action: string; state: FormState<TermValues>; submitLabel: string }) {
  const { values, errors, message } = props.state;
  const zone = props.session.timeZone;
  const localTime = `University time (${zone}).`;
  return (
    <form id="term-form" method="post" action={props.action} hx-post={props.action} hx-target="this" hx-swap="outerHTML" class="card max-w-2xl" novalidate>
      {message && <Alert kind="error">{message}</Alert>}
      <CsrfField token={props.session.csrfToken} />
      <div class="grid gap-x-4 sm:grid-cols-2">
        <Field name="code" label={FIELD_LABELS.code!} value={values.code} error={errors.code} required maxlength={20} hint="Letters, digits or dashes, e.g. 2027SP." />
        <Field name="name" label={FIELD_LABELS.name!} value={values.name} error={errors.name} required maxlength={100} hint="As students read it, e.g. Spring 2027." />
        <Field name="starts_on" label={FIELD_LABELS.starts_on!} type="date" value={values.starts_on} error={errors.starts_on} required />
        <Field name="ends_on" label={FIELD_LABELS.ends_on!} type="date" value={values.ends_on} error={errors.ends_on} required />
        <Field name="registration_opens_at" label={FIELD_LABELS.registration_opens_at!} type="datetime-local" value={toLocalInput(values.registration_opens_at, zone)} error={errors.registration_opens_at} required hint={localTime} />
        <Field name="registration_closes_at" label={FIELD_LABELS.registration_closes_at!} type="datetime-local" value={toLocalInput(values.registration_closes_at, zone)} error={errors.registration_closes_at} required hint={localTime} />
        <Field name="add_drop_deadline" label={FIELD_LABELS.add_drop_deadline!} type="datetime-local" value={toLocalInput(values.add_drop_deadline, zone)} error={errors.add_drop_deadline} required hint={`${localTime} Students can drop sections until this moment.`} />
      </div>
      <FormActions submitLabel={props.submitLabel} backHref="/admin/terms" backLabel="Back to terms" />
    </form>
  );
}

/** A datetime-local value read in the university's zone, as an instant; text that is not one goes as typed, so the API names the field. */
function instantOf(value: string, zone: string): string {
  return fromLocalInput(value, zone)?.toISOString() ?? value;
}

/** The typed values of a submitted term form, as the API expects them. */
function termValues(body: Record<string, unknown>, zone: string): TermValues {
  return {
    code: text(body.code, 20).trim(),
    name: text(body.name, 100).trim(),
    starts_on: text(body.starts_on, 10),
    ends_on: text(body.ends_on, 10),
    registration_opens_at: instantOf(text(body.registration_opens_at, 40), zone),
    registration_closes_at: instantOf(text(body.registration_closes_at, 40), zone),
    add_drop_deadline: instantOf(text(body.add_drop_deadline, 40), zone),
  };
}

/** Terms: the list with each term's registration state, create, edit and delete. */
export function adminTermPages(deps: ViewDeps) {
  const lead = (session: Session) => `Dates are days; registration times are in the university's time zone, ${session.timeZone}.`;
  const formPage = (session: Session, title: string, form: JSX.Element) => adminFormPage(session, { path: "/admin/terms", title, lead: lead(session) }, form);
  return new Elysia()
    .use(sessionPlugin(deps))
    .get("/admin/terms", async ({ session }) => {
      requireUser(session, "/admin/terms", "ADMIN");
      const terms = await loadTerms(session);
      const open = terms.filter((term) => term.registration_open);
      return (
        <AdminPage session={session} path="/admin/terms" title="Terms" lead={`Each term's classes, registration window and add/drop deadline. Times are in the university's time zone, ${session.timeZone}.`}>
          <p class="mb-4">
            {open.length ? (
              <span>
                Registration is open now for <strong safe>{open.map((term) => `${term.name} (${term.code})`).join(", ")}</strong>.
              </span>
            ) : (
              <span>No term is open for registration right now.</span>
            )}
          </p>
          <a href="/admin/terms/new" class="btn-primary mb-4">
            New term
          </a>
          <DataTable
            class="card p-0"
            caption="Terms, newest first"
            columns={["Term", "Classes", "Registration", "Add/drop deadline", "Status", { label: "Actions", srOnly: true }]}
          >
            {terms.map((term) => {
              const status = termStatus(term, session.timeZone);
              return (
                <tr>
                  <td>
                    <strong safe>{term.code}</strong> <span safe>{term.name}</span>
                  </td>
                  <td class="whitespace-nowrap" safe>{`${term.starts_on} – ${term.ends_on}`}</td>
                  <td class="whitespace-nowrap" safe>{`${formatDateTime(term.registration_opens_at, session.timeZone)} – ${formatDateTime(term.registration_closes_at, session.timeZone)}`}</td>
                  <td class="whitespace-nowrap" safe>{formatDateTime(term.add_drop_deadline, session.timeZone)}</td>
                  <td>
                    <span class={`badge ${status.tone}`} safe>
                      {status.label}
                    </span>
                  </td>
                  <td class="whitespace-nowrap">
                    <a class="link" href={`/admin/terms/${term.id}/edit`}>
                      Edit<span class="sr-only" safe>{` ${term.code}`}</span>
                    </a>{" "}
                    <a class="link" href={`/admin/sections?term=${term.id}`}>
                      Sections<span class="sr-only" safe>{` of ${term.code}`}</span>
                    </a>
                  </td>
                </tr>
              );
            })}
          </DataTable>
          {terms.length === 0 ? <p class="mt-4 text-slate-600">No terms yet: create the first one.</p> : ""}
        </AdminPage>
      );
    })
    .get("/admin/terms/new", ({ session }) => {
      requireUser(session, "/admin/terms/new", "ADMIN");
      return formPage(session, "New term", <TermForm session={session} action="/admin/terms/new" state={{ values: EMPTY, errors: {} }} submitLabel="Create term" />);
    })
    .post(
      "/admin/terms/new",
      async ({ session, body, set, cookie }) => {
        requireUser(session, "/admin/terms/new", "ADMIN");
        const values = termValues(body, session.timeZone);
        const result = await attempt(() => session.gateway.terms.post(values));
        if (!result.ok) {
          set.status = result.status;
          return formPage(session, "New term", <TermForm session={session} action="/admin/terms/new" state={{ values, ...result }} submitLabel="Create term" />);
        }
        setFlash(cookie as never, deps.config, "success", `Term ${present(result.value.term, "the new term").code} (${values.name}) was created.`);
        throw new Redirect("/admin/terms");
      },
      FORM_BODY,
    )
    .get("/admin/terms/:id/edit", async ({ session, params }) => {
      requireUser(session, `/admin/terms/${params.id}/edit`, "ADMIN");
      const terms = await loadTerms(session);
      const term = terms.find((candidate) => candidate.id === params.id);
      if (!term) throw new Redirect("/admin/terms");
      const action = `/admin/terms/${term.id}/edit`;
      return (
        <AdminPage session={session} path="/admin/terms" title={`Edit term ${term.code}`} lead={lead(session)}>
          <TermForm session={session} action={action} state={{ values: term, errors: {} }} submitLabel="Save changes" />
          <section class="card mt-6 max-w-2xl" aria-labelledby="delete-term">
            <h2 id="delete-term" class="font-semibold">
              Delete this term
            </h2>
            <p class="mt-1 text-sm text-slate-600">Only a term without sections can be deleted; cancel its sections instead when it has any.</p>
            <a href={`/admin/terms/${term.id}/delete`} class="btn-danger btn-small mt-3">
              Delete term…
            </a>
          </section>
        </AdminPage>
      );
    })
    .post(
      "/admin/terms/:id/edit",
      async ({ session, params, body, set, cookie }) => {
        requireUser(session, `/admin/terms/${params.id}/edit`, "ADMIN");
        const values = termValues(body, session.timeZone);
        const action = `/admin/terms/${params.id}/edit`;
        const result = await attempt(() => session.gateway.terms({ id: params.id }).patch(values));
        if (!result.ok) {
          set.status = result.status;
          return formPage(session, "Edit term", <TermForm session={session} action={action} state={{ values, ...result }} submitLabel="Save changes" />);
        }
        setFlash(cookie as never, deps.config, "success", `Term ${present(result.value.term, "the saved term").code} was saved.`);
        throw new Redirect("/admin/terms");
      },
      FORM_BODY,
    )
    .get("/admin/terms/:id/delete", async ({ session, params }) => {
      requireUser(session, `/admin/terms/${params.id}/delete`, "ADMIN");
      const terms = await loadTerms(session);
      const term = terms.find((candidate) => candidate.id === params.id);
      if (!term) throw new Redirect("/admin/terms");
      return (
        <AdminPage session={session} path="/admin/terms" title={`Delete term ${term.code}?`}>
          <ConfirmForm action={`/admin/terms/${term.id}/delete`} csrfToken={session.csrfToken} confirmLabel="Delete the term" backHref={`/admin/terms/${term.id}/edit`}>
            <p safe>{`${term.name} (${term.code}) will be removed. This cannot be undone; a term that has sections is refused.`}</p>
          </ConfirmForm>
        </AdminPage>
      );
    })
    .post(
      "/admin/terms/:id/delete",
      async ({ session, params, cookie }) => {
        requireUser(session, `/admin/terms/${params.id}/delete`, "ADMIN");
        const result = await attempt(() => session.gateway.terms({ id: params.id }).delete());
        setFlash(cookie as never, deps.config, result.ok ? "success" : "error", result.ok ? "The term was deleted." : `The term was not deleted: ${result.message}`);
        throw new Redirect(result.ok ? "/admin/terms" : `/admin/terms/${params.id}/edit`);
      },
      FORM_BODY,
    );
}
