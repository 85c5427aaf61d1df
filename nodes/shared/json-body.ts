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
 * True when a parsed value nests arrays/objects deeper than `max`. The recursion stops at
 * `max` levels, so it is safe on any value.
 */
export function depthExceeds(value: unknown, max = MAX_JSON_DEPTH): boolean {
  if (value === null || typeof value !== "object") return false;
  if (max === 0) return true;
  if (Array.isArray(value)) return value.some((item) => depthExceeds(item, max - 1));
  for (const key in value) if (Object.hasOwn(value, key) && depthExceeds((value as Record<string, unknown>)[key], max - 1)) return true;
  return false;
}
