import { Elysia } from "elysia";
import { fail } from "../shared/errors";
import { fieldMessage } from "../shared/field-labels";
import { depthExceeds, MAX_JSON_DEPTH } from "../shared/json-body";

const FORM_BODY = /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i;

/** The OneRoster token endpoint (form bodies by the OAuth standard). */
export const TOKEN_PATH = "/ims/oneroster/v1p2/oauth/token";
const isTokenEndpoint = (request: Request) => new URL(request.url).pathname === TOKEN_PATH;

/** The path of the first string holding a NUL character (PostgreSQL text cannot store one), if any. */
export function nulField(value: unknown, path = ""): string | undefined {
  if (typeof value === "string") return value.includes("\u0000") ? path || "body" : undefined;
  if (value === null || typeof value !== "object") return undefined;
  // A child's path is built only when the search goes into it, so a clean request allocates nothing.
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = mayHoldNul(value[i]) ? nulField(value[i], `${path}[${i}]`) : undefined;
      if (found) return found;
    }
    return undefined;
  }
  for (const key in value) {
    const item = (value as Record<string, unknown>)[key];
    const found = Object.hasOwn(value, key) && mayHoldNul(item) ? nulField(item, path ? `${path}.${key}` : key) : undefined;
    if (found) return found;
  }
  return undefined;
}

/** A string with NUL, or a container that may hold one. */
function mayHoldNul(value: unknown): boolean {
  return typeof value === "string" ? value.includes("\u0000") : value !== null && typeof value === "object";
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
      // Form bodies are refused: every route takes JSON (the grade import also text/csv), and an
      // HTML form of another site can send a form body without asking first.
      // The one exception: the OAuth 2.0 token endpoint of OneRoster, whose requests are forms by
      // the standard (RFC 6749) and which reads no cookie, so no other site can ride on a session.
      if (FORM_BODY.test(request.headers.get("content-type") ?? "") && !isTokenEndpoint(request)) {
        throw Object.assign(new Error("The body must be JSON (Content-Type: application/json): form bodies are not accepted."), { status: 415 });
      }
      // A body nested deeper than any of the API's is refused before anything walks it (a username
      // nested 5,000 levels deep overflowed the stack of the validation error's mapping).
      if (depthExceeds(body, MAX_JSON_DEPTH)) throw fail.invalid("body", `The request body is nested too deeply (at most ${MAX_JSON_DEPTH} levels of arrays and objects).`);
      if (body !== null && typeof body === "object" && !Array.isArray(body)) return;
      if (request.method === "GET" || !/^application\/json\b/i.test(request.headers.get("content-type") ?? "")) return;
      throw fail.invalid("body", "The body must be a JSON object.");
    })
    .onBeforeHandle({ as: "global" }, ({ body, query, params }) => {
      const field = nulField(params) ?? nulField(query) ?? nulField(body);
      if (field) throw fail.invalid(field, fieldMessage(field, "must not contain NUL (\\u0000) characters."));
    });
}
