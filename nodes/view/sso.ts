// The portal's side of single sign-on: an OpenID Connect relying party built on openid-client
// (authorization code flow with PKCE, state and nonce). The library discovers the provider,
// builds the authorization request, redeems the code and validates the ID token (signature,
// issuer, audience, expiry, nonce); nothing here checks a token by hand.
import * as oidc from "openid-client";
import { ConfigError, type Config } from "../shared/config";

type SsoSettings = NonNullable<Config["sso"]>;

/** What the browser keeps between leaving for the provider and coming back (an HttpOnly cookie). */
export interface PendingSignIn {
  state: string;
  nonce: string;
  verifier: string;
  next: string;
}

/** The identity the provider vouched for: issuer, subject and the validated claims. */
export interface VouchedIdentity {
  issuer: string;
  subject: string;
  claims: Record<string, unknown>;
}

/** Why a provider's answer was not accepted, in words the sign-in error page shows. */
export type SsoFailure = "wrong_state" | "cancelled" | "code_refused" | "not_confirmed" | "provider_down";

/** A provider's answer that was refused (by the library's checks or the provider itself). */
export class SsoAnswerError extends Error {
  constructor(readonly failure: SsoFailure, detail: string) {
    super(detail);
  }
}

/** The relying party of one configured provider; its metadata is discovered once, on first use. */
export class SsoClient {
  private configuration?: Promise<oidc.Configuration>;

  private readonly clientSecret: string;

  constructor(readonly settings: SsoSettings) {
    if (!settings.clientSecret) throw new ConfigError("EDUSTREAM_OIDC_CLIENT_SECRET", "must be set for the view: it redeems the provider's codes with the client's secret (EDUSTREAM_OIDC_ISSUER is set)");
    this.clientSecret = settings.clientSecret;
  }

  private discover(): Promise<oidc.Configuration> {
    // Plain http only for a provider on this machine (config refuses it elsewhere, and in production).
    const insecure = this.settings.issuer.startsWith("http:") ? { execute: [oidc.allowInsecureRequests] } : {};
    this.configuration ??= oidc.discovery(new URL(this.settings.issuer), this.settings.clientId, this.clientSecret, undefined, { ...insecure, timeout: 10 }).catch((error: unknown) => {
      // Tried again on the next sign-in rather than remembered.
      this.configuration = undefined;
      throw new SsoAnswerError("provider_down", `discovery failed: ${error instanceof Error ? error.message : String(error)}`);
    });
    return this.configuration;
  }

  /** The provider's authorization address for a new sign-in, and what to keep until it answers. */
  async start(next: string): Promise<{ url: string; pending: PendingSignIn }> {
    const configuration = await this.discover();
    const pending = { state: oidc.randomState(), nonce: oidc.randomNonce(), verifier: oidc.randomPKCECodeVerifier(), next };
    const url = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: this.settings.redirectUri,
      scope: this.settings.scopes.join(" "),
      code_challenge: await oidc.calculatePKCECodeChallenge(pending.verifier),
      code_challenge_method: "S256",
      state: pending.state,
      nonce: pending.nonce,
    });
    return { url: url.href, pending };
  }

  /**
   * Redeems the provider's answer (the query string it sent the browser back with): state,
   * code (with the PKCE verifier), ID token and nonce checked by the library; the user-info
   * claims added when the provider has that endpoint (checked to be about the same subject).
   */
  async finish(query: string, pending: PendingSignIn): Promise<VouchedIdentity> {
    const answer = new URL(this.settings.redirectUri);
    answer.search = query;
    // Said before anything is sent: the library would refuse it too, with a less helpful message.
    if (answer.searchParams.get("state") !== pending.state) throw new SsoAnswerError("wrong_state", "state does not match the sign-in this browser started");
    const configuration = await this.discover();
    try {
      const tokens = await oidc.authorizationCodeGrant(configuration, answer, { pkceCodeVerifier: pending.verifier, expectedState: pending.state, expectedNonce: pending.nonce, idTokenExpected: true });
      const idClaims = tokens.claims()!;
      const userInfo = configuration.serverMetadata().userinfo_endpoint ? await oidc.fetchUserInfo(configuration, tokens.access_token, idClaims.sub) : {};
      return { issuer: idClaims.iss, subject: idClaims.sub, claims: { ...userInfo, ...idClaims } };
    } catch (error) {
      throw classify(error);
    }
  }
}

function classify(error: unknown): SsoAnswerError {
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  if (error instanceof oidc.AuthorizationResponseError) return new SsoAnswerError(error.error === "access_denied" ? "cancelled" : "not_confirmed", detail);
  if (error instanceof oidc.ResponseBodyError && error.error === "invalid_grant") return new SsoAnswerError("code_refused", detail);
  const code = (error as { code?: unknown; cause?: { code?: unknown } } | undefined)?.code;
  if (code === "OAUTH_TIMEOUT" || error instanceof TypeError) return new SsoAnswerError("provider_down", detail);
  return new SsoAnswerError("not_confirmed", detail);
}

/** The pending sign-in as a cookie value (base64url JSON), and back; undefined unless well-formed. */
export function encodePending(pending: PendingSignIn): string {
  return Buffer.from(JSON.stringify(pending)).toString("base64url");
}

export function decodePending(raw: unknown): PendingSignIn | undefined {
  if (typeof raw !== "string" || raw.length > 2048) return undefined;
  try {
    const value = JSON.parse(Buffer.from(raw, "base64url").toString("utf8")) as Record<string, unknown>;
    const fields = ["state", "nonce", "verifier", "next"] as const;
    if (!fields.every((field) => typeof value[field] === "string" && (value[field] as string).length <= 512)) return undefined;
    return { state: value.state as string, nonce: value.nonce as string, verifier: value.verifier as string, next: value.next as string };
  } catch {
    return undefined;
  }
}
