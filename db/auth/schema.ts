import { sql } from "drizzle-orm";
import { boolean, check, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { auditEventsTable } from "../audit-events";

/** Accounts. Usernames are stored lower-case; passwords only as argon2id hashes. */
export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    username: text("username").notNull().unique(),
    name: text("name").notNull(),
    /** Where notifications are mailed ("" when none); not unique: see docs/notifications.md. */
    email: text("email").notNull().default(""),
    role: text("role").notNull(),
    passwordHash: text("password_hash").notNull(),
    disabled: boolean("disabled").notNull().default(false),
    mustChangePassword: boolean("must_change_password").notNull().default(false),
    /** Access tokens issued before this moment are refused (set when the account is disabled). */
    tokensValidAfter: timestamp("tokens_valid_after", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check("users_role_check", sql`${t.role} in ('STUDENT', 'FACULTY', 'ADMIN')`), check("users_email_length_check", sql`length(${t.email}) <= 254`), index("users_role_idx").on(t.role)],
);

/** Refresh tokens, stored as SHA-256 hashes. Each use rotates the token within its family. */
export const refreshTokens = pgTable(
  "refresh_tokens",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    userId: uuid("user_id").notNull().references(() => users.id, { onDelete: "cascade" }),
    tokenHash: text("token_hash").notNull().unique(),
    /** All tokens rotated from one sign-in share a family; reuse of a rotated token revokes the family. */
    familyId: uuid("family_id").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    replacedBy: uuid("replaced_by"),
  },
  (t) => [index("refresh_tokens_user_idx").on(t.userId), index("refresh_tokens_family_idx").on(t.familyId)],
);

/** Failed sign-in counters per account and per client address, for throttling. */
export const loginThrottle = pgTable("login_throttle", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull().defaultNow(),
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
});

/** Admin actions on accounts: who, when, what changed. */
export const auditEvents = auditEventsTable();

/**
 * LMS clients an admin registered for OneRoster (OAuth 2.0 client credentials). The secret is
 * kept only as a SHA-256 hash (it is 32 random bytes, so a slow hash adds nothing); a revoked
 * client gets no new token and its tokens are refused through the revocation list.
 */
export const lmsClients = pgTable("lms_clients", {
  id: uuid("id").primaryKey().defaultRandom(),
  /** The client_id the LMS sends to the token endpoint (random, public). */
  clientId: text("client_id").notNull().unique(),
  name: text("name").notNull(),
  secretHash: text("secret_hash").notNull(),
  /** The OneRoster scopes this client may ask for, space-separated as in OAuth. */
  scopes: text("scopes").notNull(),
  createdBy: uuid("created_by").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  revokedAt: timestamp("revoked_at", { withTimezone: true }),
  lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
});
