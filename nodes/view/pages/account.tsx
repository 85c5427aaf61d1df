import { Elysia, t } from "elysia";
import { Alert, Layout, PageHeader } from "../components/layout";
import { CsrfField, Field, SubmitButton } from "../components/form";
import { GatewayError, ok } from "../gateway";
import { Redirect, requireUser, sessionPlugin, setFlash, storeTokens, type Session, type ViewDeps } from "../session";

function PasswordForm(props: { session: Session; errors?: Record<string, string>; message?: string }) {
  const errors = props.errors ?? {};
  return (
    <form id="password-form" method="post" action="/account/password" hx-post="/account/password" hx-target="this" hx-swap="outerHTML" class="card max-w-md" novalidate>
      {props.message && <Alert kind="error">{props.message}</Alert>}
      <CsrfField token={props.session.csrfToken} />
      <Field name="current_password" label="Current password" type="password" error={errors.current_password} autocomplete="current-password" required autofocus />
      <Field name="new_password" label="New password" type="password" error={errors.new_password} autocomplete="new-password" required hint="At least 10 characters; avoid common passwords." />
      <SubmitButton label="Change password" busyLabel="Saving…" />
    </form>
  );
}

function EmailForm(props: { session: Session; email: string; error?: string; outcome?: string }) {
  return (
    <form id="email-form" method="post" action="/account/email" hx-post="/account/email" hx-target="this" hx-swap="outerHTML" class="card max-w-md" novalidate>
      {props.outcome && (
        <p class="mb-4 rounded border border-green-300 bg-green-50 px-4 py-3 text-green-900" role="status" data-announce={props.outcome} safe>
          {props.outcome}
        </p>
      )}
      <CsrfField token={props.session.csrfToken} />
      <Field
        name="email"
        label="Email address"
        type="email"
        value={props.email}
        error={props.error}
        autocomplete="email"
        maxlength={254}
        hint="Where we email you when you get a seat from a waitlist, are passed over for one, or your grades are released. Leave empty for no email."
      />
      <SubmitButton label="Save email address" busyLabel="Saving…" />
    </form>
  );
}

/** One's own account: the email address notifications go to, and the password (required after an admin reset). */
export function accountPages(deps: ViewDeps) {
  return new Elysia()
    .use(sessionPlugin(deps))
    .get("/account", async ({ session }) => {
      requireUser(session, "/account");
      const email = (await ok(session.gateway.me.get())).user?.email ?? "";
      return (
        <Layout title="Account" session={session} path="/account">
          <PageHeader title="Your account" lead={`Signed in as ${session.claims?.name ?? ""}.`} />
          <h2 class="mb-2 text-lg font-semibold">Email</h2>
          <EmailForm session={session} email={email} />
          <h2 class="mb-2 mt-6 text-lg font-semibold">Password</h2>
          <p class="mb-4">
            <a href="/account/password" class="link">
              Change your password
            </a>
          </p>
        </Layout>
      );
    })
    .post(
      "/account/email",
      async ({ session, body, set, cookie }) => {
        requireUser(session, "/account");
        const email = typeof body.email === "string" ? body.email.trim() : "";
        try {
          const saved = (await ok(session.gateway.me.email.put({ email: email.slice(0, 254) }))).user?.email ?? "";
          const outcome = saved ? `Notifications will be emailed to ${saved}.` : "Your email address was removed: notifications stay in the portal only.";
          if (!session.htmx) {
            setFlash(cookie as never, deps.config, "success", outcome);
            throw new Redirect("/account");
          }
          return <EmailForm session={session} email={saved} outcome={outcome} />;
        } catch (error) {
          if (!(error instanceof GatewayError) || error.status >= 500) throw error;
          set.status = error.status;
          const form = <EmailForm session={session} email={email} error={error.fieldMessages().email ?? error.message} />;
          return session.htmx ? form : <Layout title="Account" session={session} path="/account"><PageHeader title="Your account" />{form}</Layout>;
        }
      },
      { body: t.Record(t.String(), t.Any()) },
    )
    .get("/account/password", ({ session }) => {
      requireUser(session, "/account/password");
      return (
        <Layout title="Change password" session={session}>
          <PageHeader title="Change your password" />
          <PasswordForm session={session} />
        </Layout>
      );
    })
    .post(
      "/account/password",
      async ({ session, body, set, cookie }) => {
        requireUser(session, "/account/password");
        const current = typeof body.current_password === "string" ? body.current_password : "";
        const next = typeof body.new_password === "string" ? body.new_password : "";
        const render = (status: number, message: string | undefined, errors: Record<string, string>) => {
          set.status = status;
          const form = <PasswordForm session={session} errors={errors} message={message} />;
          return session.htmx ? form : <Layout title="Change password" session={session}><PageHeader title="Change your password" />{form}</Layout>;
        };
        if (!current || !next) return render(400, undefined, { ...(current ? {} : { current_password: "Enter your current password." }), ...(next ? {} : { new_password: "Choose a new password." }) });
        try {
          // Every session of the account ends; this browser continues with the fresh one.
          const tokens = await ok(session.gateway.auth.password.post({ current_password: current.slice(0, 1024), new_password: next.slice(0, 1024) }));
          storeTokens(cookie as never, deps.config, tokens);
        } catch (error) {
          if (error instanceof GatewayError && error.status < 500) {
            const fieldErrors = error.fieldMessages();
            return render(error.status, Object.keys(fieldErrors).length ? undefined : error.message, fieldErrors);
          }
          throw error;
        }
        setFlash(cookie as never, deps.config, "success", "Your password has been changed.");
        throw new Redirect("/dashboard");
      },
      { body: t.Record(t.String(), t.Any()) },
    );
}
