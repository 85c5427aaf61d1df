import { Elysia, t } from "elysia";
import { gatewayContext, type GatewayDeps } from "../context";
import { fieldMessage } from "../../shared/field-labels";
import { scheduleCalendar, type ScheduleCalendar } from "../calendar-ics";
import type { CalendarTerm } from "../../generated/proto/edustream/enrollment/v1/CalendarTerm";

/** How often a subscribing calendar app is asked to fetch again (it may choose longer). */
const FEED_REFRESH_SECONDS = 6 * 3600;
/** Where a calendar app fetches a subscription through the gateway. */
export const feedPath = (token: string) => `/api/v1/calendar-feeds/${token}.ics`;

/** Whether an If-None-Match header names this entity tag. */
const matches = (header: string | null, etag: string) => !!header && header.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag || tag.trim() === "*");

/** An iCalendar answer: 304 when the client already has it, else the text with its tag. */
function icsResponse(request: Request, calendar: ScheduleCalendar, headers: Record<string, string>): Response {
  const common = { ...headers, etag: calendar.etag, "cache-control": "private, no-cache" };
  if (matches(request.headers.get("if-none-match"), calendar.etag)) return new Response(null, { status: 304, headers: common });
  return new Response(calendar.body, { headers: { ...common, "content-type": "text/calendar; charset=utf-8" } });
}

/** The file name of a download: the term's code when there is one. */
const fileName = (terms: CalendarTerm[]) => `schedule${terms.length === 1 ? `-${terms[0]!.code.replace(/[^A-Za-z0-9]/g, "")}` : ""}.ics`;

const ICS_RESPONSE = { 200: { description: "iCalendar (text/calendar)", content: { "text/calendar": { schema: { type: "string" as const } } } }, 304: { description: "Not modified (If-None-Match named the current ETag)" } };

/** A student's schedule as iCalendar, and the calendar subscription (secret address) they control. */
export function calendarRoutes(deps: GatewayDeps) {
  const { enrollment } = deps.clients;
  const calendarOf = (terms: CalendarTerm[], refreshSeconds?: number) => scheduleCalendar(terms, { timeZone: deps.config.timeZone, name: "EduStream classes", refreshSeconds });
  return new Elysia({ prefix: "/api/v1", tags: ["calendar"] } as { prefix: "/api/v1" })
    .use(gatewayContext(deps))
    .get(
      "/me/schedule.ics",
      async ({ query, caller, request }) => {
        const { terms } = await enrollment.GetCalendar({ term_id: query.term ?? "" }, caller);
        return icsResponse(request, calendarOf(terms), { "content-disposition": `attachment; filename="${fileName(terms)}"` });
      },
      {
        auth: true,
        query: t.Object({ term: t.Optional(t.String({ minLength: 1, maxLength: 64, error: fieldMessage("term", "must be a term id or code, e.g. 2026FA.") })) }, { additionalProperties: false }),
        detail: {
          summary: "My schedule as an iCalendar file (.ics)",
          description:
            "Students only. The enrolled sections of the term (default: the current term) as text/calendar: one weekly event per meeting, from the first day of the term that falls on the meeting's weekday, repeating until the term's last day, in the university's time zone (EDUSTREAM_TIMEZONE, with its VTIMEZONE), with the room, instructor, course code and title. ETag and If-None-Match (304).",
          tags: ["calendar"],
          security: [{ bearer: [] }],
          responses: ICS_RESPONSE,
        },
      },
    )
    .get("/me/calendar-feed", ({ caller }) => enrollment.GetCalendarFeed({}, caller), {
      auth: true,
      detail: {
        summary: "Whether I have a calendar subscription",
        description: "Students only. {active, created_at, last_used_at}: the secret itself is shown only when made.",
        tags: ["calendar"],
        security: [{ bearer: [] }],
      },
    })
    .post(
      "/me/calendar-feed",
      async ({ caller, set }) => {
        const feed = await enrollment.CreateCalendarFeed({}, caller);
        set.status = 201;
        set.headers["cache-control"] = "no-store";
        return { ...feed, path: feedPath(feed.token) };
      },
      {
        auth: true,
        detail: {
          summary: "Make a new calendar subscription address (replaces the previous one)",
          description:
            "Students only. 201 with {token, created_at, path}: `path` (here, or /calendar/<token>.ics on the portal) gives the schedule of every term not ended more than 90 days ago to whoever has it, without signing in, so calendar apps can subscribe. The secret is 32 random bytes, stored only as its SHA-256 and shown only now; the previous address stops working at once.",
          tags: ["calendar"],
          security: [{ bearer: [] }],
        },
      },
    )
    .delete("/me/calendar-feed", ({ caller }) => enrollment.RevokeCalendarFeed({}, caller), {
      auth: true,
      detail: { summary: "Revoke my calendar subscription", description: "Students only. {revoked}: its address answers 404 from now on.", tags: ["calendar"], security: [{ bearer: [] }] },
    })
    .get(
      "/calendar-feeds/:file",
      async ({ params, request, requestId }) => {
        const token = params.file.replace(/\.ics$/, "");
        const { terms } = await enrollment.GetCalendarByFeed({ token }, { requestId });
        return icsResponse(request, calendarOf(terms, FEED_REFRESH_SECONDS), {});
      },
      {
        params: t.Object({ file: t.String({ minLength: 1, maxLength: 100, error: fieldMessage("file", "must be a calendar subscription address.") }) }),
        detail: {
          summary: "A calendar subscription (for calendar apps; no sign-in)",
          description:
            "The secret address made by POST /me/calendar-feed: the student's enrolled sections of every term not ended more than 90 days ago, as text/calendar (see GET /me/schedule.ics). 404 for an unknown or revoked address; 429 past 60 fetches an hour. ETag and If-None-Match (304).",
          tags: ["calendar"],
          responses: ICS_RESPONSE,
        },
      },
    );
}
