import { Elysia, t } from "elysia";
import { gatewayContext, type GatewayDeps } from "../context";
import { fieldMessage } from "../../shared/field-labels";
import { encodeCursor } from "../../shared/notifications/cursor";
import { MARK_READ_MAX_IDS } from "../../shared/notifications/limits";
import type { Notification } from "../../generated/proto/edustream/notifications/v1/Notification";

const ListQuery = t.Object(
  {
    page_size: t.Optional(t.Numeric({ minimum: 1, maximum: 100, multipleOf: 1, error: fieldMessage("page_size", "must be a whole number from 1 to 100.") })),
    page_token: t.Optional(t.String({ maxLength: 200, error: fieldMessage("page_token", "must be the next page token of a previous response.") })),
    unread_only: t.Optional(t.String({ pattern: "^(true|false|1|0)$", error: fieldMessage("unread_only", "must be true or false.") })),
  },
  { additionalProperties: false },
);
const ReadBody = t.Object(
  {
    ids: t.Optional(
      t.Array(t.String({ format: "uuid", error: fieldMessage("ids", "must be notification ids (UUIDs).") }), {
        maxItems: MARK_READ_MAX_IDS,
        error: fieldMessage("ids", `must be a list of at most ${MARK_READ_MAX_IDS} notification ids.`),
      }),
    ),
    all: t.Optional(t.Boolean({ error: "Mark all as read must be true or false." })),
  },
  { additionalProperties: false },
);

/** Newest first, as each service lists them. */
const newestFirst = (a: Notification, b: Notification) => (b.created_at! > a.created_at! ? 1 : b.created_at! < a.created_at! ? -1 : b.id! > a.id! ? 1 : b.id! < a.id! ? -1 : 0);

/**
 * A student's notifications: waitlist promotions and skips (kept by enrollment) and released
 * grades (kept by grades), merged newest first with one page token, and marked read in both.
 */
export function notificationRoutes(deps: GatewayDeps) {
  const { enrollment, grades } = deps.clients;
  return new Elysia({ prefix: "/api/v1", tags: ["notifications"] } as { prefix: "/api/v1" })
    .use(gatewayContext(deps))
    .get(
      "/me/notifications",
      async ({ query, caller }) => {
        const size = query.page_size ?? 20;
        const request = { page_size: size, page_token: query.page_token ?? "", unread_only: query.unread_only === "true" || query.unread_only === "1" };
        const lists = await Promise.all([enrollment.ListMyNotifications(request, caller), grades.ListMyNotifications(request, caller)]);
        const merged = lists.flatMap((list) => list.notifications).sort(newestFirst);
        const page = merged.slice(0, size);
        const more = merged.length > size || lists.some((list) => list.next_page_token !== "");
        const last = page.at(-1);
        return {
          notifications: page,
          next_page_token: more && last ? encodeCursor({ created_at: last.created_at!, id: last.id! }) : "",
          unread_count: lists.reduce((sum, list) => sum + list.unread_count, 0),
        };
      },
      {
        auth: true,
        query: ListQuery,
        detail: {
          summary: "The signed-in user's notifications, newest first: waitlist promotions and skips, released grades; with `unread_count` (all pages)",
          description: "`unread_only=true` lists only unread ones; `page_size=1&unread_only=true` is the cheap way to read the unread count.",
          tags: ["notifications"],
        },
      },
    )
    .post(
      "/me/notifications/read",
      async ({ body, caller }) => {
        const request = { ids: body.ids ?? [], all: body.all ?? false };
        const answers = await Promise.all([enrollment.MarkNotificationsRead(request, caller), grades.MarkNotificationsRead(request, caller)]);
        return {
          marked_count: answers.reduce((sum, a) => sum + a.marked_count, 0),
          unread_count: answers.reduce((sum, a) => sum + a.unread_count, 0),
        };
      },
      {
        auth: true,
        body: ReadBody,
        detail: {
          summary: "Mark the signed-in user's notifications read: those in `ids` (at most 100; others' ids are ignored), or `all: true`",
          tags: ["notifications"],
        },
      },
    );
}
