import { Elysia, t } from "elysia";
import { Alert } from "../../components/layout";
import { CsrfField, Field, FilterSelect, SelectField, SubmitButton } from "../../components/form";
import { AdminPage, Outcome } from "../../components/admin/page";
import { attempt, ConfirmForm, FormActions, text, unchecked, type FormState } from "../../components/admin/forms";
import { ListResults, ListSearch, liveFilter, pagingState, parseOrder, SearchInput, urlWith } from "../../components/admin/lists";
import { ok, present, type Answer, type GatewayApi } from "../../gateway";
import { Redirect, requireUser, sessionPlugin, setFlash, type Session, type ViewDeps } from "../../session";
import { formatDate } from "../../../shared/university-time";

/** An account as the gateway returns it. */
/** An account as GET /users lists it. */
export type User = Answer<GatewayApi["users"]["get"]>["users"][number];

const ROLE_OPTIONS = [
  { value: "STUDENT", label: "Student" },
  { value: "FACULTY", label: "Faculty" },
  { value: "ADMIN", label: "Administrator" },
];
const ROLE_LABEL: Record<string, string> = { STUDENT: "Student", FACULTY: "Faculty", ADMIN: "Administrator" };
const SORTS = ["username", "name", "role", "created_at"] as const;
const PAGE_SIZE = 25;
const RESULTS = "#users-results";
const FORM_BODY = { body: t.Record(t.String(), t.Any()) };

interface UserQuery {
  q: string;
  role: string;
  order: ReturnType<typeof parseOrder>;
  pageToken: string;
  back: string;
}

function readQuery(query: Record<string, string | undefined>): UserQuery {
  return {
    q: (query.q ?? "").slice(0, 100),
    role: ROLE_LABEL[query.role ?? ""] ? query.role! : "",
    order: parseOrder(query.order_by, SORTS, "username"),
    ...pagingState(query),
  };
}

const listUrl = (state: UserQuery, changes: Partial<Record<"order_by" | "page_token" | "back", string>> = {}) =>
  urlWith("/admin/users", { q: state.q, role: state.role, order_by: changes.order_by ?? state.order.value, page_token: changes.page_token ?? "", back: changes.back ?? "" });

function UserResults(props: { state: UserQuery; users: User[]; total: number; nextPageToken: string; timeZone: string }) {
  const { state } = props;
  return (
    <ListResults
      target={RESULTS}
      noun={["account", "accounts"]}
      total={props.total}
      caption="Accounts"
      columns={[{ label: "Username", sort: "username" }, { label: "Name", sort: "name" }, { label: "Role", sort: "role" }, { label: "Created", sort: "created_at" }, "Status"]}
      order={state.order}
      link={(changes) => listUrl(state, changes)}
      paging={{ pageToken: state.pageToken, back: state.back, nextPageToken: props.nextPageToken, pageSize: PAGE_SIZE }}
      shown={props.users.length}
      empty="No account matches. Try fewer letters, or another role."
    >
      {props.users.map((user) => (
        <tr>
          <td>
            <a class="link" href={`/admin/users/${user.id}`} safe>
              {user.username}
            </a>
          </td>
          <td safe>{user.name}</td>
          <td safe>{ROLE_LABEL[user.role] ?? user.role}</td>
          <td class="whitespace-nowrap" safe>{formatDate(user.created_at, props.timeZone)}</td>
          <td>
            <UserBadges user={user} />
          </td>
        </tr>
      ))}
    </ListResults>
  );
}

function UserBadges(props: { user: User }) {
  return (
    <span class="flex flex-wrap gap-1">
      {props.user.disabled ? <span class="badge bg-red-100 text-red-900">Disabled</span> : <span class="badge bg-green-100 text-green-900">Active</span>}
      {props.user.must_change_password && <span class="badge bg-amber-100 text-amber-900">Must change password</span>}
    </span>
  );
}

interface NewUserValues {
  username: string;
  name: string;
  role: string;
  password: string;
  email: string;
}

function NewUserForm(props: { session: Session; state: FormState<NewUserValues> }) {
  const { values, errors, message } = props.state;
  return (
    <form id="user-form" method="post" action="/admin/users/new" hx-post="/admin/users/new" hx-target="this" hx-swap="outerHTML" class="card max-w-xl" novalidate>
      {message && <Alert kind="error">{message}</Alert>}
      <CsrfField token={props.session.csrfToken} />
      <Field name="name" label="Full name" value={values.name} error={errors.name} required maxlength={100} />
      <Field name="username" label="Username" value={values.username} error={errors.username} required maxlength={32} hint="3 to 32 letters, digits, dots, dashes or underscores." autocomplete="off" />
      <SelectField name="role" label="Role" options={ROLE_OPTIONS} value={values.role || "FACULTY"} error={errors.role} required />
      <Field name="email" label="Email address" type="email" value={values.email} error={errors.email} maxlength={254} autocomplete="off" hint="Where notifications are emailed (optional)." />
      <Field name="password" label="Temporary password" type="password" error={errors.password} required autocomplete="new-password" hint="At least 10 characters. Tell it to the person; they choose their own after signing in." />
      <FormActions submitLabel="Create account" busyLabel="Creating…" backHref="/admin/users" backLabel="Back to accounts" />
    </form>
  );
}

function ProfileForm(props: { session: Session; user: User; state: FormState<{ name: string; role: string; email: string }>; outcome?: string }) {
  const { values, errors, message } = props.state;
  const action = `/admin/users/${props.user.id}`;
  return (
    <form id="profile-form" method="post" action={action} hx-post={action} hx-target="this" hx-swap="outerHTML" class="card" novalidate>
      <h2 class="mb-3 font-semibold">Name, role and email</h2>
      {message && <Alert kind="error">{message}</Alert>}
      {props.outcome && <Outcome kind="success" text={props.outcome} />}
      <CsrfField token={props.session.csrfToken} />
      <Field name="name" label="Full name" value={values.name} error={errors.name} required maxlength={100} />
      <SelectField name="role" label="Role" options={ROLE_OPTIONS} value={values.role} error={errors.role} required hint="The last active administrator cannot be given another role." />
      <Field name="email" label="Email address" type="email" value={values.email} error={errors.email} maxlength={254} autocomplete="off" hint="Where notifications are emailed; leave empty for none." />
      <SubmitButton label="Save" busyLabel="Saving…" />
    </form>
  );
}

function ResetForm(props: { session: Session; user: User; error?: string; message?: string; outcome?: string }) {
  const action = `/admin/users/${props.user.id}/password-reset`;
  return (
    <form id="reset-form" method="post" action={action} hx-post={action} hx-target="this" hx-swap="outerHTML" class="card" novalidate>
      <h2 class="mb-3 font-semibold">Reset password</h2>
      {props.message && <Alert kind="error">{props.message}</Alert>}
      {props.outcome && <Outcome kind="success" text={props.outcome} />}
      <p class="mb-3 text-sm text-slate-600">Sets a temporary password and signs the person out everywhere; they must choose a new password when they next sign in.</p>
      <CsrfField token={props.session.csrfToken} />
      <Field name="new_password" label="Temporary password" type="password" error={props.error} required autocomplete="new-password" />
      <SubmitButton label="Reset password" busyLabel="Resetting…" />
    </form>
  );
}

/** Accounts: search, sort and page; create; rename or change role; reset password; disable. */
export function adminUserPages(deps: ViewDeps) {
  const loadUser = (session: Session, id: string) => ok(session.gateway.users({ id }).get()).then((r) => present(r.user, "the account"));
  const userPage = (session: Session, user: User, parts: { profile?: JSX.Element; reset?: JSX.Element }) => (
    <AdminPage session={session} path="/admin/users" title={`${user.name} (${user.username})`} lead={`${ROLE_LABEL[user.role]} · account created ${formatDate(user.created_at, session.timeZone)}`}>
      <p class="mb-4">
        <UserBadges user={user} />
      </p>
      <div class="grid gap-6 md:grid-cols-2">
        {parts.profile ?? <ProfileForm session={session} user={user} state={{ values: user, errors: {} }} />}
        {parts.reset ?? <ResetForm session={session} user={user} />}
      </div>
      <section class="card mt-6" aria-labelledby="access">
        <h2 id="access" class="font-semibold">
          Access
        </h2>
        {user.disabled ? (
          <>
            <p class="mt-1 text-sm text-slate-600">This account is disabled: it cannot sign in.</p>
            <form method="post" action={`/admin/users/${user.id}/enable`} class="mt-3">
              <CsrfField token={session.csrfToken} />
              <button type="submit" class="btn-secondary btn-small">
                Enable the account
              </button>
            </form>
          </>
        ) : (
          <>
            <p class="mt-1 text-sm text-slate-600">Disabling ends every session of this account at once and stops it from signing in.</p>
            <a href={`/admin/users/${user.id}/disable`} class="btn-danger btn-small mt-3">
              Disable the account…
            </a>
          </>
        )}
      </section>
      <p class="mt-6">
        <a href="/admin/users" class="link">
          ← All accounts
        </a>
      </p>
    </AdminPage>
  );

  return new Elysia()
    .use(sessionPlugin(deps))
    .get("/admin/users", async ({ session, query }) => {
      requireUser(session, "/admin/users", "ADMIN");
      const state = readQuery(query);
      const page = await ok(session.gateway.users.get({ query: unchecked({ q: state.q || undefined, role: state.role || undefined, order_by: state.order.value || undefined, page_size: PAGE_SIZE, page_token: state.pageToken || undefined }) }));
      const results = <UserResults state={state} users={page.users} total={page.total_size} nextPageToken={page.next_page_token} timeZone={session.timeZone} />;
      if (session.htmx) return results;
      return (
        <AdminPage session={session} path="/admin/users" title="Accounts" lead="Students, faculty and administrators. Search by username or name.">
          <ListSearch path="/admin/users" target={RESULTS} order={state.order.value} newHref="/admin/users/new" newLabel="New account">
            <SearchInput id="users-q" path="/admin/users" target={RESULTS} label="Search" value={state.q} placeholder="username or name" maxlength={100} />
            <FilterSelect id="users-role" name="role" label="Role" all="All roles" options={ROLE_OPTIONS} value={state.role} attrs={liveFilter("/admin/users", RESULTS, "change")} />
          </ListSearch>
          {results}
        </AdminPage>
      );
    })
    .get("/admin/users/new", ({ session }) => {
      requireUser(session, "/admin/users/new", "ADMIN");
      return (
        <AdminPage session={session} path="/admin/users" title="New account" lead="Faculty and administrator accounts are made here; students can also sign themselves up.">
          <NewUserForm session={session} state={{ values: { username: "", name: "", role: "FACULTY", password: "", email: "" }, errors: {} }} />
        </AdminPage>
      );
    })
    .post(
      "/admin/users/new",
      async ({ session, body, set, cookie }) => {
        requireUser(session, "/admin/users/new", "ADMIN");
        const values = { username: text(body.username, 64).trim(), name: text(body.name, 100).trim(), role: text(body.role, 10), password: text(body.password, 1024), email: text(body.email, 254).trim() };
        const result = await attempt(() => session.gateway.users.post(unchecked(values)));
        if (!result.ok) {
          set.status = result.status;
          const form = <NewUserForm session={session} state={{ values: { ...values, password: "" }, errors: result.errors, message: result.message }} />;
          return session.htmx ? form : <AdminPage session={session} path="/admin/users" title="New account">{form}</AdminPage>;
        }
        const user = present(result.value.user, "the new account");
        setFlash(cookie as never, deps.config, "success", `${ROLE_LABEL[user.role]} account ${user.username} was created. Give them the temporary password; they can change it after signing in.`);
        throw new Redirect(`/admin/users/${user.id}`);
      },
      FORM_BODY,
    )
    .get("/admin/users/:id", async ({ session, params }) => {
      requireUser(session, `/admin/users/${params.id}`, "ADMIN");
      return userPage(session, await loadUser(session, params.id), {});
    })
    .post(
      "/admin/users/:id",
      async ({ session, params, body, set }) => {
        requireUser(session, `/admin/users/${params.id}`, "ADMIN");
        const values = { name: text(body.name, 100).trim(), role: text(body.role, 10), email: text(body.email, 254).trim() };
        const result = await attempt(() => session.gateway.users({ id: params.id }).patch(unchecked(values)));
        const user = result.ok ? present(result.value.user, "the saved account") : await loadUser(session, params.id);
        if (!result.ok) set.status = result.status;
        const form = result.ok ? (
          <ProfileForm session={session} user={user} state={{ values: user, errors: {} }} outcome={`Saved: ${user.name} is now ${ROLE_LABEL[user.role]?.toLowerCase()}.`} />
        ) : (
          <ProfileForm session={session} user={user} state={{ values, errors: result.errors, message: result.message }} />
        );
        return session.htmx ? form : userPage(session, user, { profile: form });
      },
      FORM_BODY,
    )
    .post(
      "/admin/users/:id/password-reset",
      async ({ session, params, body, set }) => {
        requireUser(session, `/admin/users/${params.id}`, "ADMIN");
        const user = await loadUser(session, params.id);
        const password = text(body.new_password, 1024);
        const result = await attempt(() => session.gateway.users({ id: params.id })["password-reset"].post({ new_password: password }));
        if (!result.ok) set.status = result.status;
        const form = result.ok ? (
          <ResetForm session={session} user={user} outcome={`The password of ${user.username} was reset. They were signed out and must choose a new password at their next sign-in.`} />
        ) : (
          <ResetForm session={session} user={user} error={result.errors.new_password} message={result.errors.new_password ? undefined : result.message} />
        );
        return session.htmx ? form : userPage(session, user, { reset: form });
      },
      FORM_BODY,
    )
    .get("/admin/users/:id/disable", async ({ session, params }) => {
      requireUser(session, `/admin/users/${params.id}/disable`, "ADMIN");
      const user = await loadUser(session, params.id);
      return (
        <AdminPage session={session} path="/admin/users" title={`Disable ${user.username}?`}>
          <ConfirmForm action={`/admin/users/${user.id}/disable`} csrfToken={session.csrfToken} confirmLabel="Disable the account" backHref={`/admin/users/${user.id}`} backLabel="Keep it active">
            <p safe>{`${user.name} (${user.username}) will be signed out everywhere within seconds and will not be able to sign in until the account is enabled again.`}</p>
          </ConfirmForm>
        </AdminPage>
      );
    })
    .post(
      "/admin/users/:id/disable",
      async ({ session, params, cookie }) => {
        requireUser(session, `/admin/users/${params.id}/disable`, "ADMIN");
        const result = await attempt(() => session.gateway.users({ id: params.id }).patch({ disabled: true }));
        setFlash(
          cookie as never,
          deps.config,
          result.ok ? "success" : "error",
          result.ok ? `${present(result.value.user, "the disabled account").username} is disabled; their sessions have ended.` : `The account was not disabled: ${result.message}`,
        );
        throw new Redirect(`/admin/users/${params.id}`);
      },
      FORM_BODY,
    )
    .post(
      "/admin/users/:id/enable",
      async ({ session, params, cookie }) => {
        requireUser(session, `/admin/users/${params.id}`, "ADMIN");
        const result = await attempt(() => session.gateway.users({ id: params.id }).patch({ disabled: false }));
        setFlash(cookie as never, deps.config, result.ok ? "success" : "error", result.ok ? `${present(result.value.user, "the enabled account").username} can sign in again.` : `The account was not enabled: ${result.message}`);
        throw new Redirect(`/admin/users/${params.id}`);
      },
      FORM_BODY,
    );
}

