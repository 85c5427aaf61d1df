import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { jwtVerify, SignJWT, type JWTPayload } from "jose";
import { ConfigError, type Config } from "./config";
import { AppError } from "./errors";

/** The roles of EduStream accounts. */
export type AccountRole = "STUDENT" | "FACULTY" | "ADMIN";
export const ROLES: readonly AccountRole[] = ["STUDENT", "FACULTY", "ADMIN"];
/**
 * The roles tokens carry: an account's, or `LMS` for a learning management system registered
 * as a OneRoster client (its token's `sub` is the client's id and `scope` its OneRoster scopes).
 */
export type Role = AccountRole | "LMS";
export const TOKEN_ROLES: readonly Role[] = [...ROLES, "LMS"];

/** What a verified access token says about its bearer. */
export interface Claims {
  sub: string;
  role: Role;
  name: string;
  jti: string;
  iat: number;
  exp: number;
  /**
   * The account signed in with a temporary password: this token serves only to change it (and
   * to read one's own account). Every verifier refuses it unless asked to accept it.
   */
  mustChangePassword: boolean;
  /** OneRoster scopes of an LMS client's token (empty for people's tokens). */
  scopes: readonly string[];
}

/** The claim that marks a password-change-only token. */
const PASSWORD_CHANGE_CLAIM = "pwd_change";

/** The only algorithm accepted: Ed25519 signatures. Anything else (HS256, none…) is refused. */
export const JWT_ALGORITHM = "EdDSA";

function keyFiles(config: Config) {
  const dir = join(config.dataDir, "keys");
  return { dir, privateFile: join(dir, "jwt-ed25519-private.pem"), publicFile: join(dir, "jwt-ed25519-public.pem") };
}

/** Creates the local key pair once (mode 0600) when neither the environment nor the data folder has one. */
export function ensureLocalKeys(config: Config): void {
  if (config.jwt.privateKeyPem || config.jwt.publicKeyPem) return;
  const { dir, privateFile, publicFile } = keyFiles(config);
  if (existsSync(privateFile) && existsSync(publicFile)) return;
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  writeFileSync(privateFile, privateKey.export({ type: "pkcs8", format: "pem" }), { mode: 0o600 });
  writeFileSync(publicFile, publicKey.export({ type: "spki", format: "pem" }), { mode: 0o644 });
}

/** Loads the public key that every node verifies tokens with. */
export function loadPublicKey(config: Config): KeyObject {
  const pem = config.jwt.publicKeyPem ?? readIfExists(keyFiles(config).publicFile);
  if (!pem) throw new ConfigError("EDUSTREAM_JWT_PUBLIC_KEY", "is not set and no generated key exists (run `bun run start` once, or set it to an Ed25519 public key in PEM)");
  try {
    const key = createPublicKey(pem.replace(/\\n/g, "\n"));
    if (key.asymmetricKeyType !== "ed25519") throw new Error("not ed25519");
    return key;
  } catch {
    throw new ConfigError("EDUSTREAM_JWT_PUBLIC_KEY", "must be an Ed25519 public key in PEM (SPKI)");
  }
}

/** Loads the private signing key; only the auth node calls this. */
export function loadPrivateKey(config: Config): KeyObject {
  const pem = config.jwt.privateKeyPem ?? readIfExists(keyFiles(config).privateFile);
  if (!pem) throw new ConfigError("EDUSTREAM_JWT_PRIVATE_KEY", "is not set and no generated key exists (run `bun run start` once, or set it to an Ed25519 private key in PEM)");
  try {
    const key = createPrivateKey(pem.replace(/\\n/g, "\n"));
    if (key.asymmetricKeyType !== "ed25519") throw new Error("not ed25519");
    return key;
  } catch {
    throw new ConfigError("EDUSTREAM_JWT_PRIVATE_KEY", "must be an Ed25519 private key in PEM (PKCS#8)");
  }
}

function readIfExists(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, "utf8") : undefined;
}

/** The revocation cutoff (whole seconds) of a moment: tokens with an earlier `iat` are refused. */
export function cutoffSeconds(moment: Date): number {
  return Math.ceil(moment.getTime() / 1000);
}

/**
 * Signs an access token for a user (auth node only). `validAfter` is the account's latest
 * revocation (password or role change, disable): the token's `iat` is never before its cutoff,
 * so a session opened in the same second as the revocation is not refused with the old ones.
 */
export async function signAccessToken(
  key: KeyObject,
  config: Config,
  user: { id: string; role: AccountRole; name: string; mustChangePassword?: boolean; validAfter?: Date | null },
  jti: string,
): Promise<string> {
  const issuedAt = Math.max(Math.floor(Date.now() / 1000), user.validAfter ? cutoffSeconds(user.validAfter) : 0);
  return new SignJWT({ role: user.role, name: user.name, ...(user.mustChangePassword ? { [PASSWORD_CHANGE_CLAIM]: true } : {}) })
    .setProtectedHeader({ alg: JWT_ALGORITHM, typ: "JWT" })
    .setSubject(user.id)
    .setIssuer(config.jwt.issuer)
    .setAudience(config.jwt.audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + config.jwt.accessTtlSeconds)
    .setJti(jti)
    .sign(key);
}

/**
 * Signs an access token for an LMS client (auth node only): role `LMS`, `sub` the client's id,
 * `scope` the granted OneRoster scopes (space-separated, as OAuth 2.0 writes them).
 */
export async function signClientToken(key: KeyObject, config: Config, client: { id: string; name: string; scopes: readonly string[] }, jti: string, ttlSeconds: number): Promise<string> {
  const issuedAt = Math.floor(Date.now() / 1000);
  return new SignJWT({ role: "LMS", name: client.name, scope: client.scopes.join(" ") })
    .setProtectedHeader({ alg: JWT_ALGORITHM, typ: "JWT" })
    .setSubject(client.id)
    .setIssuer(config.jwt.issuer)
    .setAudience(config.jwt.audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + ttlSeconds)
    .setJti(jti)
    .sign(key);
}

/** Options every verifier passes to jose: fixed algorithm, issuer and audience, a little clock leeway. */
export function verifyOptions(config: Config) {
  return { algorithms: [JWT_ALGORITHM], issuer: config.jwt.issuer, audience: config.jwt.audience, clockTolerance: 5, requiredClaims: ["sub", "exp", "iat", "jti"] };
}

/** Checks the custom claims of a jose-verified payload; undefined when they are not ours. */
export function claimsFromPayload(payload: JWTPayload): Claims | undefined {
  const { sub, role, name, jti, iat, exp, scope } = payload as JWTPayload & { role?: unknown; name?: unknown; scope?: unknown };
  if (typeof sub !== "string" || typeof jti !== "string" || typeof iat !== "number" || typeof exp !== "number") return undefined;
  if (typeof role !== "string" || !TOKEN_ROLES.includes(role as Role) || typeof name !== "string") return undefined;
  const passwordChange = payload[PASSWORD_CHANGE_CLAIM];
  if (passwordChange !== undefined && passwordChange !== true) return undefined;
  // Only an LMS client's token carries scopes, and it must.
  if ((role === "LMS") !== (typeof scope === "string")) return undefined;
  const scopes = typeof scope === "string" ? scope.split(" ").filter(Boolean) : [];
  return { sub, role: role as Role, name, jti, iat, exp, mustChangePassword: passwordChange === true, scopes };
}

/** How often every node refreshes its copy of the revocation list. */
const REVOCATION_POLL_MS = 2000;

/**
 * Subjects (users) whose tokens issued before a time are refused: disabled accounts (all their
 * tokens), and accounts whose password or role changed lately (the tokens from before).
 * Each node keeps a copy refreshed from the auth service, so no request waits on auth.
 */
export class RevocationList {
  private notBefore = new Map<string, number>();
  /** When the list was last replaced (ms since the epoch), for the revocation-list age metric. */
  refreshedAt: number | undefined;
  /** Replaces the list. */
  replace(entries: Iterable<{ user_id: string; not_before: string | number }>): void {
    const next = new Map<string, number>();
    for (const entry of entries) next.set(entry.user_id, Number(entry.not_before));
    this.notBefore = next;
    this.refreshedAt = Date.now();
  }
  /**
   * Keeps the list in step with `fetch` (the auth service's ListRevokedSubjects): now, then every
   * 2 s. `ready` settles after the first attempt; an unreachable source keeps the last list.
   */
  follow(fetch: () => Promise<Iterable<{ user_id: string; not_before: string | number }>>, onUnreachable: () => void): { ready: Promise<void>; stop(): void } {
    const refresh = () => fetch().then((entries) => this.replace(entries), onUnreachable);
    const ready = refresh();
    const timer = setInterval(refresh, REVOCATION_POLL_MS);
    return { ready, stop: () => clearInterval(timer) };
  }
  /** True when a token of this subject issued at `iat` must be refused. */
  isRevoked(sub: string, iat: number): boolean {
    const cutoff = this.notBefore.get(sub);
    return cutoff !== undefined && iat < cutoff;
  }
}

/** Verifies a token's signature and standard claims; returns its payload, or false/throws when invalid. */
export type SignatureCheck = (token: string) => Promise<JWTPayload | false>;

/**
 * Verifies access tokens locally with the public key. Verified tokens are cached until they
 * expire (bounded), so the hot path pays for the signature check once per token.
 */
export class TokenVerifier {
  private readonly cache = new Map<string, Claims>();
  private readonly verifyPayload: SignatureCheck;
  readonly revocations = new RevocationList();
  private readonly maxCached = 20000;

  /**
   * `signatureCheck` verifies signature, algorithm, issuer, audience and times; by default jose
   * with `verifyOptions`. The gateway passes @elysiajs/jwt's verify configured the same way.
   */
  constructor(
    publicKey: KeyObject,
    config: Config,
    signatureCheck?: SignatureCheck,
    /** Accept password-change-only tokens by default (the auth node, whose methods check it). */
    private readonly acceptPasswordChange = false,
  ) {
    this.verifyPayload = signatureCheck ?? (async (token) => (await jwtVerify(token, publicKey, verifyOptions(config))).payload);
  }

  /**
   * Returns the claims of a valid token or throws UNAUTHENTICATED; a password-change-only token
   * gets PERMISSION_DENIED unless `acceptPasswordChange`.
   */
  async verify(token: string, acceptPasswordChange = this.acceptPasswordChange): Promise<Claims> {
    const now = Math.floor(Date.now() / 1000);
    let claims = this.cache.get(token);
    if (!claims) {
      claims = await this.verifySignature(token);
      if (this.cache.size >= this.maxCached) this.cache.clear();
      this.cache.set(token, claims);
    }
    if (claims.exp + 5 <= now) {
      this.cache.delete(token);
      throw new AppError("UNAUTHENTICATED", "Your session has expired. Please sign in again.");
    }
    if (this.revocations.isRevoked(claims.sub, claims.iat)) {
      throw new AppError("UNAUTHENTICATED", "This account has been disabled or its sessions were ended.");
    }
    if (claims.mustChangePassword && !acceptPasswordChange) throw passwordChangeRequired();
    return claims;
  }

  private async verifySignature(token: string): Promise<Claims> {
    try {
      const payload = await this.verifyPayload(token);
      const claims = payload ? claimsFromPayload(payload) : undefined;
      if (!claims) throw new AppError("UNAUTHENTICATED", "The access token is not valid or has expired.");
      return claims;
    } catch (error) {
      if (error instanceof AppError) throw error;
      const expired = (error as { code?: string }).code === "ERR_JWT_EXPIRED";
      throw new AppError("UNAUTHENTICATED", expired ? "Your session has expired. Please sign in again." : "The access token is not valid.");
    }
  }
}

/** The answer to anything but a password change while the account has a temporary password. */
export function passwordChangeRequired(): AppError {
  return new AppError("PERMISSION_DENIED", "Change your temporary password first: until then this account can only change its password (POST /api/v1/auth/password).", [
    { field: "password", message: "A new password is required." },
  ]);
}

/** The claims of a person's token (not an LMS client's): what the portal's sessions hold. */
export type PersonClaims = Claims & { role: AccountRole };

/** The claims when they are a person's; an LMS client's token is no portal session. */
export function personClaims(claims: Claims | undefined): PersonClaims | undefined {
  return claims && claims.role !== "LMS" ? (claims as PersonClaims) : undefined;
}
