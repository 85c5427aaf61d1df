// Single sign-on: the portal redeems the university's OpenID Connect answer and validates it
// (openid-client); here the identity it vouched for becomes an EduStream account (matched by the
// configured claim, or created when allowed), takes its role from the provider when configured,
// and gets a session of EduStream's own, so every other node works as for a password sign-in.
import { and, count, eq, sql } from "drizzle-orm";
import { randomBytes, randomUUID } from "node:crypto";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import * as schema from "../../db/auth/schema";
import { auditEvents, users } from "../../db/auth/schema";
import type { Config } from "../shared/config";
import { pgErrorCode } from "../shared/db";
import { AppError, fail } from "../shared/errors";
import { ROLES, type AccountRole as Role } from "../shared/tokens";
import { plural } from "../shared/plural";
import { isEmailAddress } from "../shared/email-address";
import { hashPassword, nameProblem, usernameProblem } from "./credentials";
import type { AuthMetrics } from "./metrics";
import type { AuthService } from "./service";

type Db = PostgresJsDatabase<typeof schema>;
type UserRow = typeof users.$inferSelect;
type SsoSettings = NonNullable<Config["sso"]>;

/** What a person reads when the university's sign-in does not get them in. */
export const SSO_WORDING = {
  notConfigured: "Single sign-on is not set up on this EduStream.",
  wrongIssuer: "This sign-in came from an identity provider EduStream is not set up to trust.",
  missingClaim: (claim: string) => `Your university account did not tell EduStream your ${claim}. Ask the help desk to release it to EduStream, then sign in again.`,
  badUsername: (username: string) => `Your university username "${username}" cannot be used as an EduStream username. Ask the help desk.`,
  unknownAccount: (username: string) => `There is no EduStream account for "${username}" yet. Ask the registrar's office to create it, then sign in again.`,
  disabled: "This account is disabled. Contact an administrator.",
  noRole: "Your university account has no role EduStream knows (student, faculty or administrator). Ask the help desk.",
  throttled: (seconds: number) => `Too many sign-in attempts from your network. Try again in ${plural(seconds, "second")}.`,
};

/** ADMIN over FACULTY over STUDENT: a person who is both faculty and a student is faculty. */
const ROLE_RANK: Record<Role, number> = { STUDENT: 1, FACULTY: 2, ADMIN: 3 };

/** The EduStream username a claim value stands for: lower case; for an address, its part before @. */
export function usernameFromClaim(value: unknown): string | undefined {
  if (typeof value !== "string" || !value.trim()) return undefined;
  const text = value.trim().toLowerCase();
  return (text.includes("@") ? text.slice(0, text.lastIndexOf("@")) : text).slice(0, 64);
}

/** The role a claim (one value or a list) maps to: the highest that the mapping knows, else undefined. */
export function roleFromClaim(value: unknown, mapping: ReadonlyMap<string, Role>): Role | undefined {
  const values = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === "string");
  const roles = values.map((v) => mapping.get(v)).filter((r): r is Role => r !== undefined);
  return roles.sort((a, b) => ROLE_RANK[b] - ROLE_RANK[a])[0];
}

/** The display name from the standard claims: name, else given and family name, else the username. */
export function nameFromClaims(claims: Record<string, unknown>, username: string): string {
  const text = (v: unknown) => (typeof v === "string" ? v.trim() : "");
  const name = text(claims.name) || [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(" ") || username;
  return nameProblem(name.slice(0, 100)) ? username : name.slice(0, 100);
}

/** A new account's email address (for notifications): the `email` claim when it is one address, else none. */
export function emailFromClaims(claims: Record<string, unknown>): string {
  const email = typeof claims.email === "string" ? claims.email.trim() : "";
  return isEmailAddress(email) ? email : "";
}

/** Sign-in with the university's identity provider: throttle, matching, role, session, audit. */
export class SsoSignIn {
  constructor(
    private readonly db: Db,
    private readonly config: Config,
    private readonly accounts: AuthService,
    private readonly metrics?: AuthMetrics,
  ) {}

  private settings(): SsoSettings {
    if (!this.config.sso) throw fail.precondition(SSO_WORDING.notConfigured);
    return this.config.sso;
  }

  private static throttleKey(clientAddress: string) {
    return `sso:${clientAddress.slice(0, 64) || "unknown"}`;
  }

  /**
   * Counts one answer of the provider from this address before the portal redeems it (the
   * per-address limit of password sign-ins); a sign-in that succeeds gives it back, so only
   * failures (a wrong state, a replayed code, a refused account) add up to a lock.
   */
  async chargeAttempt(clientAddress: string) {
    this.settings();
    const key = SsoSignIn.throttleKey(clientAddress);
    // The lock's own message speaks of failed sign-ins; this one says what the person can do.
    const refuse = (error: unknown) => {
      const wait = error instanceof AppError && error.status === "RESOURCE_EXHAUSTED" ? Number(error.details[0]?.retry_after_seconds ?? 30) : undefined;
      return this.failed("throttled", wait === undefined ? error : fail.throttled(SSO_WORDING.throttled(wait), wait));
    };
    await this.accounts.refuseIfLocked([key]).catch(refuse);
    const charged = await this.accounts.chargeAttempt(key, this.config.loginThrottle.addressFailures);
    if (!charged.counted) {
      await this.accounts.refuseIfLocked([key]).catch(refuse);
      refuse(fail.throttled(SSO_WORDING.throttled(30), 30));
    }
    return {};
  }

  /** Opens a session for the account the provider vouched for (see the file's comment). */
  async signIn(input: { issuer: string; subject: string; claimsJson: string; clientAddress: string }) {
    const sso = this.settings();
    const claims = parseClaims(input.claimsJson);
    if (!sameIssuer(input.issuer, sso.issuer) || claims.iss !== input.issuer) throw this.refused(fail.forbidden(SSO_WORDING.wrongIssuer));
    if (!input.subject || claims.sub !== input.subject) throw fail.invalid("subject", "subject must be the sub claim of the ID token.");
    const username = usernameFromClaim(claims[sso.usernameClaim]);
    if (!username) throw this.refused(fail.forbidden(SSO_WORDING.missingClaim(sso.usernameClaim)));
    const role = sso.roleClaim ? roleFromClaim(claims[sso.roleClaim], sso.roleMap) : undefined;
    if (sso.roleClaim && !role) throw this.refused(fail.forbidden(SSO_WORDING.noRole));
    let [row] = await this.db.select().from(users).where(eq(users.username, username)).limit(1);
    const created = !row;
    if (!row) {
      if (!sso.createAccounts) throw this.refused(fail.forbidden(SSO_WORDING.unknownAccount(username)));
      if (usernameProblem(username)) throw this.refused(fail.forbidden(SSO_WORDING.badUsername(username)));
      row = await this.createAccount(username, nameFromClaims(claims, username), role ?? "STUDENT", emailFromClaims(claims));
    }
    if (row.disabled) throw this.failed("disabled", fail.forbidden(SSO_WORDING.disabled));
    const before = row;
    if (role && role !== row.role) row = await this.changeRole(row, role);
    // The provider's sign-in is the credential now: a temporary password (the first admin's, an
    // admin's reset) is retired rather than left usable, and the session is a full one.
    if (row.mustChangePassword) {
      [row] = await this.db.update(users).set({ passwordHash: await unusablePasswordHash(), mustChangePassword: false, updatedAt: new Date() }).where(eq(users.id, row.id)).returning();
    }
    await this.accounts.giveBackAttempt(SsoSignIn.throttleKey(input.clientAddress));
    await this.audit(row!, "user.sso_sign_in", { issuer: sso.issuer, subject: input.subject, created, ...(before.role !== row!.role ? { role: { before: before.role, after: row!.role } } : {}) });
    return { ...(await this.accounts.openSession(row!, randomUUID())), created };
  }

  /** An account for a person the provider knows and EduStream does not yet (EDUSTREAM_OIDC_CREATE_ACCOUNTS). */
  private async createAccount(username: string, name: string, role: Role, email: string): Promise<UserRow> {
    try {
      const [row] = await this.db.insert(users).values({ username, name, role, email, passwordHash: await unusablePasswordHash() }).returning();
      return row!;
    } catch (error) {
      // Made meanwhile by the same person's other sign-in: use it.
      if (pgErrorCode(error) !== "23505") throw error;
      const [row] = await this.db.select().from(users).where(eq(users.username, username)).limit(1);
      return row!;
    }
  }

  /**
   * The role the provider says, as an admin's role change would do it: every other session of the
   * account ends; the last active admin keeps the role (as in UpdateUser).
   */
  private async changeRole(row: UserRow, role: Role): Promise<UserRow> {
    if (!ROLES.includes(role)) return row;
    const now = new Date();
    return this.db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(4242)`);
      const [updated] = await tx.update(users).set({ role, tokensValidAfter: now, updatedAt: now }).where(eq(users.id, row.id)).returning();
      const [admins] = await tx.select({ n: count() }).from(users).where(and(eq(users.role, "ADMIN"), eq(users.disabled, false)));
      if ((admins?.n ?? 0) === 0) throw fail.precondition("This is the last active admin: the identity provider's role for it is not applied. Give another account the admin role first.");
      await tx.update(schema.refreshTokens).set({ revokedAt: now }).where(and(eq(schema.refreshTokens.userId, row.id), sql`${schema.refreshTokens.revokedAt} is null`));
      return updated!;
    });
  }

  private async audit(row: UserRow, action: string, details: Record<string, unknown>) {
    await this.db.insert(auditEvents).values({ actorId: row.id, actorUsername: row.username, action, entity: "user", entityId: row.id, entityLabel: row.username, details });
  }

  /** Counts a refused single sign-on, then hands back its error. */
  private refused(error: AppError): AppError {
    this.metrics?.signinFailed("sso_refused");
    return error;
  }

  private failed(reason: "throttled" | "disabled", error: unknown): never {
    this.metrics?.signinFailed(reason);
    throw error;
  }
}

/** A password nobody knows: accounts of the provider sign in through it alone. */
function unusablePasswordHash() {
  return hashPassword(randomBytes(32).toString("base64url"));
}

function sameIssuer(given: string, configured: string): boolean {
  try {
    return new URL(given).href === configured;
  } catch {
    return false;
  }
}

function parseClaims(json: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    value = undefined;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) throw fail.invalid("claims_json", "claims_json must be a JSON object.");
  return value as Record<string, unknown>;
}
