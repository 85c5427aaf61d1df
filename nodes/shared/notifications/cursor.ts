import { fail } from "../errors";
import { fieldMessage } from "../field-labels";
import { isUuid } from "../ids";

/**
 * A page token of the notification lists: the newest-first position (time and id) after which
 * the next page starts. The gateway merges the lists of two databases with the same token.
 */
export function encodeCursor(row: { created_at: string; id: string }): string {
  return Buffer.from(`n:${row.created_at}|${row.id}`).toString("base64url");
}

export function decodeCursor(token: string): { at: string; id: string } | undefined {
  if (!token) return undefined;
  const match = /^n:(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z)\|([0-9a-f-]{36})$/.exec(Buffer.from(token, "base64url").toString("utf8"));
  if (!match || !isUuid(match[2]!)) throw fail.invalid("page_token", fieldMessage("page_token", "is not valid: use the next page token of a previous response."));
  return { at: match[1]!, id: match[2]! };
}
