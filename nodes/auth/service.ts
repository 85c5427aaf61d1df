import { and, asc, count, desc, eq, gt, ilike, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import type { AuthMetrics, SigninFailure } from "./metrics";
import { createHash, randomBytes, randomUUID, type KeyObject } from "node:crypto";
import type { PostgresJsDatabase } from "drizzle-orm/postgres-js";
import * as schema from "../../db/auth/schema";
import { auditEvents, lmsClients, loginThrottle, refreshTokens, users } from "../../db/auth/schema";
import { clientMay } from "../shared/oneroster/scopes";
import type { Config } from "../shared/config";
import { auditTrailPage } from "../shared/audit";
import type { AuditFilter } from "../shared/audit-view";
import { pgErrorCode } from "../shared/db";
import { AppError, fail, Validation } from "../shared/errors";
import { decodePageToken, encodePageToken, pageSize } from "../shared/paging";
import { cutoffSeconds, signAccessToken, type AccountRole as Role, type Claims, ROLES } from "../shared/tokens";
import { fieldMessage } from "../shared/field-labels";
import { plural } from "../shared/plural";
import { DUMMY_HASH, emailProblem, hashPassword, nameProblem, passwordProblem, usernameProblem } from "./credentials";
import { isUuid } from "../shared/ids";

type Db = PostgresJsDatabase<typeof schema>;
type UserRow = typeof users.$inferSelect;

/** Throttling of failed sign-ins (thresholds per account and per address come from the config). */
export const THROTTLE = {
  windowSeconds: 15 * 60,
  /** First lock after the threshold; each further failure doubles it, up to the cap. */
  baseLockSeconds: 30,
  maxLockSeconds: 15 * 60,
};

/** The view of a user row others get: the email address only for the account itself and admins (`withEmail`). */
export function publicUser(row: UserRow, withEmail = true) {
  return {
    id: row.id,
    username: row.username,
    name: row.name,
    role: row.role as Role,
    disabled: row.disabled,
    must_change_password: row.mustChangePassword,
    created_at: row.createdAt.toISOString(),
    email: withEmail ? row.email : "",
  };
}

/** What a password sign-in or a self-registration meets when the university's sign-in replaces passwords. */
export const PASSWORD_SIGNIN_OFF = "Sign-in with an EduStream password is turned off: use your university account (the button on the sign-in page).";

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

/** The rules of accounts and sessions. No gRPC in here: handlers translate. */
export class AuthService {
  constructor(
    private readonly db: Db,
    private readonly config: Config,
    private readonly privateKey: KeyObject,
    private readonly metrics?: AuthMetrics,
  ) {}

  /**
   * Creates a student account (self-registration never makes faculty or admins). Throttled per
   * client address: each attempt counts, in a window of THROTTLE.windowSeconds.
   */
  async register(input: { username: string; password: string; name: string; clientAddress: string }) {
    if (!this.config.passwordSignIn) throw fail.forbidden(PASSWORD_SIGNIN_OFF);
    await this.countRegistration(input.clientAddress);
    return { user: await this.createAccount({ ...input, role: "STUDENT" }) };
  }

  private async countRegistration(clientAddress: string) {
    const key = `register:${clientAddress.slice(0, 64) || "unknown"}`;
    const window = THROTTLE.windowSeconds;
    const [row] = (await this.db.execute(sql`
      insert into login_throttle (key, failures, window_started_at, locked_until) values (${key}, 1, now(), null)
      on conflict (key) do update set
        failures = case when login_throttle.window_started_at < now() - make_interval(secs => ${window}) then 1 else login_throttle.failures + 1 end,
        window_started_at = case when login_throttle.window_started_at < now() - make_interval(secs => ${window}) then now() else login_throttle.window_started_at end
      returning failures, ceil(extract(epoch from (window_started_at + make_interval(secs => ${window}) - now())))::int as retry`)) as unknown as Array<{ failures: number; retry: number }>;
    if (row && row.failures > this.config.registrationsPerAddress) {
      const retry = Math.max(1, row.retry);
      throw fail.throttled(`Too many accounts were created from your network. Try again in ${plural(Math.ceil(retry / 60), "minute")}.`, retry);
    }
  }

  private async createAccount(input: { username: string; password: string; name: string; role: Role; email?: string }) {
    const username = input.username.trim().toLowerCase();
    const name = input.name.trim();
    const email = (input.email ?? "").trim();
    const taken = `The username "${username}" is already taken.`;
    // Every field is checked at once, a taken username included, so one answer names them all.
    const formatProblem = usernameProblem(username);
    const [existing] = formatProblem ? [] : await this.db.select({ id: users.id }).from(users).where(eq(users.username, username)).limit(1);
    const otherProblems = passwordProblem(input.password, username) ?? nameProblem(name);
    if (existing && !otherProblems) throw fail.exists(taken, "username");
    new Validation()
      .check(!formatProblem && !existing, "username", formatProblem ?? taken)
      .check(!passwordProblem(input.password, username), "password", passwordProblem(input.password, username) ?? "")
      .check(!nameProblem(name), "name", nameProblem(name) ?? "")
      .check(!emailProblem(email), "email", emailProblem(email) ?? "")
      .throwIfAny();
    const passwordHash = await hashPassword(input.password);
    try {
      const [row] = await this.db.insert(users).values({ username, name, role: input.role, passwordHash, email }).returning();
      return publicUser(row!);
    } catch (error) {
      // Taken between the check above and this insert.
      if (pgErrorCode(error) === "23505") throw fail.exists(taken, "username");
      throw error;
    }
  }

  /** Checks credentials with throttling and opens a session. */
  async login(input: { username: string; password: string; clientAddress: string }) {
    const username = input.username.trim().toLowerCase();
    new Validation().check(username.length > 0, "username", "Enter your username.").check(input.password.length > 0, "password", "Enter your password.").throwIfAny();
    const keys = [`user:${username}`, `addr:${input.clientAddress || "unknown"}`];
    await this.refuseIfLocked(keys).catch((error) => this.failed("throttled", error));
    // The attempt counts as a failure before the password is checked: a burst of concurrent
    // guesses all passed the lock check above and each got checked (40 at once: 40 guesses).
    // Counting is one atomic statement per key, so attempts past the limit are refused unchecked.
    if (!(await this.recordFailure(keys))) {
      await this.refuseIfLocked(keys).catch((error) => this.failed("throttled", error));
      this.failed("throttled", fail.throttled(`Too many failed sign-in attempts. Try again in ${plural(THROTTLE.baseLockSeconds, "second")}.`, THROTTLE.baseLockSeconds));
    }
    const [row] = username.length <= 64 ? await this.db.select().from(users).where(eq(users.username, username)).limit(1) : [];
    const valid = input.password.length <= 1024 && (await Bun.password.verify(input.password, row ? row.passwordHash : await DUMMY_HASH));
    if (!row || !valid) this.failed("bad_credentials", fail.unauthenticated("Wrong username or password."));
    // Signed in: the account starts afresh; the address gets back the attempt it was charged.
    await this.db.delete(loginThrottle).where(eq(loginThrottle.key, keys[0]!));
    await this.giveBackAttempt(keys[1]!);
    if (row.disabled) this.failed("disabled", new AppError("PERMISSION_DENIED", "This account is disabled. Contact an administrator."));
    // With single sign-on the only password sign-in left is an admin's (the first admin, a way in when the provider is down).
    if (!this.config.passwordSignIn && row.role !== "ADMIN") throw fail.forbidden(PASSWORD_SIGNIN_OFF);
    return this.openSession(row, randomUUID());
  }

  /** Counts a failed sign-in, then throws its error. */
  private failed(reason: SigninFailure, error: unknown): never {
    this.metrics?.signinFailed(reason);
    throw error;
  }

  /** Refuses (RESOURCE_EXHAUSTED, with the wait) while any of the throttle keys is locked. */
  async refuseIfLocked(keys: string[]) {
    const rows = await this.db.select().from(loginThrottle).where(or(...keys.map((k) => eq(loginThrottle.key, k))));
    const now = Date.now();
    const lockedUntil = Math.max(0, ...rows.map((r) => r.lockedUntil?.getTime() ?? 0));
    if (lockedUntil > now) {
      const seconds = Math.ceil((lockedUntil - now) / 1000);
      throw fail.throttled(`Too many failed sign-in attempts. Try again in ${plural(seconds, "second")}.`, seconds);
    }
  }

  /**
   * Counts a failure per key in a sliding window; past the threshold, locks with a doubling delay.
   * A key whose lock is in force (set meanwhile by a concurrent attempt) is not counted, and the
   * attempt is refused: returns false.
   */
  async recordFailure(keys: string[]): Promise<boolean> {
    const [accountKey, addressKey] = keys as [string, string];
    const { accountFailures, addressFailures } = this.config.loginThrottle;
    for (const [key, threshold] of [[accountKey, accountFailures], [addressKey, addressFailures]] as const) {
      const charged = await this.chargeAttempt(key, threshold);
      if (!charged.counted) return false;
      if (charged.locked && key === accountKey) this.metrics?.accountLocked();
    }
    return true;
  }

  /**
   * Counts one attempt against a throttle key in the sliding window; past `threshold`, locks it
   * with a doubling delay. A key whose lock is in force is not counted (counted: false).
   */
  async chargeAttempt(key: string, threshold: number): Promise<{ counted: boolean; locked: boolean }> {
    const result = await this.db.execute(sql`
        insert into login_throttle (key, failures, window_started_at, locked_until)
        values (${key}, 1, now(), null)
        on conflict (key) do update set
          failures = case when login_throttle.window_started_at < now() - make_interval(secs => ${THROTTLE.windowSeconds}) then 1 else login_throttle.failures + 1 end,
          window_started_at = case when login_throttle.window_started_at < now() - make_interval(secs => ${THROTTLE.windowSeconds}) then now() else login_throttle.window_started_at end,
          locked_until = case
            when login_throttle.window_started_at >= now() - make_interval(secs => ${THROTTLE.windowSeconds}) and login_throttle.failures + 1 >= ${threshold}
            then now() + make_interval(secs => least(${THROTTLE.maxLockSeconds}, ${THROTTLE.baseLockSeconds} * power(2, login_throttle.failures + 1 - ${threshold})))
            else login_throttle.locked_until end
        where login_throttle.locked_until is null or login_throttle.locked_until <= now()
        returning key, coalesce(locked_until > now(), false) as locked`);
    const [row] = [...(result as Iterable<{ locked: boolean }>)];
    return { counted: Boolean(row), locked: Boolean(row?.locked) };
  }

  /** Gives back the attempt a successful sign-in was charged (the address is not penalised for it). */
  async giveBackAttempt(key: string) {
    await this.db.execute(sql`update login_throttle set failures = greatest(failures - 1, 0) where key = ${key}`);
  }

  /** Opens a session for an account: a new refresh-token family and an access token. */
  async openSession(row: UserRow, familyId: string) {
    const refreshToken = randomBytes(32).toString("base64url");
    await this.db.insert(refreshTokens).values({
      userId: row.id,
      tokenHash: sha256(refreshToken),
      familyId,
      expiresAt: new Date(Date.now() + this.config.jwt.refreshTtlSeconds * 1000),
    });
    const accessToken = await this.accessTokenFor(row);
    return { access_token: accessToken, refresh_token: refreshToken, expires_in: this.config.jwt.accessTtlSeconds, user: publicUser(row) };
  }

  /**
   * Rotates a refresh token: the old one is spent atomically, a new one issued. Presenting a
   * token that was already rotated means it leaked: the whole family is revoked.
   */
  async refresh(token: string) {
    if (!token) throw fail.invalid("refresh_token", "A refresh token is required.");
    const [current] = await this.db.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, sha256(token))).limit(1);
    if (!current) throw fail.unauthenticated("Your session is no longer valid. Please sign in again.");
    // The account's state comes first: a disabled account's tokens were all revoked with it, and
    // its owner should read why rather than "no longer valid".
    const [row] = await this.db.select().from(users).where(eq(users.id, current.userId)).limit(1);
    if (!row) throw fail.unauthenticated("This account no longer exists.");
    if (row.disabled) throw fail.unauthenticated("This account is disabled. Contact an administrator.");
    if (current.revokedAt) {
      if (current.replacedBy) await this.revokeFamily(current.familyId);
      throw fail.unauthenticated("Your session is no longer valid. Please sign in again.");
    }
    if (current.expiresAt.getTime() <= Date.now()) throw fail.unauthenticated("Your session has expired. Please sign in again.");
    const nextId = randomUUID();
    const spent = await this.db
      .update(refreshTokens)
      .set({ revokedAt: new Date(), replacedBy: nextId })
      .where(and(eq(refreshTokens.id, current.id), isNull(refreshTokens.revokedAt)))
      .returning({ id: refreshTokens.id });
    if (spent.length === 0) {
      await this.revokeFamily(current.familyId);
      throw fail.unauthenticated("Your session is no longer valid. Please sign in again.");
    }
    const refreshToken = randomBytes(32).toString("base64url");
    await this.db.insert(refreshTokens).values({
      id: nextId,
      userId: row.id,
      tokenHash: sha256(refreshToken),
      familyId: current.familyId,
      expiresAt: new Date(Date.now() + this.config.jwt.refreshTtlSeconds * 1000),
    });
    const accessToken = await this.accessTokenFor(row);
    return { access_token: accessToken, refresh_token: refreshToken, expires_in: this.config.jwt.accessTtlSeconds, user: publicUser(row) };
  }

  /**
   * An access token for the account as it is now: its role, and password-change-only while it
   * has a temporary password (the API and the view then allow nothing else).
   */
  private accessTokenFor(row: UserRow) {
    const user = { id: row.id, role: row.role as Role, name: row.name, mustChangePassword: row.mustChangePassword, validAfter: row.tokensValidAfter };
    return signAccessToken(this.privateKey, this.config, user, randomUUID());
  }

  /** Ends every session of an account: refresh tokens revoked, access tokens from before now refused (revocation list). */
  private async endSessions(tx: Pick<Db, "update">, userId: string, now: Date) {
    await tx.update(refreshTokens).set({ revokedAt: now }).where(and(eq(refreshTokens.userId, userId), isNull(refreshTokens.revokedAt)));
  }

  private async revokeFamily(familyId: string) {
    await this.db.update(refreshTokens).set({ revokedAt: new Date() }).where(and(eq(refreshTokens.familyId, familyId), isNull(refreshTokens.revokedAt)));
  }

  /** Ends the session the refresh token belongs to. Unknown tokens are ignored (logout is idempotent). */
  async logout(token: string) {
    if (!token) throw fail.invalid("refresh_token", "A refresh token is required.");
    const [current] = await this.db.select().from(refreshTokens).where(eq(refreshTokens.tokenHash, sha256(token))).limit(1);
    if (current) await this.revokeFamily(current.familyId);
    return {};
  }

  private async userById(id: string): Promise<UserRow> {
    if (!isUuid(id)) throw fail.notFound("The user");
    const [row] = await this.db.select().from(users).where(eq(users.id, id)).limit(1);
    if (!row) throw fail.notFound("The user");
    return row;
  }

  /** The caller's own account. */
  async me(caller: Claims) {
    return { user: publicUser(await this.userById(caller.sub)) };
  }

  /**
   * Changes the caller's password after checking the current one. Every session of the account
   * ends (another device's refresh token, every access token issued before); the caller gets a
   * fresh session.
   */
  async changePassword(caller: Claims, input: { currentPassword: string; newPassword: string }) {
    const row = await this.userById(caller.sub);
    if (input.currentPassword.length > 1024 || !(await Bun.password.verify(input.currentPassword, row.passwordHash))) {
      throw fail.invalid("current_password", "The current password is not correct.");
    }
    const problem = passwordProblem(input.newPassword, row.username) ?? (input.newPassword === input.currentPassword ? "The new password must differ from the current one." : undefined);
    if (problem) throw fail.invalid("new_password", problem);
    const passwordHash = await hashPassword(input.newPassword);
    const now = new Date();
    const updated = await this.db.transaction(async (tx) => {
      const [changed] = await tx.update(users).set({ passwordHash, mustChangePassword: false, tokensValidAfter: now, updatedAt: now }).where(eq(users.id, row.id)).returning();
      await this.endSessions(tx, row.id, now);
      return changed!;
    });
    const { access_token, refresh_token, expires_in } = await this.openSession(updated, randomUUID());
    return { access_token, refresh_token, expires_in };
  }

  /** One user, any role (admin only: REST GET /users/{id}, and the checks of admin actions in other services). */
  async getUser(caller: Claims, id: string) {
    requireAdmin(caller);
    return { user: publicUser(await this.userById(id)) };
  }

  /**
   * Several users by id and/or username: staff only, and faculty get student accounts only (the
   * names on their rosters and in their grade imports, which the calling services check first).
   */
  async batchGetUsers(caller: Claims, ids: string[], usernames: string[]) {
    // An LMS client reads the students of the rosters and grade sheets the other services let it see.
    if (!clientMay(caller, "roster") && !clientMay(caller, "gradebookRead")) requireStaff(caller);
    const validIds = ids.filter(isUuid).slice(0, 5000);
    const names = usernames.map((u) => u.trim().toLowerCase()).filter((u) => u.length > 0 && u.length <= 64).slice(0, 5000);
    if (validIds.length === 0 && names.length === 0) return { users: [] };
    const conditions: SQL[] = [];
    if (validIds.length) conditions.push(sql`${users.id} = any(${sql.param(validIds)}::uuid[])`);
    if (names.length) conditions.push(sql`${users.username} = any(${sql.param(names)}::text[])`);
    const matching = or(...conditions);
    const rows = await this.db.select().from(users).where(caller.role === "ADMIN" ? matching : and(matching, eq(users.role, "STUDENT")));
    return { users: rows.map((row) => publicUser(row, caller.role === "ADMIN")) };
  }

  /** Lists and searches users, sorted and paged (admin only). */
  async listUsers(caller: Claims, input: { query: string; role: string; pageSize: number; pageToken: string; orderBy: string }) {
    // An LMS client with a roster scope reads the accounts too (OneRoster users).
    if (!clientMay(caller, "roster")) requireAdmin(caller);
    const size = pageSize(input.pageSize, 50, 200);
    const offset = decodePageToken(input.pageToken);
    const conditions: SQL[] = [];
    const query = input.query.trim();
    if (query) conditions.push(or(ilike(users.username, `%${escapeLike(query)}%`), ilike(users.name, `%${escapeLike(query)}%`))!);
    if (input.role && input.role !== "ROLE_UNSPECIFIED") conditions.push(eq(users.role, input.role));
    const where = conditions.length ? and(...conditions) : undefined;
    const [field, direction] = input.orderBy.trim().split(/\s+/);
    const columns = { username: users.username, name: users.name, role: users.role, created_at: users.createdAt } as const;
    if (field && !(field in columns)) throw fail.invalid("order_by", fieldMessage("order_by", "must be username, name, role or created_at, optionally followed by desc."));
    const chosen = (field as keyof typeof columns) || "username";
    // Names and usernames sort in natural order (student2 before student10): the database sorts, so paging stays right.
    const column = chosen === "username" || chosen === "name" ? sql`${columns[chosen]} collate natural_order` : columns[chosen];
    const rows = await this.db
      .select()
      .from(users)
      .where(where)
      .orderBy(direction === "desc" ? desc(column) : asc(column), asc(users.id))
      .limit(size)
      .offset(offset);
    const [total] = await this.db.select({ n: count() }).from(users).where(where);
    const totalSize = total?.n ?? 0;
    return { users: rows.map((row) => publicUser(row)), next_page_token: offset + size < totalSize ? encodePageToken(offset + size) : "", total_size: totalSize };
  }

  /** Creates an account of any role (admin only); recorded in the audit trail. */
  async createUser(caller: Claims, input: { username: string; password: string; name: string; role: string; email: string }) {
    requireAdmin(caller);
    if (!ROLES.includes(input.role as Role)) throw fail.invalid("role", "Role must be STUDENT, FACULTY or ADMIN.");
    const user = await this.createAccount({ ...input, role: input.role as Role });
    await this.audit(caller, "user.create", user.id, user.username, { after: { username: user.username, name: user.name, role: user.role, email: user.email } });
    return { user };
  }

  /** Renames, changes the role of, disables or re-enables an account (admin only). The last admin stays. */
  async updateUser(caller: Claims, input: { id: string; name?: string; role?: string; disabled?: boolean; email?: string }) {
    requireAdmin(caller);
    const before = await this.userById(input.id);
    const changes: Partial<typeof users.$inferInsert> = {};
    if (input.name !== undefined) {
      const name = input.name.trim();
      const problem = nameProblem(name);
      if (problem) throw fail.invalid("name", problem);
      changes.name = name;
    }
    if (input.role !== undefined) {
      if (!ROLES.includes(input.role as Role)) throw fail.invalid("role", "Role must be STUDENT, FACULTY or ADMIN.");
      changes.role = input.role;
    }
    if (input.disabled !== undefined) changes.disabled = input.disabled;
    if (input.email !== undefined) {
      const email = input.email.trim();
      const problem = emailProblem(email);
      if (problem) throw fail.invalid("email", problem);
      changes.email = email;
    }
    // A new role or a disable ends every session (re-enabling keeps the cutoff, so the tokens
    // from before the disable stay refused).
    const endsSessions = (changes.role !== undefined && changes.role !== before.role) || (changes.disabled === true && !before.disabled);
    const now = new Date();
    if (endsSessions) changes.tokensValidAfter = now;
    const after = await this.db.transaction(async (tx) => {
      // Serialise admin changes so two admins cannot demote each other at the same moment.
      await tx.execute(sql`select pg_advisory_xact_lock(4242)`);
      const [updated] = await tx.update(users).set({ ...changes, updatedAt: new Date() }).where(eq(users.id, before.id)).returning();
      const [admins] = await tx.select({ n: count() }).from(users).where(and(eq(users.role, "ADMIN"), eq(users.disabled, false)));
      if ((admins?.n ?? 0) === 0) throw fail.precondition("This is the last active admin: it cannot be disabled or given another role.");
      if (endsSessions) await this.endSessions(tx, before.id, now);
      return updated!;
    });
    await this.audit(caller, "user.update", before.id, before.username, {
      before: { name: before.name, role: before.role, disabled: before.disabled, email: before.email },
      after: { name: after.name, role: after.role, disabled: after.disabled, email: after.email },
    });
    return { user: publicUser(after) };
  }

  /** Sets or clears the caller's own email address (any signed-in user). */
  async updateMyEmail(caller: Claims, email: string) {
    const address = email.trim();
    const problem = emailProblem(address);
    if (problem) throw fail.invalid("email", problem);
    const [row] = await this.db.update(users).set({ email: address, updatedAt: new Date() }).where(eq(users.id, caller.sub)).returning();
    if (!row) throw fail.notFound("This account no longer exists.");
    return { user: publicUser(row) };
  }

  /**
   * Where to mail several accounts' notifications (asked by another node's email sender, node
   * calls only): enabled accounts with an address; the rest are left out.
   */
  async batchGetEmailAddresses(ids: string[]) {
    const valid = ids.filter(isUuid).slice(0, 500);
    if (valid.length === 0) return { addresses: [] };
    const rows = await this.db
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(and(sql`${users.id} = any(${sql.param(valid)}::uuid[])`, eq(users.disabled, false), sql`${users.email} <> ''`));
    return { addresses: rows.map((r) => ({ user_id: r.id, email: r.email })) };
  }

  /** Sets a temporary password the user must change at next sign-in, and ends their sessions (admin only). */
  async resetPassword(caller: Claims, input: { id: string; newPassword: string }) {
    requireAdmin(caller);
    const row = await this.userById(input.id);
    const problem = passwordProblem(input.newPassword, row.username);
    if (problem) throw fail.invalid("new_password", problem);
    const passwordHash = await hashPassword(input.newPassword);
    const now = new Date();
    await this.db.transaction(async (tx) => {
      await tx.update(users).set({ passwordHash, mustChangePassword: true, tokensValidAfter: now, updatedAt: now }).where(eq(users.id, row.id));
      await this.endSessions(tx, row.id, now);
    });
    await this.audit(caller, "user.reset_password", row.id, row.username, { username: row.username });
    return {};
  }

  /**
   * Accounts whose tokens are refused when issued before a moment: every disabled account (all
   * its tokens: not_before far in the future), and accounts whose sessions were ended lately
   * (password change or reset, role change, a disable since lifted) with the moment it happened.
   * Older cutoffs are left out: every access token from before them has expired.
   */
  async listRevokedSubjects() {
    const horizon = new Date(Date.now() - (this.config.jwt.accessTtlSeconds + 60) * 1000);
    const rows = await this.db
      .select({ id: users.id, disabled: users.disabled, after: users.tokensValidAfter })
      .from(users)
      .where(and(isNotNull(users.tokensValidAfter), or(eq(users.disabled, true), gt(users.tokensValidAfter, horizon))));
    const forever = String(Math.floor(Date.now() / 1000) + 10 * 365 * 86400);
    // Revoked LMS clients too: their tokens' subject is the client's id.
    const clients = await this.db.select({ id: lmsClients.id }).from(lmsClients).where(isNotNull(lmsClients.revokedAt));
    return {
      subjects: [
        ...rows.map((r) => ({ user_id: r.id, not_before: r.disabled ? forever : String(cutoffSeconds(r.after!)) })),
        ...clients.map((c) => ({ user_id: c.id, not_before: forever })),
      ],
    };
  }

  /** Recorded admin actions on accounts, newest first (admin only). */
  async listAuditEvents(caller: Claims, input: { pageSize: number; pageToken: string } & Partial<AuditFilter>) {
    requireAdmin(caller);
    return auditTrailPage(this.db, auditEvents, input);
  }

  async audit(caller: Claims, action: string, entityId: string, entityLabel: string, details: Record<string, unknown>, entity = "user") {
    const [actor] = await this.db.select({ username: users.username }).from(users).where(eq(users.id, caller.sub)).limit(1);
    await this.db.insert(auditEvents).values({ actorId: caller.sub, actorUsername: actor?.username ?? caller.name, action, entity, entityId, entityLabel, details });
  }
}

function requireStaff(caller: Claims) {
  if (caller.role !== "FACULTY" && caller.role !== "ADMIN") throw fail.forbidden("Only faculty and admins may look up other users.");
}

function requireAdmin(caller: Claims) {
  if (caller.role !== "ADMIN") throw fail.forbidden("Only admins may manage accounts.");
}

function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
