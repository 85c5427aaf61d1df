// Live seat counts on the catalog's search results and a section's page. A hidden poller asks
// every ~10 s (app.js: jittered, paused while the tab is hidden) for the seats of what the page
// shows, naming what it has (HX-PTag, htmx's ptag extension). The view passes that on to the
// gateway as If-None-Match: while the gateway's cached answer keeps its ETag, the poll costs one
// 304 without a body and nothing is swapped. A changed answer sends each seat count as an
// out-of-band morph: only the numbers change in the page, and a live region (a section's page)
// announces only text that changed.
import { Elysia } from "elysia";
import { SeatCount } from "../../components/registration/section-item";
import type { Section } from "../../components/registration/model";
import { GatewayError } from "../../gateway";
import { sessionPlugin, type ViewDeps } from "../../session";
import { IdParams } from "./params";
import { readQuery, searchQuery } from "./search";

/** Seconds between two polls of an open page (before app.js's ±20 % jitter). */
export const LIVE_SEATS_SECONDS = 10;
/** The gateway's entity tags: a quoted token (anything else is not passed on). */
const ETAG = /^"[A-Za-z0-9+/=_-]{1,100}"$/;

/** The hidden element that polls `url` for the page's seat counts. */
export function LiveSeats(props: { url: string }) {
  return <div hidden data-live-seats={String(LIVE_SEATS_SECONDS)} hx-get={props.url} hx-trigger="poll-seats" hx-swap="none" />;
}

/** A gateway answer as a poll needs it: unchanged (304), or the sections and their new tag. */
type Polled = { unchanged: true } | { unchanged: false; sections: Section[]; etag: string };

/** Reads what the gateway answered to a conditional request (a Treaty answer). */
async function polled<R extends { status: number; data: unknown; error: unknown; response: Response }>(call: Promise<R>, sectionsOf: (data: NonNullable<R["data"]>) => Section[]): Promise<Polled> {
  const answer = await call;
  if (answer.status === 304) return { unchanged: true };
  if (answer.error !== null || !answer.data) throw new GatewayError(answer.status, "UNAVAILABLE", "The seats could not be read.");
  return { unchanged: false, sections: sectionsOf(answer.data as NonNullable<R["data"]>), etag: answer.response.headers.get("etag") ?? "" };
}

/** The answer to a poll: 304, or the seat counts as out-of-band morphs with their new tag. */
function seatsAnswer(result: Polled, set: { headers: Record<string, unknown> }, live: boolean) {
  set.headers["cache-control"] = "no-store";
  if (result.unchanged) return new Response(null, { status: 304, headers: { "cache-control": "no-store" } });
  if (ETAG.test(result.etag)) set.headers["hx-ptag"] = result.etag;
  return (
    <>
      {result.sections.map((section) => (
        <SeatCount section={section} live={live} oob />
      ))}
    </>
  );
}

/** The tag the poller sent, when it is one of the gateway's. */
const ifNoneMatch = (request: Request): Record<string, string> => {
  const tag = request.headers.get("hx-ptag") ?? "";
  return ETAG.test(tag) ? { "if-none-match": tag } : {};
};

/** GET /sections/:id/seats and /catalog/seats?<the search's query>: what the pollers ask. */
export function liveSeatPages(deps: ViewDeps) {
  return new Elysia()
    .use(sessionPlugin(deps))
    .get(
      "/sections/:id/seats",
      async ({ session, params, request, set }) => {
        const result = await polled(session.gateway.sections({ id: params.id }).get({ headers: ifNoneMatch(request) }), (data) => [data.section as Section]);
        return seatsAnswer(result, set, true);
      },
      { params: IdParams },
    )
    .get("/catalog/seats", async ({ session, query, request, set }) => {
      const catalogQuery = readQuery({ ...query, days: new URL(request.url).searchParams.getAll("days") });
      const result = await polled(session.gateway.courses.get({ query: searchQuery(catalogQuery), headers: ifNoneMatch(request) }), (data) => data.courses.flatMap((course) => course.sections as Section[]));
      return seatsAnswer(result, set, false);
    });
}
