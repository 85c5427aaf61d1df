import { Elysia, t } from "elysia";
import { DataTable } from "../../components/table";
import { Alert } from "../../components/layout";
import { CsrfField, Field, SelectField, TextAreaField } from "../../components/form";
import { AdminPage } from "../../components/admin/page";
import { attempt, FormActions, text, unchecked, type FormState } from "../../components/admin/forms";
import { FIELD_LABELS } from "../../../shared/field-labels";
import { HOLD_KINDS, holdKindLabel } from "../../../shared/registration-holds";
import { formatDateTime } from "../../../shared/university-time";
import { Redirect, requireUser, sessionPlugin, setFlash, type Session, type ViewDeps } from "../../session";
import { ok, type Answer, type GatewayApi } from "../../gateway";

type Hold = Answer<ReturnType<GatewayApi["students"]>["holds"]["get"]>["holds"][number];
type Student = { id: string; username: string; name: string };
type HoldValues = { kind: string; reason: string; contact: string };

const FORM_BODY = { body: t.Record(t.String(), t.Any()) };
const EMPTY: HoldValues = { kind: "FINANCIAL", reason: "", contact: "" };
const KIND_HINT = HOLD_KINDS.map((k) => `${k.label}: usually ${k.defaultContact}.`).join(" ");

/** The student account named by a username (students only), or undefined. */
async function findStudent(session: Session, username: string): Promise<Student | undefined> {
  const wanted = username.trim().toLowerCase();
  if (!wanted) return undefined;
  const page = await ok(session.gateway.users.get({ query: unchecked({ q: wanted, role: "STUDENT", page_size: 50 }) }));
  return page.users.find((u) => u.username === wanted);
}

const holdsPath = (username: string) => `/admin/holds?student=${encodeURIComponent(username)}`;

function HoldForm(props: { session: Session; student: Student; state: FormState<HoldValues> }) {
  const { values, errors, message } = props.state;
  return (
    <form method="post" action="/admin/holds/place" class="card max-w-2xl" aria-labelledby="place-heading" novalidate>
      <h2 id="place-heading" class="mb-3 font-semibold" safe>{`Place a hold on ${props.student.username}`}</h2>
      {message && <Alert kind="error">{message}</Alert>}
      <CsrfField token={props.session.csrfToken} />
      <input type="hidden" name="student_id" value={props.student.id} />
      <input type="hidden" name="student" value={props.student.username} />
      <SelectField name="kind" label={FIELD_LABELS.kind!} options={HOLD_KINDS.map((k) => ({ value: k.code, label: k.label }))} value={values.kind} error={errors.kind} required />
      <TextAreaField name="reason" label={FIELD_LABELS.reason!} value={values.reason} error={errors.reason} maxlength={500} rows={2} hint="The student reads it on their dashboard and when registration refuses them." />
      <Field name="contact" label={FIELD_LABELS.contact!} value={values.contact} error={errors.contact} required maxlength={200} hint={`An office and how to reach it, e.g. Bursar's Office, bursar@example.edu. ${KIND_HINT}`} />
      <FormActions submitLabel="Place hold" busyLabel="Placing…" backHref="/admin/holds" backLabel="Another student" />
    </form>
  );
}

function HoldsTable(props: { session: Session; student: Student; holds: Hold[] }) {
  const zone = props.session.timeZone;
  if (props.holds.length === 0) return <p class="mb-6 text-slate-700">No holds, in force or lifted.</p>;
  return (
    <DataTable class="card mb-6 p-0" caption={`Holds of ${props.student.username}, in force first`} columns={["Hold", "Reason", "Contact", "Placed", "Lifted", { label: "Actions", srOnly: true }]}>
      {props.holds.map((hold) => (
        <tr>
          <td>
            <span safe>{holdKindLabel(hold.kind)}</span>
            {hold.blocks_registration && !hold.lifted_at ? <span class="badge ml-1 bg-amber-100 text-amber-900">Blocks registration</span> : ""}
          </td>
          <td safe>{hold.reason}</td>
          <td safe>{hold.contact}</td>
          <td class="whitespace-nowrap" safe>{`${formatDateTime(hold.placed_at, zone)} by ${hold.placed_by_name}`}</td>
          <td class="whitespace-nowrap" safe>{hold.lifted_at ? `${formatDateTime(hold.lifted_at, zone)} by ${hold.lifted_by_name}` : "In force"}</td>
          <td>
            {!hold.lifted_at && (
              <form method="post" action={`/admin/holds/${hold.id}/lift`}>
                <CsrfField token={props.session.csrfToken} />
                <input type="hidden" name="student" value={props.student.username} />
                <button type="submit" class="btn-secondary btn-small">
                  Lift<span class="sr-only" safe>{` the ${holdKindLabel(hold.kind).toLowerCase()}`}</span>
                </button>
              </form>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

/** A student's holds page: the list (lift) and the form to place one; `state` after a refused placement. */
async function holdsPage(session: Session, username: string, state?: FormState<HoldValues>) {
  const student = await findStudent(session, username);
  const holds = student ? (await ok(session.gateway.students({ id: student.id }).holds.get({ query: { include_lifted: true } }))).holds : [];
  return (
    <AdminPage session={session} path="/admin/holds" title="Holds" lead="Holds on a student's record. A hold that blocks registration stops the student adding sections and joining waitlists (never dropping) until it is lifted; the refusal names it and whom to contact.">
      <form method="get" action="/admin/holds" class="card mb-6 flex max-w-2xl flex-wrap items-end gap-3" role="search">
        <div class="grow">
          <label for="student-search" class="mb-1 block text-sm font-medium">
            Student's username
          </label>
          <input id="student-search" name="student" class="input" value={username} maxlength="64" autocomplete="off" />
        </div>
        <button type="submit" class="btn-primary">
          Show holds
        </button>
      </form>
      {username && !student ? <Alert kind="error">{`No student has the username ${username.slice(0, 64)}.`}</Alert> : ""}
      {student ? (
        <>
          <h2 class="mb-2 text-lg font-semibold" safe>{`${student.name} (${student.username})`}</h2>
          <HoldsTable session={session} student={student} holds={holds} />
          <HoldForm session={session} student={student} state={state ?? { values: EMPTY, errors: {} }} />
        </>
      ) : (
        ""
      )}
    </AdminPage>
  );
}

/** Holds: find a student, see their holds, place and lift them. */
export function adminHoldPages(deps: ViewDeps) {
  return new Elysia()
    .use(sessionPlugin(deps))
    .get("/admin/holds", ({ session, query }) => {
      requireUser(session, "/admin/holds", "ADMIN");
      return holdsPage(session, text(query.student, 64).trim());
    })
    .post(
      "/admin/holds/place",
      async ({ session, body, set, cookie }) => {
        requireUser(session, "/admin/holds", "ADMIN");
        const username = text(body.student, 64).trim();
        const values: HoldValues = { kind: text(body.kind, 30), reason: text(body.reason, 600), contact: text(body.contact, 300) };
        const result = await attempt(() => session.gateway.students({ id: text(body.student_id, 64) }).holds.post(unchecked(values)));
        if (!result.ok) {
          set.status = result.status;
          return holdsPage(session, username, { values, ...result });
        }
        setFlash(cookie as never, deps.config, "success", `${holdKindLabel(values.kind)} placed on ${username}.`);
        throw new Redirect(holdsPath(username));
      },
      FORM_BODY,
    )
    .post(
      "/admin/holds/:id/lift",
      async ({ session, params, body, cookie }) => {
        requireUser(session, "/admin/holds", "ADMIN");
        const username = text(body.student, 64).trim();
        const result = await attempt(() => session.gateway.holds({ id: params.id }).lift.post());
        setFlash(cookie as never, deps.config, result.ok ? "success" : "error", result.ok ? `${holdKindLabel(result.value.hold?.kind ?? "")} of ${username} lifted.` : `The hold was not lifted: ${result.message}`);
        throw new Redirect(holdsPath(username));
      },
      FORM_BODY,
    );
}
