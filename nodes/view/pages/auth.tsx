import { Elysia, t } from "elysia";
import { Alert, Layout, PageHeader } from "../components/layout";
import { CsrfField, Field, SubmitButton } from "../components/form";
import { GatewayError, ok, present } from "../gateway";
import { SsoButton } from "./sso";
import { clearTokens, Redirect, refreshCookie, sessionPlugin, setFlash, storeTokens, type Session, type ViewDeps } from "../session";

type Values = Record<string, string>;
type Errors = Record<string, string>;

/** Only same-site paths are followed after sign-in (no open redirects). */
export function safeNext(next: unknown): string {
  return typeof next === "string" && /^\/(?!\/)[A-Za-z0-9/_\-?=&%.]*$/.test(next) ? next : "/dashboard";
}

function LoginForm(props: { session: Session; values?: Values; errors?: Errors; message?: string; next: string }) {
  const { values = {}, errors = {} } = props;
  const signUp = props.session.signUp;
  return (
    <form id="login-form" method="post" action="/login" hx-post="/login" hx-target="this" hx-swap="outerHTML" class="card max-w-md" novalidate>
      {props.message && <Alert kind="error">{props.message}</Alert>}
      <CsrfField token={props.session.csrfToken} />
      <input type="hidden" name="next" value={props.next} />
      <Field name="username" label="Username" value={values.username} error={errors.username} autocomplete="username" required autofocus />
      <Field name="password" label="Password" type="password" error={errors.password} autocomplete="current-password" required />
      <div class="flex flex-wrap items-center justify-between gap-x-4 gap-y-3">
        <SubmitButton label="Sign in" busyLabel="Signing in…" />
        {signUp && (
          <a href="/register" class="link text-sm">
            New student? Create an account
          </a>
        )}
      </div>
    </form>
  );
}

function RegisterForm(props: { session: Session; values?: Values; errors?: Errors; message?: string }) {
  const { values = {}, errors = {} } = props;
  return (
    <form id="register-form" method="post" action="/register" hx-post="/register" hx-target="this" hx-swap="outerHTML" class="card max-w-md" novalidate>
      {props.message && <Alert kind="error">{props.message}</Alert>}
      <CsrfField token={props.session.csrfToken} />
      <Field name="name" label="Full name" value={values.name} error={errors.name} autocomplete="name" required autofocus maxlength={100} />
      <Field name="username" label="Username" value={values.username} error={errors.username} autocomplete="username" required hint="3 to 32 letters, digits, dots, dashes or underscores." />
      <Field name="password" label="Password" type="password" error={errors.password} autocomplete="new-password" required hint="At least 10 characters; avoid common passwords." />
      <div class="flex flex-wrap items-center justify-between gap-x-4 gap-y-3">
        <SubmitButton label="Create student account" busyLabel="Creating…" />
        <a href="/login" class="link text-sm">
          Have an account? Sign in
        </a>
      </div>
      <p class="mt-4 text-xs text-slate-500">Faculty and administrator accounts are created by an administrator.</p>
    </form>
  );
}

const FormBody = t.Record(t.String(), t.Unknown());
const text = (value: unknown, max = 200) => (typeof value === "string" ? value.slice(0, max) : "");

/** Sign-in, registration (students only) and sign-out pages. */
export function authPages(deps: ViewDeps) {
  const { config, gateway } = deps;
  return new Elysia()
    .use(sessionPlugin(deps))
    .get("/login", ({ session, query }) => {
      if (session.claims) throw new Redirect(safeNext(query.next));
      const next = safeNext(query.next);
      // With single sign-on the university's button comes first; with passwords turned off it is all there is.
      return (
        <Layout title="Sign in" session={session} path="/login">
          <PageHeader title="Sign in" lead={config.sso ? (config.passwordSignIn ? "Use your university account, or your EduStream username and password." : "Use your university account.") : "Use your EduStream username and password."} />
          {config.sso ? (
            <div class="card max-w-md mb-4">
              <SsoButton label={config.sso.buttonLabel} next={next} />
            </div>
          ) : (
            ""
          )}
          {config.passwordSignIn ? <LoginForm session={session} next={next} /> : ""}
        </Layout>
      );
    })
    // With passwords turned off, admins still sign in with theirs here (the first admin of an
    // install, or a way in while the identity provider is down): not linked, documented.
    .get("/login/admin", ({ session }) => {
      if (session.claims) throw new Redirect("/dashboard");
      return (
        <Layout title="Administrator sign-in" session={session} path="/login">
          <PageHeader title="Administrator sign-in" lead="For EduStream administrators with a password. Everyone else: use the sign-in page." />
          <LoginForm session={session} next="/dashboard" />
        </Layout>
      );
    })
    .post(
      "/login",
      async ({ body, session, cookie, set }) => {
        const values = { username: text(body.username, 64) };
        const next = safeNext(body.next);
        const errors: Errors = {};
        if (!values.username.trim()) errors.username = "Enter your username.";
        if (!text(body.password, 1024)) errors.password = "Enter your password.";
        const render = (status: number, message?: string, fieldErrors: Errors = errors) => {
          set.status = status;
          const form = <LoginForm session={session} values={values} errors={fieldErrors} message={message} next={next} />;
          return session.htmx ? form : <Layout title="Sign in" session={session} path="/login"><PageHeader title="Sign in" />{form}</Layout>;
        };
        if (Object.keys(errors).length) return render(400);
        try {
          const result = await ok(
            gateway.for({ clientAddress: session.clientAddress, requestId: session.requestId }).auth.login.post({ username: values.username.trim(), password: text(body.password, 1024) }),
          );
          storeTokens(cookie as never, config, result);
          const user = present(result.user, "the signed-in user");
          // The token of a temporary password allows only the password change (the app enforces it).
          if (user.must_change_password) {
            setFlash(cookie as never, config, "info", "Your password is a temporary one (set by an administrator, or at installation). Choose your own to continue.");
            throw new Redirect("/account/password");
          }
          setFlash(cookie as never, config, "success", `Welcome back, ${user.name}.`);
          throw new Redirect(next);
        } catch (error) {
          if (error instanceof GatewayError && error.status < 500) return render(error.status, error.message, error.fieldMessages());
          throw error;
        }
      },
      { body: FormBody },
    )
    .get("/register", ({ session }) => {
      if (session.claims || !session.signUp) throw new Redirect(session.claims ? "/dashboard" : "/login");
      return (
        <Layout title="Create account" session={session} path="/register">
          <PageHeader title="Create a student account" lead="Register to search the catalog, enroll in sections and see your grades." />
          <RegisterForm session={session} />
        </Layout>
      );
    })
    .post(
      "/register",
      async ({ body, session, cookie, set }) => {
        const values = { name: text(body.name, 100), username: text(body.username, 64) };
        const password = text(body.password, 1024);
        // An empty field is named here in the form's words; the others (a taken username
        // included) come from the auth service, which checks every field in one answer.
        const missing: Errors = {};
        if (!values.name.trim()) missing.name = "Enter your full name.";
        if (!values.username.trim()) missing.username = "Choose a username.";
        if (!password) missing.password = "Choose a password.";
        const render = (status: number, message: string | undefined, fieldErrors: Errors) => {
          set.status = status;
          const form = <RegisterForm session={session} values={values} errors={fieldErrors} message={message} />;
          return session.htmx ? form : <Layout title="Create account" session={session} path="/register"><PageHeader title="Create a student account" />{form}</Layout>;
        };
        try {
          await ok(gateway.for({ requestId: session.requestId }).auth.register.post({ name: values.name.trim(), username: values.username.trim(), password }));
          const tokens = await ok(gateway.for({ clientAddress: session.clientAddress, requestId: session.requestId }).auth.login.post({ username: values.username.trim(), password }));
          storeTokens(cookie as never, config, tokens);
          setFlash(cookie as never, config, "success", "Your student account is ready. Next: find sections in the catalog.");
          throw new Redirect("/dashboard");
        } catch (error) {
          if (error instanceof GatewayError && error.status < 500) {
            const fieldErrors = { ...error.fieldMessages(), ...missing };
            return render(error.status, Object.keys(fieldErrors).length ? "Please fix the fields marked below." : error.message, fieldErrors);
          }
          throw error;
        }
      },
      { body: FormBody },
    )
    .post("/logout", async ({ session, cookie }) => {
      const refresh = refreshCookie(cookie, config);
      if (refresh) {
        await ok(gateway.for({ requestId: session.requestId }).auth.logout.post({ refresh_token: refresh })).catch(() => undefined);
      }
      clearTokens(cookie as never, config);
      setFlash(cookie as never, config, "info", "You have signed out.");
      throw new Redirect("/login");
    });
}
