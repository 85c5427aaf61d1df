import { Elysia } from "elysia";
import { fail } from "../shared/errors";

/** The path of the first string holding a NUL character (PostgreSQL text cannot store one), if any. */
export function nulField(value: unknown, path = ""): string | undefined {
  if (typeof value === "string") return value.includes("\u0000") ? path || "body" : undefined;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) {
      const found = nulField(item, `${path}[${i}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      const found = nulField(item, path ? `${path}.${key}` : key);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Refuses a JSON body that is not an object, and text with NUL characters in the body, query or
 * path, with 400 naming the field: PostgreSQL cannot store NUL, and it reached the services as a 500.
 */
export function inputGuard() {
  return new Elysia({ name: "gateway-input-guard" })
    // Every JSON body of the API is an object. (A schema of optional fields alone, e.g. PATCH
    // /sections/{id}, turned 42, null or [] into "no change".) Before validation, which coerces.
    .onTransform({ as: "global" }, ({ body, request }) => {
      if (request.method === "GET" || !/^application\/json\b/i.test(request.headers.get("content-type") ?? "")) return;
      if (body === null || typeof body !== "object" || Array.isArray(body)) throw fail.invalid("body", "The body must be a JSON object.");
    })
    .onBeforeHandle({ as: "global" }, ({ body, query, params }) => {
      const field = nulField(params) ?? nulField(query) ?? nulField(body);
      if (field) throw fail.invalid(field, `${field} must not contain NUL (\\u0000) characters.`);
    });
}
