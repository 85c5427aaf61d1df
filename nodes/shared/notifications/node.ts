import type { Config } from "../config";
import { requireCaller, type CallContext } from "../grpc/server";
import type { NodeContext } from "../service-node";
import type { ListMyNotificationsRequest } from "../../generated/proto/edustream/notifications/v1/ListMyNotificationsRequest";
import type { MarkNotificationsReadRequest } from "../../generated/proto/edustream/notifications/v1/MarkNotificationsReadRequest";
import { MailSender } from "./mail-sender";
import { NotificationStore } from "./store";

/** How long the sender waits for the auth node's addresses. */
const ADDRESS_DEADLINE_MS = 2000;

/**
 * The two notification methods a service with notifications serves (enrollment, grades): any
 * signed-in user reads and marks only their own (the recipient is the token's subject).
 */
export function notificationHandlers(store: NotificationStore) {
  return {
    // The caller's own notifications, newest first, with the unread count.
    ListMyNotifications: (req: ListMyNotificationsRequest, ctx: CallContext) =>
      store.list(requireCaller(ctx).claims.sub, { pageSize: req.page_size, pageToken: req.page_token, unreadOnly: req.unread_only }),
    // Marks the caller's own notifications read.
    MarkNotificationsRead: (req: MarkNotificationsReadRequest, ctx: CallContext) => store.markRead(requireCaller(ctx).claims.sub, { ids: req.ids, all: req.all }),
  };
}

/** Whether notifications are also mailed (an SMTP server is configured): outbox rows are written only then. */
export const emailEnabled = (config: Config) => Boolean(config.mail.smtpUrl);

/**
 * Starts mailing the node's email outbox when SMTP is configured, asking the auth node for the
 * addresses (one call per round). Answers the function that stops it.
 */
export function startMailSender(context: NodeContext<Record<string, unknown>>): () => Promise<void> {
  const { mail } = context.config;
  if (!mail.smtpUrl) return async () => {};
  const sender = new MailSender(
    context.database.sql,
    async (ids) => {
      const { addresses } = await context.client("auth").BatchGetEmailAddresses({ user_ids: ids }, { deadlineMs: ADDRESS_DEADLINE_MS });
      return new Map(addresses.map((a) => [a.user_id, a.email]));
    },
    { smtpUrl: mail.smtpUrl, from: mail.from, retryMs: mail.retryMs, logger: context.logger },
  ).start();
  return () => sender.stop();
}
