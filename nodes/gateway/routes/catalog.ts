import { Elysia, t } from "elysia";
import { gatewayContext, type GatewayDeps } from "../context";
import { fieldMessage } from "../../shared/field-labels";

const Id = (field: string) => t.String({ minLength: 1, maxLength: 64, error: fieldMessage(field, "must be an id.") });
const PageToken = t.Optional(t.String({ maxLength: 200, error: fieldMessage("page_token", "must be the next page token of a previous response.") }));
const CLOCK = "^([01]\\d|2[0-3]):[0-5]\\d$|^24:00$";
const Credits = (field: string) => t.Optional(t.Integer({ minimum: 0, maximum: 12, error: fieldMessage(field, "must be a whole number from 0 to 12.") }));

/** The request's path and query: what a cached answer is kept under. */
const cacheKey = (request: Request) => request.url.slice(request.url.indexOf("/", request.url.indexOf("//") + 2));

/** Whether the request asks not to be answered from a cache (Cache-Control: no-cache, or Pragma: no-cache). */
const wantsFresh = (request: Request) => /\bno-cache\b/i.test(`${request.headers.get("cache-control") ?? ""} ${request.headers.get("pragma") ?? ""}`);

/** Whether the client takes a gzipped body (Accept-Encoding names gzip without q=0). */
const acceptsGzip = (request: Request) => /\bgzip\b(?!\s*;\s*q=0(\.0+)?\b)/i.test(request.headers.get("accept-encoding") ?? "");

/** Whether an If-None-Match header names this entity tag (weak or strong, or "*"). */
function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false;
  return header.split(",").some((tag) => {
    const value = tag.trim();
    return value === "*" || value.replace(/^W\//, "") === etag;
  });
}

/**
 * The catalog, open to everyone: terms, departments, course search, one course, one section.
 * Answers come from the gateway's catalog cache (see catalog-cache.ts) with an entity tag: a
 * request naming it gets 304 Not Modified. Anonymous answers may be stored by shared caches but
 * revalidated on every use (seat counts move); answers to signed-in requests are private.
 */
export function catalogRoutes(deps: GatewayDeps) {
  const { course } = deps.clients;
  const cache = deps.catalogCache;
  return new Elysia({ prefix: "/api/v1", tags: ["catalog"] } as { prefix: "/api/v1" })
    .use(gatewayContext(deps))
    .mapResponse(({ responseValue, request, set }) => {
      const sent = cache.serializedOf(responseValue);
      if (!sent) return;
      const { "content-type": _, ...others } = set.headers as Record<string, string>;
      const headers: Record<string, string> = {
        ...others,
        etag: sent.etag,
        // The catalog version the answer was read at: a client holding other answers read at the
        // same version knows they are still the catalog's (the view's catalog reads).
        "catalog-version": sent.version,
        "cache-control": request.headers.has("authorization") ? "private, no-cache" : "public, no-cache",
        vary: "Accept-Encoding",
      };
      // A 304 names no content type (RFC 9110, 15.4.5): it has no content, and clients such as
      // Eden read a body of any response that says JSON.
      if (matchesEtag(request.headers.get("if-none-match"), sent.etag)) return new Response(null, { status: 304, headers });
      const json = { ...headers, "content-type": "application/json; charset=utf-8" };
      if (!acceptsGzip(request)) return new Response(sent.body, { status: 200, headers: json });
      return new Response(sent.gzip, { status: 200, headers: { ...json, "content-encoding": "gzip" } });
    })
    .get("/terms", ({ request, requestId }) => cache.read(cacheKey(request), () => course.ListTerms({}, { requestId }), wantsFresh(request)), {
      detail: { summary: "Terms, newest first, with registration window and add/drop deadline", tags: ["catalog"] },
    })
    .get("/departments", ({ request, requestId }) => cache.read(cacheKey(request), () => course.ListDepartments({}, { requestId }), wantsFresh(request)), {
      detail: { summary: "Departments that have courses", tags: ["catalog"] },
    })
    .get(
      "/courses",
      ({ query, request, requestId }) =>
        cache.read(cacheKey(request), () => course.SearchCourses(
          {
            query: query.q ?? "",
            term_id: query.term ?? "",
            department: query.department ?? "",
            open_only: query.open_only ?? false,
            page_size: query.page_size ?? 0,
            page_token: query.page_token ?? "",
            include_unoffered: query.all ?? false,
            order_by: query.order_by ?? "",
            days: query.days ? query.days.toUpperCase().split(",") : [],
            starts_after: query.starts_after ?? "",
            ends_before: query.ends_before ?? "",
            instructor: query.instructor ?? "",
            min_credits: query.min_credits,
            max_credits: query.max_credits,
          },
          { requestId },
        ), wantsFresh(request)),
      {
        query: t.Object(
          {
            q: t.Optional(t.String({ maxLength: 200, error: fieldMessage("q", "must be at most 200 characters.") })),
            term: t.Optional(t.String({ minLength: 1, maxLength: 64, error: fieldMessage("term", "must be a term id or code, e.g. 2026FA.") })),
            department: t.Optional(t.String({ maxLength: 10, error: fieldMessage("department", "must be a department code, e.g. CS.") })),
            open_only: t.Optional(t.BooleanString({ error: fieldMessage("open_only", "must be true or false.") })),
            // Bounded here too: past 2^31 the number would wrap in the int32 of the gRPC message
            // (4294967297 became 1, 1e308 became 0 = the default). 0 means the default.
            page_size: t.Optional(t.Integer({ minimum: 0, maximum: 100, error: fieldMessage("page_size", "must be a whole number from 1 to 100.") })),
            page_token: PageToken,
            all: t.Optional(t.BooleanString({ error: fieldMessage("all", "must be true or false.") })),
            order_by: t.Optional(t.String({ pattern: "^(code|title|department|credits)( (asc|desc))?$", error: fieldMessage("order_by", "must be code, title, department or credits, optionally followed by \" desc\".") })),
            days: t.Optional(t.String({ pattern: "^[A-Za-z]{3}(,[A-Za-z]{3}){0,6}$", error: fieldMessage("days", "must be days separated by commas, e.g. MON,WED.") })),
            starts_after: t.Optional(t.String({ pattern: CLOCK, error: fieldMessage("starts_after", "must be a 24-hour time like 09:00.") })),
            ends_before: t.Optional(t.String({ pattern: CLOCK, error: fieldMessage("ends_before", "must be a 24-hour time like 17:00.") })),
            instructor: t.Optional(t.String({ maxLength: 100, error: fieldMessage("instructor", "must be at most 100 characters.") })),
            min_credits: Credits("min_credits"),
            max_credits: Credits("max_credits"),
          },
          { additionalProperties: false },
        ),
        detail: {
          summary: "Search the catalog",
          description: "Courses offered in the term (default: the term open for registration) matching the text, department and open seats, each with its sections (seats, waitlist, meetings, instructor). Paged by page_size/page_token. With all=true every course of the catalog matches (retired ones too, offered or not: the administrators' list); order_by sorts by code (default), title, department or credits, with an optional \" desc\"; with q and no order_by, by relevance (the exact code first, however typed: cs101, CS-101, cs 101; then title words, beginnings of words included; then the description). Filters: days (sections meeting only on these days, e.g. MON,WED), starts_after and ends_before (sections meeting only within these times, HH:MM), instructor (part of the instructor's name), min_credits and max_credits; only the sections that match are listed with each course. Answers carry an ETag (If-None-Match gets 304) and Cache-Control: seat counts are at most 1 s old, catalog edits show at once.",
          tags: ["catalog"],
        },
      },
    )
    .get("/courses/:id", ({ params, query, request, requestId }) => cache.read(cacheKey(request), () => course.GetCourse({ id: params.id, term_id: query.term ?? "" }, { requestId }), wantsFresh(request)), {
      params: t.Object({ id: Id("id") }),
      query: t.Object({ term: t.Optional(t.String({ minLength: 1, maxLength: 64, error: fieldMessage("term", "must be a term id or code, e.g. 2026FA.") })) }, { additionalProperties: false }),
      detail: { summary: "One course with its prerequisites and its sections in the term", tags: ["catalog"] },
    })
    .get("/sections/:id", ({ params, request, requestId }) => cache.read(cacheKey(request), () => course.GetSection({ id: params.id }, { requestId }), wantsFresh(request)), {
      params: t.Object({ id: Id("id") }),
      detail: { summary: "One section: meeting times, instructor, seats and waitlist length", tags: ["catalog"] },
    });
}
