import addressparser from "nodemailer/lib/addressparser";

/** Longest address SMTP carries (RFC 5321 path limit less the angle brackets). */
export const EMAIL_MAX_LENGTH = 254;

// The definition of a valid address that browsers apply to <input type="email"> (HTML standard,
// "valid email address"), so the form, the API and the service agree on one rule.
const VALID_EMAIL = /^[a-zA-Z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)*$/;

/** Whether `address` (already trimmed) is one email address a person can type. */
export function isEmailAddress(address: string): boolean {
  return address.length <= EMAIL_MAX_LENGTH && VALID_EMAIL.test(address);
}

/** The address of a From setting such as `EduStream <noreply@uni.example>` (read by nodemailer's own parser), or undefined. */
export function mailboxAddress(raw: string): string | undefined {
  const parsed = addressparser(raw, { flatten: true });
  const address = parsed.length === 1 ? parsed[0]?.address : undefined;
  return address && isEmailAddress(address) ? address : undefined;
}
