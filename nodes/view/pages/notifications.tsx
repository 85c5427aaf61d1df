import { Elysia, t } from "elysia";
import { Alert, Layout, PageHeader } from "../components/layout";
import { CsrfField } from "../components/form";
import { NotificationBadge } from "../components/notification-badge";
import { ok } from "../gateway";
import { Redirect, requireUser, sessionPlugin, setFlash, type Session, type ViewDeps } from "../session";
import { formatDateTime } from "../../shared/university-time";
import { plural } from "../../shared/plural";

type Page = Awaited<ReturnType<typeof loadPage>>;
type Outcome = { kind: "success" | "info"; text: string };

/** Where each kind's link leads, in words. */
const LINK_TEXT: Record<string, string> = { "/schedule": "Open my schedule", "/grades": "Open my grades" };
const PAGE_TOKEN = /^[0-9a-z]{1,10}\.[0-9a-f-]{36}$/;

const loadPage = (session: Session, pageToken: string) =>
  ok(session.gateway.me.notifications.get({ query: { page_size: 20, ...(pageToken ? { page_token: pageToken } : {}) } }));

function NotificationList(props: { page: Page; session: Session; outcome?: Outcome; pageToken: string }) {
  const { page, session } = props;
  const back = props.pageToken ? `/notifications?page=${encodeURIComponent(props.pageToken)}` : "/notifications";
  return (
    <div id="notifications-content">
      {props.outcome && (
        <p class="mb-4 rounded border border-green-300 bg-green-50 px-4 py-3 text-green-900" role="status" data-announce={props.outcome.text} safe>
          {props.outcome.text}
        </p>
      )}
      <div class="mb-4 flex flex-wrap items-center justify-between gap-3">
        <p class="text-slate-700" safe>
          {page.unread_count ? `${plural(page.unread_count, "unread notification")}.` : "Everything is read."}
        </p>
        {page.unread_count > 0 && (
          <form method="post" action="/notifications/read" hx-post="/notifications/read" hx-target="#notifications-content" hx-swap="outerHTML">
            <CsrfField token={session.csrfToken} />
            <input type="hidden" name="all" value="true" />
            <input type="hidden" name="back" value={back} />
            <button type="submit" class="btn-secondary">
              Mark all as read
            </button>
          </form>
        )}
      </div>
      {page.notifications.length === 0 ? (
        <div class="card">
          <h2 class="text-lg font-semibold">No notifications yet</h2>
          <p class="mt-1 text-slate-600">You are told here when you move from a waitlist into a seat, when a seat goes to someone after you, and when your grades are released.</p>
        </div>
      ) : (
        <ul class="space-y-3" aria-label="Notifications, newest first">
          {page.notifications.map((n) => (
            <li class={`card ${n.read ? "" : "border-l-4 border-l-indigo-600"}`}>
              <div class="flex flex-wrap items-baseline justify-between gap-2">
                <h2 class="text-base font-semibold">
                  {!n.read && <span class="mr-2 rounded bg-indigo-100 px-1.5 py-0.5 text-xs font-semibold text-indigo-900">New</span>}
                  <span safe>{n.title}</span>
                </h2>
                <time class="text-sm text-slate-600" datetime={n.created_at} safe>
                  {formatDateTime(n.created_at, session.timeZone)}
                </time>
              </div>
              <p class="mt-2 text-slate-800" safe>
                {n.body}
              </p>
              <div class="mt-3 flex flex-wrap items-center gap-3 text-sm">
                {n.link && (
                  <a href={n.link} class="link" safe>
                    {LINK_TEXT[n.link] ?? "Open"}
                  </a>
                )}
                {!n.read && (
                  <form method="post" action="/notifications/read" hx-post="/notifications/read" hx-target="#notifications-content" hx-swap="outerHTML">
                    <CsrfField token={session.csrfToken} />
                    <input type="hidden" name="id" value={n.id} />
                    <input type="hidden" name="back" value={back} />
                    <button type="submit" class="btn-secondary" aria-label={`Mark as read: ${n.title}`}>
                      Mark as read
                    </button>
                  </form>
                )}
              </div>
            </li>
          ))}
        </ul>
      )}
      <nav aria-label="More notifications" class="mt-4 flex gap-4 text-sm">
        {props.pageToken && (
          <a href="/notifications" class="link">
            Newest
          </a>
        )}
        {page.next_page_token && (
          <a href={`/notifications?page=${encodeURIComponent(page.next_page_token)}`} class="link">
            Older notifications
          </a>
        )}
      </nav>
    </div>
  );
}

function NotificationsPage(props: { page: Page; session: Session; pageToken: string }) {
  return (
    <Layout title="Notifications" session={props.session} path="/notifications">
      <PageHeader title="Notifications" lead="What happened to your waitlist places and your grades, newest first. Each is also emailed to you when your account has an email address." />
      <p class="mb-4 text-sm">
        <a href="/account" class="link">
          Set your email address
        </a>
      </p>
      <NotificationList page={props.page} session={props.session} pageToken={props.pageToken} />
    </Layout>
  );
}

/** A student's notifications: the list (marked read one by one or all at once) and the header's count. */
export function notificationPages(deps: ViewDeps) {
  return new Elysia()
    .use(sessionPlugin(deps))
    .get(
      "/notifications",
      async ({ session, query }) => {
        requireUser(session, "/notifications");
        const pageToken = PAGE_TOKEN.test(query.page ?? "") ? query.page! : "";
        return <NotificationsPage page={await loadPage(session, pageToken)} session={session} pageToken={pageToken} />;
      },
      { query: t.Object({ page: t.Optional(t.String({ maxLength: 64 })) }) },
    )
    // The header's count, fetched by the page once shown; the plain link when it cannot be read.
    .get("/notifications/badge", async ({ session }) => {
      if (!session.claims) return <NotificationBadge />;
      try {
        const { unread_count } = await ok(session.gateway.me.notifications.get({ query: { page_size: 1, unread_only: "true" } }));
        return <NotificationBadge unread={unread_count} />;
      } catch {
        return <NotificationBadge />;
      }
    })
    .post(
      "/notifications/read",
      async ({ session, body, cookie }) => {
        requireUser(session, "/notifications");
        const id = typeof body.id === "string" ? body.id.slice(0, 64) : "";
        const all = body.all === "true";
        const back = typeof body.back === "string" && /^\/notifications(\?page=[0-9a-z.%-]{1,80})?$/.test(body.back) ? body.back : "/notifications";
        const { marked_count } = await ok(session.gateway.me.notifications.read.post(all ? { all: true } : { ids: [id] }));
        const outcome: Outcome = all ? { kind: "success", text: marked_count ? `Marked ${plural(marked_count, "notification")} as read.` : "Everything was already read." } : { kind: "success", text: "Marked as read." };
        if (!session.htmx) {
          setFlash(cookie as never, deps.config, outcome.kind, outcome.text);
          throw new Redirect(back);
        }
        const pageToken = new URLSearchParams(back.split("?")[1] ?? "").get("page") ?? "";
        const page = await loadPage(session, PAGE_TOKEN.test(pageToken) ? pageToken : "");
        return (
          <>
            <NotificationList page={page} session={session} outcome={outcome} pageToken={pageToken} />
            <NotificationBadge unread={page.unread_count} oob />
          </>
        );
      },
      { body: t.Record(t.String(), t.Any()) },
    );
}
