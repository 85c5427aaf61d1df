import { fail } from "./errors";
import { fieldMessage } from "./field-labels";

/** Clamps a requested page size: 0 means the default; out-of-range values are refused. */
export function pageSize(requested: number, fallback: number, max: number): number {
  if (!requested) return fallback;
  if (!Number.isInteger(requested) || requested < 1 || requested > max) throw fail.invalid("page_size", fieldMessage("page_size", `must be between 1 and ${max}.`));
  return requested;
}

/** Page tokens are opaque to clients; inside they carry an offset. */
export function encodePageToken(offset: number): string {
  return Buffer.from(`o:${offset}`).toString("base64url");
}

/** Reads a page token; a token that was not made by encodePageToken is refused. */
export function decodePageToken(token: string): number {
  if (!token) return 0;
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(token, "base64url").toString("utf8"));
  if (!match) throw fail.invalid("page_token", fieldMessage("page_token", "is not valid: use the next page token of a previous response."));
  return Number(match[1]);
}
