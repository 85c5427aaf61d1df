import { Elysia } from "elysia";
import { Alert, Layout, PageHeader } from "../components/layout";
import { SSO_CALLBACK_PATH, type Config } from "../../shared/config";
import { httpStatusFor } from "../../shared/errors";
import { isServiceError } from "../../shared/grpc/client";
import { cookieNames, Redirect, sessionPlugin, setFlash, storeTokens, type Session, type ViewDeps } from "../session";
import { decodePending, encodePending, SsoAnswerError, type SsoFailure } from "../sso";
import { safeNext } from "./auth";

/** What a person reads when the university's answer is not accepted (the auth node words account refusals). */
const FAILURE_WORDING: Record<SsoFailure | "no_pending", { status: number; text: string }> = {
  no_pending: { status: 400, text: "This sign-in was not started in this browser, or it took longer than 10 minutes. Start again from the sign-in page." },
  wrong_state: { status: 400, text: "This answer from the university's sign-in does not belong to the sign-in this browser started (an old tab or a forged link). Nothing was signed in: start again." },
  cancelled: { status: 400, text: "The university's sign-in was cancelled or refused, so you are not signed in. Start again when you are ready." },
  code_refused: { status: 400, text: "The university's sign-in answer was already used or has expired, so it cannot sign you in. Start again." },
  not_confirmed: { status: 400, text: "EduStream could not confirm this sign-in with the university's identity provider. Start again; if it keeps happening, tell the help desk." },
  provider_down: { status: 503, text: "The university's sign-in service did not answer. Try again in a moment." },
};

/** How long a started sign-in may take at the provider (the cookie's lifetime). */
const PENDING_SECONDS = 600;

function pendingCookie(config: Config) {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure: config.secureCookies, maxAge: PENDING_SECONDS };
}

/** The university's sign-in button: a link (GET starts the flow), usable by keyboard like any link. */
export function SsoButton(props: { label: string; next: string }) {
  const href = props.next === "/dashboard" ? "/login/sso" : `/login/sso?next=${encodeURIComponent(props.next)}`;
  return (
    <a href={href} class="btn-primary w-full text-center" id="sso-button">
      <span safe>{props.label}</span>
    </a>
  );
}

function FailurePage(props: { session: Session; label: string; text: string }) {
  return (
    <Layout title="Sign-in did not work" session={props.session} path="/login">
      <PageHeader title="Sign-in did not work" />
      <div class="card max-w-md">
        <Alert kind="error">{props.text}</Alert>
        <div class="flex flex-wrap items-center gap-3">
          <SsoButton label={props.label} next="/dashboard" />
          <a href="/login" class="link text-sm">
            Back to the sign-in page
          </a>
        </div>
      </div>
    </Layout>
  );
}

/**
 * Single sign-on: GET /login/sso leaves for the provider (state, nonce and PKCE verifier kept in
 * an HttpOnly cookie for 10 minutes); the provider sends the browser back to the callback, where
 * the answer is counted against the address's throttle, redeemed and validated (openid-client),
 * and the auth node opens a session for the account it names. Every refusal is a page that says
 * why, and leaves no session.
 */
export function ssoPages(deps: ViewDeps) {
  const { config, sso } = deps;
  const app = new Elysia().use(sessionPlugin(deps));
  if (!sso || !config.sso) return app;
  const label = config.sso.buttonLabel;
  const names = cookieNames(config);
  // What the library said goes to the log (never to the page), the page says what to do.
  const refused = (error: SsoAnswerError, session: Session, set: { status?: number | string }) => {
    sso.logger.warn("single sign-on answer refused", { failure: error.failure, detail: error.message, request_id: session.requestId });
    set.status = FAILURE_WORDING[error.failure].status;
    return <FailurePage session={session} label={label} text={FAILURE_WORDING[error.failure].text} />;
  };
  return app
    .get("/login/sso", async ({ session, query, cookie, set }) => {
      if (session.claims) throw new Redirect(safeNext(query.next));
      let started: Awaited<ReturnType<typeof sso.client.start>>;
      try {
        started = await sso.client.start(safeNext(query.next));
      } catch (error) {
        if (error instanceof SsoAnswerError) return refused(error, session, set);
        throw error;
      }
      cookie[names.sso]!.set({ value: encodePending(started.pending), ...pendingCookie(config) });
      throw new Redirect(started.url);
    })
    .get(SSO_CALLBACK_PATH, async ({ session, request, cookie, set }) => {
      const pending = decodePending(cookie[names.sso]?.value);
      // One use only: whatever happens next, this browser's pending sign-in is spent.
      cookie[names.sso]!.remove();
      const refuse = (status: number, text: string) => {
        set.status = status;
        return <FailurePage session={session} label={label} text={text} />;
      };
      if (!pending) return refuse(FAILURE_WORDING.no_pending.status, FAILURE_WORDING.no_pending.text);
      try {
        const call = { requestId: session.requestId };
        await sso.auth.ChargeSsoAttempt({ client_address: session.clientAddress }, call);
        const identity = await sso.client.finish(new URL(request.url).search, pending);
        const signedIn = await sso.auth.SignInWithSso(
          { issuer: identity.issuer, subject: identity.subject, claims_json: JSON.stringify(identity.claims), client_address: session.clientAddress },
          call,
        );
        storeTokens(cookie as never, config, signedIn);
        const name = signedIn.user?.name ?? "";
        setFlash(cookie as never, config, "success", signedIn.created ? `Welcome to EduStream, ${name}. Your account is ready.` : `Welcome back, ${name}.`);
        throw new Redirect(safeNext(pending.next));
      } catch (error) {
        if (error instanceof SsoAnswerError) return refused(error, session, set);
        // The auth node's refusal (unknown or disabled account, no role, throttled) says why itself.
        if (isServiceError(error) && httpStatusFor(error.code) < 500) return refuse(httpStatusFor(error.code), error.details);
        throw error;
      }
    });
}
