import { fail } from "./errors";

/** Deepest nesting of arrays and objects a JSON body may have (the API's own bodies need 4). */
export const MAX_JSON_DEPTH = 32;

/**
 * True when the JSON text nests arrays/objects deeper than `max`. One pass over the characters
 * without recursion or allocation (strings are skipped, escapes included), so a body nested
 * 100,000 levels deep costs a scan, not a stack overflow in whatever walks the parsed value.
 */
export function jsonDepthExceeds(text: string, max = MAX_JSON_DEPTH): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++;
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/**
 * Parses a JSON request body with a nesting limit: 400 naming the body when it is too deep or
 * not JSON; undefined for an empty body (the route's schema then says what is missing).
 */
export function parseJsonBody(text: string): unknown {
  if (text.trim() === "") return undefined;
  if (jsonDepthExceeds(text)) throw fail.invalid("body", `The request body is nested too deeply (at most ${MAX_JSON_DEPTH} levels of arrays and objects).`);
  try {
    return JSON.parse(text);
  } catch {
    throw fail.invalid("body", "The request body could not be read: send valid JSON with Content-Type: application/json.");
  }
}
