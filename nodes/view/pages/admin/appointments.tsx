import { Elysia, t } from "elysia";
import { DataTable } from "../../components/table";
import { Alert } from "../../components/layout";
import { CsrfField, Field, FilterSelect, SelectField, TextAreaField } from "../../components/form";
import { AdminPage } from "../../components/admin/page";
import { attempt, FormActions, text, unchecked, wholeNumber, type FormState } from "../../components/admin/forms";
import { FIELD_LABELS } from "../../../shared/field-labels";
import { APPOINTMENT_BASES, CLASS_STANDINGS } from "../../../shared/registration-holds";
import { formatDateTime, fromLocalInput, toLocalInput } from "../../../shared/university-time";
import { Redirect, requireUser, sessionPlugin, setFlash, type Session, type ViewDeps } from "../../session";
import { ok, type Answer, type GatewayApi } from "../../gateway";
import { loadTerms } from "../../components/registration/api";
import type { Term } from "../../components/registration/model";

type Groups = Answer<ReturnType<GatewayApi["terms"]>["appointment-groups"]["get"]>;
type Group = Groups["groups"][number];
type GroupValues = { name: string; basis: string; min_credits: string; standing: string; students: string; starts_at: string };

const FORM_BODY = { body: t.Record(t.String(), t.Any()) };
const EMPTY: GroupValues = { name: "", basis: "CREDITS", min_credits: "", standing: "", students: "", starts_at: "" };
const pagePath = (termId: string) => `/admin/appointments?term=${encodeURIComponent(termId)}`;

/** Which students a group takes, in words. */
function groupRule(group: Group): string {
  if (group.basis === "CREDITS") return `Students with at least ${group.min_credits} credits earned`;
  if (group.basis === "STANDING") return CLASS_STANDINGS.find((s) => s.code === group.standing)?.label ?? group.standing;
  return `${group.students.length} named ${group.students.length === 1 ? "student" : "students"}`;
}

/** The request body of a submitted group form: only the fields its basis uses; times read in the university's zone. */
function groupBody(values: GroupValues, zone: string) {
  const startsAt = fromLocalInput(values.starts_at, zone)?.toISOString() ?? values.starts_at;
  const base = { name: values.name.trim(), basis: values.basis, starts_at: startsAt };
  if (values.basis === "CREDITS") return { ...base, min_credits: wholeNumber(values.min_credits) };
  if (values.basis === "STANDING") return { ...base, standing: values.standing };
  return { ...base, students: values.students.split(/[\s,;]+/).filter(Boolean) };
}

function GroupForm(props: { session: Session; term: Term; state: FormState<GroupValues> }) {
  const { values, errors, message } = props.state;
  const zone = props.session.timeZone;
  return (
    <form method="post" action={`/admin/appointments/${props.term.id}/groups`} class="card max-w-2xl" aria-labelledby="group-heading" novalidate>
      <h2 id="group-heading" class="mb-3 font-semibold">
        Add an appointment group
      </h2>
      {message && <Alert kind="error">{message}</Alert>}
      <CsrfField token={props.session.csrfToken} />
      <div class="grid gap-x-4 sm:grid-cols-2">
        <Field name="name" label={FIELD_LABELS.name!} value={values.name} error={errors.name} required maxlength={100} hint="As the registrar calls it, e.g. Seniors." />
        <Field name="starts_at" label={FIELD_LABELS.starts_at!} type="datetime-local" value={toLocalInput(values.starts_at, zone) || values.starts_at} error={errors.starts_at} required hint={`University time (${zone}); before registration closes.`} />
      </div>
      <SelectField name="basis" label={FIELD_LABELS.basis!} options={APPOINTMENT_BASES.map((b) => ({ value: b.code, label: b.label }))} value={values.basis} error={errors.basis} required hint="Fill in the one field below that goes with it." />
      <div class="grid gap-x-4 sm:grid-cols-2">
        <Field name="min_credits" label="Credits earned, at least" type="number" value={values.min_credits} error={errors.min_credits} hint="For “Credits earned”: as on the transcript." />
        <SelectField name="standing" label={FIELD_LABELS.standing!} options={CLASS_STANDINGS.map((s) => ({ value: s.code, label: s.label }))} value={values.standing} error={errors.standing} placeholder="Choose a standing" hint="For “Class standing”." />
      </div>
      <TextAreaField name="students" label={FIELD_LABELS.students!} value={values.students} error={errors.students} rows={3} hint="For “A list of students”: usernames, separated by spaces, commas or new lines." />
      <FormActions submitLabel="Add group" busyLabel="Assigning…" backHref="/admin/terms" backLabel="Back to terms" />
    </form>
  );
}

function GroupsTable(props: { session: Session; term: Term; groups: Groups }) {
  const zone = props.session.timeZone;
  const { groups } = props.groups;
  if (groups.length === 0) return <p class="mb-4 text-slate-700">No appointment groups: every student may add from the moment registration opens.</p>;
  return (
    <DataTable class="card mb-4 p-0" caption={`Appointment groups of ${props.term.code}, earliest first`} columns={["Group", "Who", "Starts", "Students", { label: "Actions", srOnly: true }]}>
      {groups.map((group) => (
        <tr>
          <td safe>{group.name}</td>
          <td safe>{groupRule(group)}</td>
          <td class="whitespace-nowrap" safe>{formatDateTime(group.starts_at, zone)}</td>
          <td>{String(group.assigned)}</td>
          <td>
            <form method="post" action={`/admin/appointments/groups/${group.id}/delete`}>
              <CsrfField token={props.session.csrfToken} />
              <input type="hidden" name="term" value={props.term.id} />
              <button type="submit" class="btn-secondary btn-small">
                Delete<span class="sr-only" safe>{` group ${group.name}`}</span>
              </button>
            </form>
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

/** A term's appointments page; `state` after a refused group. */
async function appointmentsPage(session: Session, termId: string, state?: FormState<GroupValues>) {
  const terms = await loadTerms(session);
  const term = terms.find((candidate) => candidate.id === termId) ?? terms.find((candidate) => candidate.registration_open) ?? terms[0];
  const groups = term ? await ok(session.gateway.terms({ id: term.id })["appointment-groups"].get()) : undefined;
  const zone = session.timeZone;
  return (
    <AdminPage
      session={session}
      path="/admin/appointments"
      title="Registration appointments"
      lead="Each student may add from the earliest start of the groups that take them until registration closes; a student in no group starts with the last group. Appointments are assigned again whenever a group is added or deleted, and on request (credits earned change as grades are released)."
    >
      <form method="get" action="/admin/appointments" class="mb-4 flex flex-wrap items-end gap-3">
        <FilterSelect id="term" name="term" label="Term" options={terms.map((candidate) => ({ value: candidate.id, label: `${candidate.code} · ${candidate.name}` }))} value={term?.id} />
        <button type="submit" class="btn-secondary">
          Show
        </button>
      </form>
      {term && groups ? (
        <>
          <p class="mb-4 text-sm text-slate-700" safe>
            {`Registration for ${term.name}: ${formatDateTime(term.registration_opens_at, zone)} – ${formatDateTime(term.registration_closes_at, zone)}. ` +
              (groups.assigned_at ? `Appointments last assigned ${formatDateTime(groups.assigned_at, zone)} (${groups.students_assigned} students).` : "No appointments assigned.")}
          </p>
          <GroupsTable session={session} term={term} groups={groups} />
          {groups.groups.length > 0 && (
            <form method="post" action={`/admin/appointments/${term.id}/assign`} class="mb-6">
              <CsrfField token={session.csrfToken} />
              <button type="submit" class="btn-secondary">
                Assign appointments again
              </button>
            </form>
          )}
          <GroupForm session={session} term={term} state={state ?? { values: EMPTY, errors: {} }} />
        </>
      ) : (
        <p>No terms yet.</p>
      )}
    </AdminPage>
  );
}

/** Registration appointments: a term's groups, add, delete, assign again. */
export function adminAppointmentPages(deps: ViewDeps) {
  const flash = (cookie: unknown, ok: boolean, success: string, message: string) => setFlash(cookie as never, deps.config, ok ? "success" : "error", ok ? success : message);
  return new Elysia()
    .use(sessionPlugin(deps))
    .get("/admin/appointments", ({ session, query }) => {
      requireUser(session, "/admin/appointments", "ADMIN");
      return appointmentsPage(session, text(query.term, 64));
    })
    .post(
      "/admin/appointments/:term/groups",
      async ({ session, params, body, set, cookie }) => {
        requireUser(session, "/admin/appointments", "ADMIN");
        const values: GroupValues = { name: text(body.name, 120), basis: text(body.basis, 20), min_credits: text(body.min_credits, 12), standing: text(body.standing, 20), students: text(body.students, 200_000), starts_at: text(body.starts_at, 40) };
        const result = await attempt(() => session.gateway.terms({ id: params.term })["appointment-groups"].post(unchecked(groupBody(values, session.timeZone))));
        if (!result.ok) {
          set.status = result.status;
          return appointmentsPage(session, params.term, { values, ...result });
        }
        flash(cookie, true, `Group ${values.name.trim()} added: ${result.value.assignment?.students_assigned ?? 0} students have appointments.`, "");
        throw new Redirect(pagePath(params.term));
      },
      FORM_BODY,
    )
    .post(
      "/admin/appointments/groups/:id/delete",
      async ({ session, params, body, cookie }) => {
        requireUser(session, "/admin/appointments", "ADMIN");
        const result = await attempt(() => session.gateway["appointment-groups"]({ id: params.id }).delete());
        flash(cookie, result.ok, `Group deleted: ${result.ok ? (result.value.assignment?.students_assigned ?? 0) : 0} students have appointments.`, result.ok ? "" : `The group was not deleted: ${result.message}`);
        throw new Redirect(pagePath(text(body.term, 64)));
      },
      FORM_BODY,
    )
    .post(
      "/admin/appointments/:term/assign",
      async ({ session, params, cookie }) => {
        requireUser(session, "/admin/appointments", "ADMIN");
        const result = await attempt(() => session.gateway.terms({ id: params.term }).appointments.assign.post());
        flash(cookie, result.ok, `Appointments assigned: ${result.ok ? result.value.students_assigned : 0} students.`, result.ok ? "" : `Appointments were not assigned: ${result.message}`);
        throw new Redirect(pagePath(params.term));
      },
      FORM_BODY,
    );
}
