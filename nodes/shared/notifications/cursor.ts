import { fail } from "../errors";
import { fieldMessage } from "../field-labels";
import { isUuid } from "../ids";

/**
 * A page token of the notification lists: the newest-first position (time in milliseconds, then
 * id) after which the next page starts, as `<ms in base 36>.<id>` (within the 64 characters a
 * gRPC text field may have). The gateway merges the lists of two databases with the same token.
 */
export function encodeCursor(row: { created_at: string; id: string }): string {
  return `${Date.parse(row.created_at).toString(36)}.${row.id}`;
}

/** Reads a page token; one that encodeCursor did not make is refused naming the field. */
export function decodeCursor(token: string): { at: string; id: string } | undefined {
  if (!token) return undefined;
  const match = /^([0-9a-z]{1,10})\.([0-9a-f-]{36})$/.exec(token);
  const ms = match ? parseInt(match[1]!, 36) : NaN;
  if (!match || !isUuid(match[2]!) || !Number.isSafeInteger(ms) || ms > 8.64e15) {
    throw fail.invalid("page_token", fieldMessage("page_token", "is not valid: use the next page token of a previous response."));
  }
  return { at: new Date(ms).toISOString(), id: match[2]! };
}
