import { Elysia } from "elysia";
import type { Telemetry } from "../shared/telemetry";
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import type { Server } from "bun";
import { clientAddressBehind, trustedProxyMatcher } from "../shared/client-address";
import { generatedSecret, type Config } from "../shared/config";
import { personClaims, type AccountRole, type PersonClaims, type TokenVerifier } from "../shared/tokens";
import { Gateway, GatewayError, ok, type GatewayApi } from "./gateway";
import type { ServiceClient } from "../shared/grpc/client";
import type { SsoClient } from "./sso";
import type { Logger } from "../shared/logger";

/** Names of the view's cookies (without secure cookies). All are HttpOnly and SameSite=Lax. */
export const COOKIES = { access: "es_access", refresh: "es_refresh", csrf: "es_csrf", flash: "es_flash", sso: "es_sso" } as const;
const SECURE_COOKIES = { access: "__Host-es_access", refresh: "__Host-es_refresh", csrf: "__Host-es_csrf", flash: "__Host-es_flash", sso: "__Host-es_sso" } as const;

/**
 * The cookie names in use: with EDUSTREAM_SECURE_COOKIES, `__Host-` names, which browsers accept
 * only with Secure, Path=/ and no Domain (a sibling subdomain cannot plant or shadow them).
 */
export function cookieNames(config: Config): Record<keyof typeof COOKIES, string> {
  return config.secureCookies ? SECURE_COOKIES : COOKIES;
}

/** Thrown by pages to send the browser elsewhere (a 303, or HX-Redirect for htmx requests). */
export class Redirect extends Error {
  constructor(readonly location: string) {
    super(`redirect to ${location}`);
  }
}

/** Thrown when a state-changing request lacks the CSRF proof. */
export class CsrfError extends Error {}

/** A browser session as pages see it. */
export interface Session {
  claims?: PersonClaims;
  token?: string;
  csrfToken: string;
  requestId: string;
  clientAddress: string;
  /**
   * True when htmx asks for a fragment. A history restore or any request aimed at the whole body
   * (`HX-Request-Type: full`) gets the full page.
   */
  htmx: boolean;
  /** The university's time zone (EDUSTREAM_TIMEZONE): pages show and read times in it. */
  timeZone: string;
  /** A one-time message from the previous page (after a redirect). */
  flash?: Flash;
  /** Demo mode: every page says so. */
  demo: boolean;
  /** Students may create their own account (not when the university's sign-in replaces passwords). */
  signUp: boolean;
  /**
   * Why the session ended during this request (its refresh was refused: expired, revoked, account
   * disabled): its cookies are already cleared, and the sign-in page says this.
   */
  ended?: string;
  /** The gateway's API as the signed-in user (or anonymously) calls it: unwrap answers with `ok`. */
  gateway: GatewayApi;
}

export interface ViewDeps {
  config: Config;
  gateway: Gateway;
  verifier: TokenVerifier;
  /** The view's metrics and tracer (requests; calls to the gateway go through a traced fetch). */
  telemetry?: Telemetry;
  /** Single sign-on, when configured: the provider's relying party and the auth node that opens sessions. */
  sso?: { client: SsoClient; auth: ServiceClient<"auth">; logger: Logger };
}

type CookieJar = Record<string, { value?: unknown; set(options: Record<string, unknown>): unknown; remove(): unknown }>;
type Flash = { kind: "success" | "info" | "error"; text: string };
const FLASH_KINDS: ReadonlySet<string> = new Set(["success", "info", "error"]);
const FLASH_MAX_TEXT = 500;

function cookieOptions(config: Config, maxAge?: number) {
  return { httpOnly: true, sameSite: "lax" as const, path: "/", secure: config.secureCookies, ...(maxAge ? { maxAge } : {}) };
}

/** Stores the tokens of a fresh session (after sign-in or refresh) in cookies. */
export function storeTokens(cookie: CookieJar, config: Config, tokens: { access_token: string; refresh_token: string; expires_in: number }) {
  const names = cookieNames(config);
  cookie[names.access]!.set({ value: tokens.access_token, ...cookieOptions(config, tokens.expires_in) });
  cookie[names.refresh]!.set({ value: tokens.refresh_token, ...cookieOptions(config, config.jwt.refreshTtlSeconds) });
}

/** Forgets the session's tokens. */
export function clearTokens(cookie: CookieJar, config: Config) {
  const names = cookieNames(config);
  cookie[names.access]!.remove();
  cookie[names.refresh]!.remove();
}

/** The refresh token the browser sent, if any. */
export function refreshCookie(cookie: unknown, config: Config): string | undefined {
  const value = (cookie as CookieJar)[cookieNames(config).refresh]?.value;
  return typeof value === "string" && value ? value : undefined;
}

const flashKeys = new WeakMap<Config, Buffer>();
/** The key that signs flash cookies: EDUSTREAM_COOKIE_SECRET, else generated once into the data folder. */
function flashKey(config: Config): Buffer {
  let key = flashKeys.get(config);
  if (!key) {
    key = Buffer.from(config.cookieSecret ?? generatedSecret(config.dataDir, "cookie-secret", 32));
    flashKeys.set(config, key);
  }
  return key;
}

const flashSignature = (config: Config, payload: string) => createHmac("sha256", flashKey(config)).update(`flash.${payload}`).digest("base64url");

/** A flash message as a cookie value: base64url JSON, a dot, its HMAC. */
export function encodeFlash(config: Config, flash: Flash): string {
  const payload = Buffer.from(JSON.stringify({ kind: flash.kind, text: flash.text.slice(0, FLASH_MAX_TEXT) })).toString("base64url");
  return `${payload}.${flashSignature(config, payload)}`;
}

/** The flash message of a cookie value; undefined unless it is well-formed, signed by us, and exactly {kind, text}. */
export function decodeFlash(config: Config, raw: unknown): Flash | undefined {
  if (typeof raw !== "string" || raw.length > 2048) return undefined;
  const [payload, signature, extra] = raw.split(".");
  if (!payload || !signature || extra !== undefined || !sameToken(signature, flashSignature(config, payload))) return undefined;
  try {
    const value = JSON.parse(Buffer.from(payload, "base64url").toString("utf8")) as unknown;
    if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
    const { kind, text, ...rest } = value as Record<string, unknown>;
    if (Object.keys(rest).length || typeof kind !== "string" || !FLASH_KINDS.has(kind) || typeof text !== "string" || text.length > FLASH_MAX_TEXT) return undefined;
    return { kind: kind as Flash["kind"], text };
  } catch {
    return undefined;
  }
}

/** Leaves a one-time message for the next page. */
export function setFlash(cookie: CookieJar, config: Config, kind: Flash["kind"], text: string) {
  cookie[cookieNames(config).flash]!.set({ value: encodeFlash(config, { kind, text }), ...cookieOptions(config, 60) });
}

/** The request's cookies as a jar that can be read but not changed. */
function readOnlyJar(request: Request, config: Config): CookieJar {
  const jar: CookieJar = {};
  for (const name of Object.values(cookieNames(config))) jar[name] = { set: () => undefined, remove: () => undefined };
  for (const part of (request.headers.get("cookie") ?? "").split(";")) {
    const index = part.indexOf("=");
    const name = part.slice(0, index).trim();
    if (index > 0 && Object.hasOwn(jar, name)) {
      try {
        jar[name]!.value = decodeURIComponent(part.slice(index + 1).trim());
      } catch {
        // A malformed value (bad %-escape) counts as absent.
      }
    }
  }
  return jar;
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}


/**
 * Builds the session of a request: verifies the access cookie locally (refreshing it through the
 * gateway when it expired) and keeps the CSRF token. Error pages call it too, for requests that
 * matched no route.
 */
export async function resolveSession(deps: ViewDeps, { cookie, request, server }: { cookie: unknown; request: Request; server: unknown }): Promise<Session> {
  const { config, gateway, verifier } = deps;
  // Without Elysia's cookie jar (a request that matched no route) the cookies are only read:
  // nothing is set, and an expired access token is not refreshed (its rotation could not be stored).
  const readOnly = cookie === undefined;
  const names = cookieNames(config);
  const jar = readOnly ? readOnlyJar(request, config) : (cookie as CookieJar);
  const requestId = randomUUID();
  // Behind a reverse proxy (EDUSTREAM_TRUSTED_PROXIES) the browser's address is its rightmost untrusted X-Forwarded-For hop.
  const peer = (server as Server<unknown> | null)?.requestIP(request)?.address ?? "";
  const clientAddress = clientAddressBehind(peer, request.headers.get("x-forwarded-for"), trustedProxyMatcher(config.trustedProxies)).slice(0, 64);
  let csrfToken = typeof jar[names.csrf]?.value === "string" ? (jar[names.csrf]!.value as string) : "";
  if (!/^[A-Za-z0-9_-]{32,64}$/.test(csrfToken)) {
    csrfToken = randomBytes(24).toString("base64url");
    jar[names.csrf]!.set({ value: csrfToken, ...cookieOptions(config, 7 * 24 * 3600) });
  }
  // The message left by the previous page is read before this request may leave one of its own.
  // Any flash cookie is spent, valid or not; only a signed, well-formed one is shown.
  const flash = decodeFlash(config, jar[names.flash]?.value);
  if (jar[names.flash]?.value !== undefined) jar[names.flash]!.remove();
  let token = typeof jar[names.access]?.value === "string" ? (jar[names.access]!.value as string) : undefined;
  // A password-change-only token is a session too: the app sends it to the password page.
  let claims = token ? personClaims(await verifier.verify(token, true).catch(() => undefined)) : undefined;
  let ended: string | undefined;
  const refreshToken = jar[names.refresh]?.value;
  if (!claims && !readOnly && typeof refreshToken === "string" && refreshToken) {
    try {
      const tokens = await ok(gateway.for({ requestId }).auth.refresh.post({ refresh_token: refreshToken }));
      storeTokens(jar, config, tokens);
      token = tokens.access_token;
      claims = personClaims(await verifier.verify(token, true));
    } catch (error) {
      // Any refusal (expired, revoked, account disabled or gone) ends the session for good; an
      // unreachable or failing gateway (5xx) does not, and the next request tries again.
      if (error instanceof GatewayError && error.status < 500) {
        clearTokens(jar, config);
        ended = error.message;
      }
      token = undefined;
      claims = undefined;
    }
  }
  if (!claims) token = undefined;
  const session: Session = {
    claims,
    token,
    csrfToken,
    requestId,
    clientAddress,
    timeZone: config.timeZone,
    htmx: request.headers.get("hx-request") === "true" && request.headers.get("hx-request-type") !== "full" && request.headers.get("hx-history-restore-request") !== "true",
    flash,
    demo: config.mode === "demo",
    signUp: config.passwordSignIn,
    ended,
    gateway: gateway.for({ token, clientAddress, requestId }),
  };
  return session;
}

/**
 * The session plugin: resolves the session (see resolveSession) and refuses state-changing
 * requests without the CSRF proof (double submit: HttpOnly cookie + page token sent back as the
 * X-CSRF-Token header or `_csrf` field).
 */
export function sessionPlugin(deps: ViewDeps) {
  return new Elysia({ name: "view-session" })
    .resolve({ as: "global" }, async (context) => {
      const session = await resolveSession(deps, context);
      if (session.ended) leaveEndedSession(deps.config, context.cookie as never, context.request, session);
      return { session };
    })
    .onBeforeHandle({ as: "global" }, ({ request, session, body }) => {
      if (["GET", "HEAD", "OPTIONS"].includes(request.method)) return;
      const sent = request.headers.get("x-csrf-token") ?? (body && typeof body === "object" ? (body as Record<string, unknown>)._csrf : undefined);
      if (typeof sent !== "string" || !sameToken(sent, session.csrfToken)) throw new CsrfError("missing or wrong CSRF token");
    });
}

/** Where the sign-in page sends the user back to: the page asked for (GET only), else the start. */
function signInUrl(request: Request): string {
  const url = new URL(request.url);
  return request.method === "GET" && url.pathname !== "/login" ? `/login?next=${encodeURIComponent(url.pathname + url.search)}` : "/login";
}

/**
 * A session that ended during this request (see Session.ended) goes to the sign-in page, which
 * says why: shown at once on the sign-in page itself, else carried there as the flash message.
 */
function leaveEndedSession(config: Config, cookie: CookieJar, request: Request, session: Session): void {
  const message = { kind: "error" as const, text: session.ended! };
  if (request.method === "GET" && new URL(request.url).pathname === "/login") {
    session.flash = message;
    return;
  }
  setFlash(cookie, config, message.kind, message.text);
  throw new Redirect(signInUrl(request));
}

/**
 * Ends a session the gateway refused although its access token looked valid here (the account
 * was disabled, or its sessions were ended, within the token's lifetime): the refresh token is
 * revoked, the cookies cleared, and the sign-in page will say why. Returns where to go.
 */
export async function endRefusedSession(deps: ViewDeps, cookie: CookieJar, request: Request, reason: string): Promise<string> {
  const refreshToken = refreshCookie(cookie, deps.config);
  if (refreshToken) await ok(deps.gateway.for({}).auth.logout.post({ refresh_token: refreshToken })).catch(() => undefined);
  clearTokens(cookie, deps.config);
  setFlash(cookie, deps.config, "error", reason);
  return signInUrl(request);
}

/** Requires a signed-in user (of one of `roles`, when given); otherwise redirects to sign-in. */
export function requireUser(session: Session, path: string, ...roles: AccountRole[]): PersonClaims {
  if (!session.claims) throw new Redirect(`/login?next=${encodeURIComponent(path)}`);
  if (roles.length && !roles.includes(session.claims.role)) throw new Redirect("/dashboard");
  return session.claims;
}
