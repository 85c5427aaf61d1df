// Production installs start with one account: the first admin, whose password comes from
// EDUSTREAM_ADMIN_PASSWORD or is generated here and printed once. Either way it must be changed
// at the first sign-in (the auth node issues only a password-change token until then).
import postgres from "postgres";
import { randomBytes } from "node:crypto";
import { databaseUrlFor, type Config } from "../../nodes/shared/config";
import { hashPassword } from "../../nodes/auth/credentials";

export const FIRST_ADMIN_USERNAME = "admin";

/** A one-time password: 18 random bytes, base64url (24 characters). */
export function oneTimePassword(): string {
  return randomBytes(18).toString("base64url");
}

/**
 * Creates the first admin when the auth database holds no account at all. Returns the generated
 * password when one was made (the caller prints it once), "" when the environment gave it, and
 * undefined when accounts already existed (nothing done).
 */
export async function createFirstAdmin(config: Config): Promise<string | undefined> {
  const password = config.adminPassword ?? oneTimePassword();
  const passwordHash = await hashPassword(password);
  const sql = postgres(databaseUrlFor(config, "auth"), { max: 1, onnotice: () => {} });
  try {
    // One statement: two setups at once create one admin (the username is unique), and an
    // install that has accounts is never touched.
    const created = await sql`
      insert into users (username, name, role, password_hash, must_change_password)
      select ${FIRST_ADMIN_USERNAME}, 'Administrator', 'ADMIN', ${passwordHash}, true
      where not exists (select 1 from users)
      on conflict (username) do nothing
      returning id`;
    if (created.length === 0) return undefined;
    return config.adminPassword ? "" : password;
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** The message that shows a generated first-admin password, once. */
export function firstAdminNotice(password: string): string {
  const line = "=".repeat(72);
  return [
    line,
    `First admin created. Sign in as "${FIRST_ADMIN_USERNAME}" with this one-time password:`,
    "",
    `    ${password}`,
    "",
    "It is shown only this once and must be changed at the first sign-in.",
    line,
  ].join("\n");
}
