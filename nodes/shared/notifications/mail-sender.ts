import nodemailer from "nodemailer";
import type postgres from "postgres";
import type { Logger } from "../logger";
import { emailText } from "./wording";

/** Looks up where to mail each recipient (the auth node, in one call): id → address; none for accounts without one or disabled. */
export type AddressLookup = (recipientIds: string[]) => Promise<Map<string, string>>;

export interface MailSenderOptions {
  smtpUrl: string;
  from: string;
  /** The first retry's wait; each next one doubles, up to MAX_RETRY_MS. */
  retryMs: number;
  logger: Logger;
  /** How often due rows are looked for. */
  pollMs?: number;
}

/** Rows one round claims. */
const BATCH = 20;
/** A claimed row is left alone by other senders this long: a round stops sending well before. */
const LEASE_MS = 5 * 60_000;
const ROUND_BUDGET_MS = 2 * 60_000;
const MAX_RETRY_MS = 15 * 60_000;
/** After this many failed attempts (about a day with the default retry) a mail is given up (GAVE_UP, logged). */
export const MAX_ATTEMPTS = 100;

interface Claimed {
  notification_id: string;
  recipient_id: string;
  attempts: number;
  title: string;
  body: string;
}

/**
 * Sends the email outbox of one database over SMTP: at least once per row (a row is settled
 * only after the server accepted the message), never by two senders at once (a row is claimed
 * with FOR UPDATE SKIP LOCKED and leased by moving its next attempt past the round), retried
 * with doubling back-off while the server is down. No transaction stays open while mailing.
 */
export class MailSender {
  private readonly transport;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<unknown> = Promise.resolve();
  private stopped = false;

  constructor(private readonly sql: postgres.Sql, private readonly addresses: AddressLookup, private readonly options: MailSenderOptions) {
    this.transport = nodemailer.createTransport(options.smtpUrl, { from: options.from });
    // Short network waits: a dead server must not hold a round for long.
    Object.assign(this.transport.options, { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 });
  }

  /** Sends due mail every `pollMs` until stopped. */
  start(): this {
    const loop = async () => {
      if (this.stopped) return;
      this.running = this.sendDue().catch((error) => this.options.logger.warn("email outbox round failed", { error: String(error) }));
      await this.running;
      if (!this.stopped) this.timer = setTimeout(loop, this.options.pollMs ?? 1000);
    };
    this.timer = setTimeout(loop, 0);
    return this;
  }

  /** Stops after the round in flight. */
  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
    this.transport.close();
  }

  /** One round: claims due rows, mails them and settles each. Answers how many were sent. */
  async sendDue(): Promise<number> {
    const claimed = await this.sql<Claimed[]>`
      update email_outbox o set attempts = o.attempts + 1, next_attempt_at = now() + ${LEASE_MS} * interval '1 millisecond'
      from (
        select notification_id from email_outbox
        where settled_at is null and next_attempt_at <= now()
        order by next_attempt_at
        limit ${BATCH}
        for update skip locked
      ) due, notifications n
      where o.notification_id = due.notification_id and n.id = o.notification_id
      returning o.notification_id, o.recipient_id, o.attempts, n.title, n.body`;
    if (claimed.length === 0) return 0;
    let addresses: Map<string, string>;
    try {
      addresses = await this.addresses([...new Set(claimed.map((row) => row.recipient_id))]);
    } catch (error) {
      await Promise.all(claimed.map((row) => this.retryLater(row, `addresses not available: ${String(error)}`)));
      return 0;
    }
    const started = Date.now();
    let sent = 0;
    for (const row of claimed) {
      if (Date.now() - started > ROUND_BUDGET_MS || this.stopped) {
        await this.sql`update email_outbox set next_attempt_at = now(), attempts = attempts - 1 where notification_id = ${row.notification_id} and settled_at is null`;
        continue;
      }
      const to = addresses.get(row.recipient_id);
      if (!to) {
        await this.settle(row, "NO_ADDRESS");
        continue;
      }
      try {
        // The Message-ID is the notification's: a receiving server can spot a copy sent again after a crash.
        await this.transport.sendMail({ to, subject: row.title, text: emailText(row), messageId: `<${row.notification_id}@edustream.notifications>` });
        await this.settle(row, "SENT");
        sent++;
      } catch (error) {
        await this.retryLater(row, String(error));
      }
    }
    return sent;
  }

  private async settle(row: Claimed, outcome: "SENT" | "NO_ADDRESS" | "GAVE_UP") {
    await this.sql`update email_outbox set settled_at = now(), outcome = ${outcome} where notification_id = ${row.notification_id}`;
  }

  private async retryLater(row: Claimed, problem: string) {
    if (row.attempts >= MAX_ATTEMPTS) {
      this.options.logger.error("email given up after repeated failures", { notification_id: row.notification_id, attempts: row.attempts, error: problem });
      await this.sql`update email_outbox set settled_at = now(), outcome = 'GAVE_UP', last_error = ${problem.slice(0, 500)} where notification_id = ${row.notification_id}`;
      return;
    }
    const wait = Math.min(this.options.retryMs * 2 ** Math.min(row.attempts - 1, 20), MAX_RETRY_MS);
    this.options.logger.warn("email not sent, will retry", { notification_id: row.notification_id, attempts: row.attempts, retry_in_ms: wait, error: problem });
    await this.sql`
      update email_outbox set next_attempt_at = now() + ${wait} * interval '1 millisecond', last_error = ${problem.slice(0, 500)}
      where notification_id = ${row.notification_id}`;
  }
}
