export const NOTIFICATIONS_LINK_ID = "notifications-link";

/**
 * The header's link to the notifications, with the unread count once known. The page is sent
 * with the `lazy` link, which fetches its count when shown (htmx, after the page: rendering a
 * page costs no extra gateway call); a screen reader hears "Notifications 3 unread notifications".
 * `oob` replaces the header's link from another answer (after marking read).
 */
export function NotificationBadge(props: { unread?: number; lazy?: boolean; oob?: boolean }) {
  const { unread } = props;
  const lazy = props.lazy ? { "hx-get": "/notifications/badge", "hx-trigger": "load", "hx-swap": "outerHTML" } : {};
  return (
    <a
      id={NOTIFICATIONS_LINK_ID}
      href="/notifications"
      class="inline-flex items-center gap-1.5 rounded px-2 py-1 hover:bg-indigo-700 focusable"
      {...lazy}
      {...(props.oob ? { "hx-swap-oob": "true" } : {})}
    >
      Notifications{" "}
      {unread ? (
        <span>
          <span class="rounded-full bg-amber-300 px-1.5 text-xs font-bold text-slate-900">{String(unread)}</span>
          <span class="sr-only">{` unread ${unread === 1 ? "notification" : "notifications"}`}</span>
        </span>
      ) : unread === 0 ? (
        <span class="sr-only">(none unread)</span>
      ) : null}
    </a>
  );
}
