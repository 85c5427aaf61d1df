import type { Notice } from "./wording";

/**
 * A tagged-template query of the caller's open transaction: a postgres.js transaction, or
 * `(strings, ...values) => tx.execute(sql(strings, ...values))` for a Drizzle one.
 */
// postgres.js and Drizzle type their template values differently; both take strings and booleans.
export type TransactionQuery = (strings: TemplateStringsArray, ...values: any[]) => unknown;

/**
 * Writes notices and, with email on, their outbox rows, in the caller's transaction (the
 * event's own), in one statement. A notice already written for the same event and recipient
 * is left as it is, and gets no second email. Times are kept to the millisecond, as the page
 * tokens carry them. The rows travel as text cast to jsonb: a parameter the server sees as
 * jsonb is JSON-encoded again by postgres.js (a jsonb string, not an array).
 */
export async function recordNotices(query: TransactionQuery, notices: Notice[], email: boolean): Promise<void> {
  if (notices.length === 0) return;
  const rows = JSON.stringify(notices.map((n) => ({ recipient_id: n.recipientId, kind: n.kind, event_key: n.eventKey, title: n.title, body: n.body, link: n.link })));
  await query`
    with written as (
      insert into notifications (recipient_id, kind, event_key, title, body, link, created_at)
      select recipient_id, kind, event_key, title, body, link, date_trunc('milliseconds', now())
      from jsonb_to_recordset(${rows}::text::jsonb) as r(recipient_id uuid, kind text, event_key text, title text, body text, link text)
      on conflict (event_key, recipient_id) do nothing
      returning id, recipient_id
    )
    insert into email_outbox (notification_id, recipient_id)
    select id, recipient_id from written where ${email}::boolean`;
}
