import { fail } from "./errors";

/** The longest text any request field may hold unless listed below. */
export const DEFAULT_MAX_TEXT = 1024;

/**
 * Longest text per field name (the proto packages use each name with one meaning). Checked by
 * every service on every call, before its rules run: a 1 MiB username once went into the
 * throttle table's key and the logs.
 */
export const FIELD_MAX_TEXT: Readonly<Record<string, number>> = {
  username: 64,
  usernames: 64,
  client_address: 64,
  refresh_token: 256,
  idempotency_key: 200,
  name: 200,
  title: 200,
  code: 40,
  room: 40,
  grade: 10,
  query: 200,
  order_by: 40,
  page_token: 64,
  email: 254,
  ids: 64,
  user_ids: 64,
  reason: 500,
  description: 4000,
  csv: 1_000_000,
  claims_json: 16_384,
};

/** Most items of a repeated field. */
export const MAX_LIST_ITEMS = 5000;

/**
 * The first field of a request (decoded message) whose text is longer than its limit, or a list
 * longer than MAX_LIST_ITEMS, as a 400 naming it; nested messages are checked too.
 */
export function checkRequestLimits(request: unknown, path = "", depth = 0): void {
  if (request === null || typeof request !== "object" || depth > 8) return;
  for (const [key, value] of Object.entries(request as Record<string, unknown>)) {
    const field = path ? `${path}.${key}` : key;
    if (typeof value === "string") checkText(field, key, value);
    else if (Array.isArray(value)) {
      if (value.length > MAX_LIST_ITEMS) throw fail.invalid(field, `${field} may hold at most ${MAX_LIST_ITEMS} items.`);
      for (const item of value) {
        if (typeof item === "string") checkText(field, key, item);
        else checkRequestLimits(item, field, depth + 1);
      }
    } else if (typeof value === "object") checkRequestLimits(value, field, depth + 1);
  }
}

function checkText(field: string, key: string, value: string) {
  const max = FIELD_MAX_TEXT[key] ?? DEFAULT_MAX_TEXT;
  if (value.length > max) throw fail.invalid(field, `${field} must be at most ${max} characters.`);
}
