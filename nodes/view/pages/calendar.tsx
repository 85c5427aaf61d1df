// "Add to your calendar": the schedule as an .ics download, and the student's subscription
// address (made, shown once, made anew, revoked here). The address itself is served by
// calendarFeedRoute, without a session: calendar apps fetch it on their own.
import { Elysia, t } from "elysia";
import { randomUUID } from "node:crypto";
import { Layout, PageHeader } from "../components/layout";
import { CsrfField } from "../components/form";
import { OutcomeMessage } from "../components/registration/section-item";
import { queryString, type Outcome } from "../components/registration/model";
import { ok, type Gateway } from "../gateway";
import { Redirect, requireUser, sessionPlugin, setFlash, type Session, type ViewDeps } from "../session";
import { formatDateTime } from "../../shared/university-time";

const CALENDAR_PAGE = "/schedule/calendar";
/** What the portal serves a subscription at (the gateway's address stays private). */
const FEED = /^[A-Za-z0-9_-]{43}\.ics$/;

interface FeedState {
  active: boolean;
  created_at: string;
  last_used_at: string;
}

/** The address a calendar app subscribes to, on the portal's own origin. */
function feedUrl(request: Request, secure: boolean, token: string): string {
  const url = new URL(request.url);
  return `${secure ? "https:" : url.protocol}//${url.host}/calendar/${token}.ics`;
}

/** The subscription card: its state, the address when just made, and its buttons. */
function FeedCard(props: { session: Session; feed: FeedState; address?: string; outcome?: Outcome }) {
  const { session, feed, address } = props;
  const form = (action: string, label: string, style: string, describedBy?: string) => (
    <form method="post" action={action} hx-post={action} hx-target="#calendar-feed" hx-swap="innerHTML">
      <CsrfField token={session.csrfToken} />
      <button type="submit" class={style} aria-describedby={describedBy}>
        {label}
      </button>
    </form>
  );
  return (
    <>
      <h2 id="feed-heading" class="mb-2 text-lg font-semibold">
        Subscribe from a calendar app
      </h2>
      <p class="mb-3 text-sm text-slate-700">
        A private address that keeps your calendar app in step with your schedule (added and dropped sections show after the app's next refresh, usually within a few hours). Anyone who has the address can see your classes: keep it to yourself, and revoke it if it leaks.
      </p>
      {!!props.outcome && <OutcomeMessage outcome={props.outcome} />}
      {address ? (
        <div class="my-3 rounded border border-green-300 bg-green-50 p-3 text-sm">
          <label for="feed-address" class="mb-1 block font-medium">
            Your subscription address (shown only now: copy it into your calendar app)
          </label>
          <input id="feed-address" type="text" readonly value={address} class="input font-mono text-xs" />
          <p class="mt-2">
            <a href={address.replace(/^https?:/, "webcal:")} class="link">
              Open in my calendar app
            </a>
          </p>
        </div>
      ) : (
        <p id="feed-state" class="mb-3 text-sm" safe>
          {feed.active
            ? `You have a subscription address, made ${formatDateTime(feed.created_at, session.timeZone)}; ${feed.last_used_at ? `last fetched ${formatDateTime(feed.last_used_at, session.timeZone)}` : "not fetched yet"}. For security it is not shown again: make a new one if you need it.`
            : "You have no subscription address."}
        </p>
      )}
      <div class="flex flex-wrap gap-2">
        {form(`${CALENDAR_PAGE}/feed`, feed.active ? "Make a new address" : "Make a subscription address", "btn-primary", feed.active ? "feed-replace-note" : undefined)}
        {feed.active && form(`${CALENDAR_PAGE}/feed/revoke`, "Revoke the address", "btn-danger")}
      </div>
      {feed.active && (
        <p id="feed-replace-note" class="mt-2 text-xs text-slate-600">
          A new address replaces the old one, which stops working at once.
        </p>
      )}
    </>
  );
}

function CalendarPage(props: { session: Session; feed: FeedState; term: string }) {
  return (
    <Layout title="Add to your calendar" session={props.session} path="/schedule">
      <p class="mb-2 text-sm">
        <a href={`/schedule${queryString({ term: props.term })}`} class="link">
          ← Back to my schedule
        </a>
      </p>
      <PageHeader title="Add your classes to a calendar" lead="Every meeting of your enrolled sections, weekly from the first day of term to the last, with room and instructor." />
      <section aria-labelledby="download-heading" class="card mb-6">
        <h2 id="download-heading" class="mb-2 text-lg font-semibold">
          Download once
        </h2>
        <p class="mb-3 text-sm text-slate-700">A file (.ics) that any calendar app imports. It does not follow later changes: download it again after you add or drop a section.</p>
        <a href={`/schedule.ics${queryString({ term: props.term })}`} class="btn-secondary" download="">
          Download my schedule (.ics)
        </a>
      </section>
      <section id="calendar-feed" aria-labelledby="feed-heading" class="card" tabindex="-1">
        <FeedCard session={props.session} feed={props.feed} />
      </section>
    </Layout>
  );
}

const termOf = (value: unknown) => (typeof value === "string" ? value.slice(0, 64) : "");

/** The calendar page, the .ics download and the subscription's buttons (students). */
export function calendarPages(deps: ViewDeps) {
  const loadFeed = (session: Session): Promise<FeedState> => ok(session.gateway.me["calendar-feed"].get());
  return new Elysia()
    .use(sessionPlugin(deps))
    .get(CALENDAR_PAGE, async ({ session, query }) => {
      requireUser(session, CALENDAR_PAGE, "STUDENT");
      return <CalendarPage session={session} feed={await loadFeed(session)} term={termOf(query.term)} />;
    })
    .get("/schedule.ics", async ({ session, query }) => {
      requireUser(session, "/schedule", "STUDENT");
      const term = termOf(query.term);
      const answer = await session.gateway.me["schedule.ics"].get({ query: term ? { term } : {} });
      const body = await ok(Promise.resolve(answer));
      return new Response(String(body), {
        headers: { "content-type": "text/calendar; charset=utf-8", "content-disposition": answer.response.headers.get("content-disposition") ?? 'attachment; filename="schedule.ics"', "cache-control": "private, no-store" },
      });
    })
    .post(
      `${CALENDAR_PAGE}/feed`,
      async ({ session, request, set }) => {
        requireUser(session, CALENDAR_PAGE, "STUDENT");
        const made = await ok(session.gateway.me["calendar-feed"].post());
        const feed = { active: true, created_at: made.created_at, last_used_at: "" };
        const outcome: Outcome = { kind: "success", text: "Your new subscription address is ready. Copy it now: it is not shown again." };
        const address = feedUrl(request, deps.config.secureCookies, made.token);
        // The secret is shown in this answer only (never in a flash cookie or a redirect).
        set.headers["cache-control"] = "no-store";
        if (session.htmx) return <FeedCard session={session} feed={feed} address={address} outcome={outcome} />;
        return (
          <Layout title="Add to your calendar" session={session} path="/schedule">
            <PageHeader title="Your calendar subscription" />
            <section id="calendar-feed" class="card">
              <FeedCard session={session} feed={feed} address={address} outcome={outcome} />
            </section>
            <p class="mt-4">
              <a href={CALENDAR_PAGE} class="link">
                Back to Add to your calendar
              </a>
            </p>
          </Layout>
        );
      },
      { body: t.Record(t.String(), t.Any()) },
    )
    .post(
      `${CALENDAR_PAGE}/feed/revoke`,
      async ({ session, cookie }) => {
        requireUser(session, CALENDAR_PAGE, "STUDENT");
        const { revoked } = await ok(session.gateway.me["calendar-feed"].delete());
        const outcome: Outcome = revoked ? { kind: "success", text: "Your subscription address was revoked: calendar apps can no longer fetch it." } : { kind: "info", text: "You had no subscription address." };
        if (!session.htmx) {
          setFlash(cookie as never, deps.config, outcome.kind, outcome.text);
          throw new Redirect(CALENDAR_PAGE);
        }
        return <FeedCard session={session} feed={await loadFeed(session)} outcome={outcome} />;
      },
      { body: t.Record(t.String(), t.Any()) },
    );
}

/**
 * GET /calendar/<secret>.ics: the subscription for calendar apps (no session, no cookies), from
 * the gateway with the app's If-None-Match; 404 for an unknown or revoked address.
 */
export function calendarFeedRoute(gateway: Gateway) {
  const plain = (status: number, text: string, extra: Record<string, string> = {}) => new Response(`${text}\n`, { status, headers: { "content-type": "text/plain; charset=utf-8", ...extra } });
  return new Elysia().get("/calendar/:file", async ({ params, request }) => {
    if (!FEED.test(params.file)) return plain(404, "There is no calendar at this address.");
    const ifNoneMatch = request.headers.get("if-none-match");
    const answer = await gateway.for({ requestId: randomUUID() })["calendar-feeds"]({ file: params.file }).get({ headers: ifNoneMatch ? { "if-none-match": ifNoneMatch } : {} });
    const headers = { etag: answer.response.headers.get("etag") ?? "", "cache-control": "private, no-cache" };
    if (answer.status === 304) return new Response(null, { status: 304, headers });
    if (answer.status === 404) return plain(404, "There is no calendar at this address: it was revoked or replaced.");
    if (answer.status === 429) return plain(429, "This calendar was fetched too often: try again in an hour.", { "retry-after": "3600" });
    const body = await ok(Promise.resolve(answer));
    return new Response(String(body), { headers: { ...headers, "content-type": "text/calendar; charset=utf-8" } });
  });
}
