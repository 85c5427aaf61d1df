import type postgres from "postgres";
import { fail } from "../errors";
import { fieldMessage } from "../field-labels";
import { isUuid } from "../ids";
import { pageSize } from "../paging";
import { decodeCursor, encodeCursor } from "./cursor";
import { MARK_READ_MAX_IDS } from "./limits";

import type { Notification } from "../../generated/proto/edustream/notifications/v1/Notification";
import type { NotificationKind } from "../../generated/proto/edustream/notifications/v1/NotificationKind";


/** A student's notifications in one database (the node's own): read, count and mark read. */
export class NotificationStore {
  constructor(private readonly sql: postgres.Sql) {}

  /** The recipient's notifications, newest first, with how many are unread. */
  async list(recipientId: string, input: { pageSize: number; pageToken: string; unreadOnly: boolean }) {
    const size = pageSize(input.pageSize, 20, 100);
    const cursor = decodeCursor(input.pageToken);
    const [rows, [count]] = await Promise.all([
      this.sql<Array<{ id: string; kind: string; title: string; body: string; link: string; created_at: Date | string; read_at: Date | string | null }>>`
        select id, kind, title, body, link, created_at, read_at from notifications
        where recipient_id = ${recipientId}
          ${input.unreadOnly ? this.sql`and read_at is null` : this.sql``}
          ${cursor ? this.sql`and (created_at, id) < (${cursor.at}::timestamptz, ${cursor.id}::uuid)` : this.sql``}
        order by created_at desc, id desc
        limit ${size + 1}`,
      this.unread(recipientId),
    ]);
    // Times come as Date or as text (the driver's types are not fetched through a pooler).
    const page = rows.slice(0, size);
    return {
      notifications: page.map((r): Notification => ({ id: r.id, kind: r.kind as NotificationKind, title: r.title, body: r.body, link: r.link, created_at: new Date(r.created_at).toISOString(), read: r.read_at !== null })),
      next_page_token: rows.length > size ? encodeCursor({ created_at: new Date(page.at(-1)!.created_at).toISOString(), id: page.at(-1)!.id }) : "",
      unread_count: count!.unread_count,
    };
  }

  /** Marks the recipient's notifications read: those named (others' ids are ignored), or all. */
  async markRead(recipientId: string, input: { ids: string[]; all: boolean }) {
    if (!input.all) {
      if (input.ids.length === 0) throw fail.invalid("ids", fieldMessage("ids", "must name at least one notification, or mark all."));
      if (input.ids.length > MARK_READ_MAX_IDS) throw fail.invalid("ids", fieldMessage("ids", `may name at most ${MARK_READ_MAX_IDS} at once.`));
      if (!input.ids.every(isUuid)) throw fail.invalid("ids", fieldMessage("ids", "must be notification ids (UUIDs)."));
    }
    const marked = await this.sql`
      update notifications set read_at = now()
      where recipient_id = ${recipientId} and read_at is null
        ${input.all ? this.sql`` : this.sql`and id = any(${input.ids}::uuid[])`}
      returning id`;
    const [count] = await this.unread(recipientId);
    return { marked_count: marked.length, unread_count: count!.unread_count };
  }

  private unread(recipientId: string) {
    return this.sql<Array<{ unread_count: number }>>`
      select count(*)::integer as unread_count from notifications where recipient_id = ${recipientId} and read_at is null`;
  }
}
