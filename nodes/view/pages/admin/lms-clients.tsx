import { Elysia, t } from "elysia";
import { DataTable } from "../../components/table";
import { Alert } from "../../components/layout";
import { CsrfField, Field } from "../../components/form";
import { AdminPage } from "../../components/admin/page";
import { attempt, FormActions, text, type FormState } from "../../components/admin/forms";
import { FIELD_LABELS } from "../../../shared/field-labels";
import { ALL_SCOPES, SCOPES, type Scope } from "../../../shared/oneroster/scopes";
import { formatDateTime } from "../../../shared/university-time";
import { Redirect, requireUser, sessionPlugin, setFlash, type Session, type ViewDeps } from "../../session";
import { ok, type Answer, type GatewayApi } from "../../gateway";

type Client = Answer<GatewayApi["lms-clients"]["get"]>["clients"][number];
type Values = { name: string; scopes: string[] };

const FORM_BODY = { body: t.Record(t.String(), t.Any()) };
const PATH = "/admin/lms-clients";

/** What each scope lets an LMS do, as an admin reads it. */
const SCOPE_LABELS: Record<Scope, string> = {
  [SCOPES.rosterReadonly]: "Read rosters: terms, courses, sections, people, enrollments (and the CSV bundle)",
  [SCOPES.rosterCoreReadonly]: "Read rosters, core only (the same records here)",
  [SCOPES.gradebookReadonly]: "Read released final grades",
  [SCOPES.gradebookCreatePut]: "Read released final grades and write grades back as drafts for the instructor to release",
};

/** The scopes ticked in a form post (one value or several). */
function scopesOf(value: unknown): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.map((v) => text(v, 200)).slice(0, 10);
}

function ClientForm(props: { session: Session; state: FormState<Values> }) {
  const { values, errors, message } = props.state;
  return (
    <form method="post" action={PATH} class="card max-w-2xl" aria-labelledby="register-heading" novalidate>
      <h2 id="register-heading" class="mb-3 font-semibold">
        Register an LMS
      </h2>
      {message && <Alert kind="error">{message}</Alert>}
      <CsrfField token={props.session.csrfToken} />
      <Field name="name" label={FIELD_LABELS.name!} value={values.name} error={errors.name} required maxlength={100} hint="How your staff know it, e.g. Canvas or Moodle (test)." />
      <fieldset class="mb-4" aria-describedby={errors.scopes ? "scopes-error" : undefined}>
        <legend class="mb-1 text-sm font-medium">{FIELD_LABELS.scopes!}</legend>
        {ALL_SCOPES.map((scope, i) => (
          <div class="mb-1 flex items-start gap-2">
            <input type="checkbox" id={`scope-${i}`} name="scopes" value={scope} checked={values.scopes.includes(scope)} class="mt-1" />
            <label for={`scope-${i}`} class="text-sm">
              <span safe>{SCOPE_LABELS[scope]}</span>
              <span class="block break-all text-xs text-slate-600" safe>
                {scope}
              </span>
            </label>
          </div>
        ))}
        {errors.scopes ? (
          <p id="scopes-error" class="text-sm text-red-700" safe>
            {errors.scopes}
          </p>
        ) : (
          ""
        )}
      </fieldset>
      <FormActions submitLabel="Register" busyLabel="Registering…" backHref="/admin" backLabel="Back to the overview" />
    </form>
  );
}

function ClientsTable(props: { session: Session; clients: Client[] }) {
  const zone = props.session.timeZone;
  if (props.clients.length === 0) return <p class="mb-6 text-slate-700">No LMS is registered yet.</p>;
  return (
    <DataTable class="card mb-6 p-0" label="Registered LMS clients" caption="Registered LMS clients, newest first" columns={["Name", "Client id", "Scopes", "Registered", "Last token", "Status", { label: "Actions", srOnly: true }]}>
      {props.clients.map((client) => (
        <tr>
          <td safe>{client.name}</td>
          <td>
            <code class="break-all text-xs" safe>
              {client.client_id}
            </code>
          </td>
          <td class="text-sm" safe>
            {client.scopes.map((s) => s.split("/").at(-1)).join(", ")}
          </td>
          <td class="whitespace-nowrap" safe>{formatDateTime(client.created_at, zone)}</td>
          <td class="whitespace-nowrap" safe>{client.last_used_at ? formatDateTime(client.last_used_at, zone) : "Never"}</td>
          <td safe>{client.revoked_at ? `Revoked ${formatDateTime(client.revoked_at, zone)}` : "Active"}</td>
          <td>
            {!client.revoked_at && (
              <form method="post" action={`${PATH}/${client.id}/revoke`}>
                <CsrfField token={props.session.csrfToken} />
                <button type="submit" class="btn-secondary btn-small">
                  Revoke<span class="sr-only" safe>{` ${client.name}`}</span>
                </button>
              </form>
            )}
          </td>
        </tr>
      ))}
    </DataTable>
  );
}

/** The secret of a client just registered, shown this once. */
function NewSecret(props: { clientId: string; secret: string; name: string }) {
  return (
    <div class="card mb-6 max-w-2xl border-emerald-300 bg-emerald-50" role="status" aria-labelledby="secret-heading">
      <h2 id="secret-heading" class="mb-2 font-semibold" safe>{`${props.name} is registered`}</h2>
      <p class="mb-2 text-sm">Copy the client secret into the LMS now: it is shown only this once (EduStream keeps just a hash of it).</p>
      <dl class="grid gap-1 text-sm">
        <dt class="font-medium">Client id</dt>
        <dd>
          <code class="break-all" data-testid="client-id" safe>
            {props.clientId}
          </code>
        </dd>
        <dt class="font-medium">Client secret</dt>
        <dd>
          <code class="break-all" data-testid="client-secret" safe>
            {props.secret}
          </code>
        </dd>
      </dl>
    </div>
  );
}

async function clientsPage(session: Session, state?: FormState<Values>, created?: { clientId: string; secret: string; name: string }) {
  const { clients } = await ok(session.gateway["lms-clients"].get());
  return (
    <AdminPage
      session={session}
      path={PATH}
      title="LMS clients"
      lead="Learning management systems that read rosters and write final grades back through OneRoster 1.2. Give the LMS its client id and secret, the token address /ims/oneroster/v1p2/oauth/token and the base addresses /ims/oneroster/rostering/v1p2 and /ims/oneroster/gradebook/v1p2 on this site's API."
    >
      {created ? <NewSecret {...created} /> : ""}
      <ClientsTable session={session} clients={clients} />
      <ClientForm session={session} state={state ?? { values: { name: "", scopes: [SCOPES.rosterReadonly] }, errors: {} }} />
    </AdminPage>
  );
}

/** LMS clients: register (the secret shown once), list, revoke. */
export function adminLmsClientPages(deps: ViewDeps) {
  return new Elysia()
    .use(sessionPlugin(deps))
    .get(PATH, ({ session }) => {
      requireUser(session, PATH, "ADMIN");
      return clientsPage(session);
    })
    .post(
      PATH,
      async ({ session, body, set }) => {
        requireUser(session, PATH, "ADMIN");
        const values: Values = { name: text(body.name, 200), scopes: scopesOf(body.scopes) };
        const result = await attempt(() => session.gateway["lms-clients"].post(values as never));
        if (!result.ok) {
          set.status = result.status;
          return clientsPage(session, { values, ...result });
        }
        set.headers["cache-control"] = "no-store";
        return clientsPage(session, undefined, { clientId: result.value.client!.client_id, secret: result.value.client_secret, name: result.value.client!.name });
      },
      FORM_BODY,
    )
    .post(
      `${PATH}/:id/revoke`,
      async ({ session, params, cookie }) => {
        requireUser(session, PATH, "ADMIN");
        const result = await attempt(() => session.gateway["lms-clients"]({ id: params.id }).revoke.post());
        setFlash(cookie as never, deps.config, result.ok ? "success" : "error", result.ok ? `${result.value.client?.name ?? "The client"} is revoked: its tokens stop working within seconds.` : `The client was not revoked: ${result.message}`);
        throw new Redirect(PATH);
      },
      FORM_BODY,
    );
}
