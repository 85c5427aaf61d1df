// The rules of credentials: how passwords are hashed, and which usernames, passwords and names
// an account may have; shared by the auth service and the first-admin setup.
import { randomBytes } from "node:crypto";
import { EMAIL_MAX_LENGTH, isEmailAddress } from "../shared/email-address";

/** argon2id at the OWASP minimum (19 MiB, 2 passes): ~21 ms a hash on the reference machine. */
const HASH_OPTIONS = { algorithm: "argon2id", memoryCost: 19456, timeCost: 2 } as const;

/** Hashes a password for storage. */
export function hashPassword(password: string): Promise<string> {
  return Bun.password.hash(password, HASH_OPTIONS);
}

/** Checked against when the username is unknown, so both answers take the same time. */
export const DUMMY_HASH = hashPassword(randomBytes(16).toString("hex"));

const COMMON_PASSWORDS = new Set(["password", "password1", "password123", "1234567890", "12345678910", "qwertyuiop", "iloveyou12", "letmein123", "welcome123", "edustream1", "administrator"]);

/** Username rules: 3-32 of a-z 0-9 . _ -, starting with a letter or digit. */
export function usernameProblem(username: string): string | undefined {
  if (username.length < 3 || username.length > 32) return "Username must be 3 to 32 characters long.";
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(username)) return "Username may contain only letters, digits, dot, dash and underscore, and must start with a letter or digit.";
  return undefined;
}

/** Password rules: 10-128 characters, not a well-known password, not the username. */
export function passwordProblem(password: string, username = ""): string | undefined {
  if (password.length < 10) return "Password must be at least 10 characters long.";
  if (password.length > 128) return "Password must be at most 128 characters long.";
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower) || /^(.)\1+$/.test(password)) return "That password is too easy to guess. Choose a less common one.";
  if (username && lower.includes(username.toLowerCase())) return "Password must not contain the username.";
  return undefined;
}

/** Display-name rules: 1-100 characters, no control characters. */
export function nameProblem(name: string): string | undefined {
  if (name.length === 0) return "Name is required.";
  if (name.length > 100) return "Name must be at most 100 characters.";
  if (/[\u0000-\u001f\u007f]/.test(name)) return "Name must not contain control characters.";
  return undefined;
}

/** Email rules: empty (no email), or one address of at most 254 characters as browsers check it. */
export function emailProblem(email: string): string | undefined {
  if (email === "") return undefined;
  if (email.length > EMAIL_MAX_LENGTH) return `Email address must be at most ${EMAIL_MAX_LENGTH} characters.`;
  if (!isEmailAddress(email)) return "Email address must be one address such as name@university.edu.";
  return undefined;
}
