import type { Span } from "@opentelemetry/api";
import type { Telemetry } from ".";
import { endSpan, inSampledSpan, SpanKind, withSpan } from "./tracing";

/** The part of a postgres.js query object this file relies on: it runs once, on `handle()`, and settles through `resolve`/`reject`. */
interface DriverQuery {
  executed: boolean;
  handle(): unknown;
  resolve(value: unknown): unknown;
  reject(error: unknown): unknown;
}

function isDriverQuery(value: unknown): value is DriverQuery {
  return typeof value === "object" && value !== null && typeof (value as DriverQuery).handle === "function" && "executed" in value;
}

/** The text of a statement: a tagged template's parts joined with $1, $2… as the driver sends it. */
function statementText(query: TemplateStringsArray | string): string {
  return typeof query === "string" ? query : query.reduce((text, part, i) => `${text}$${i}${part}`);
}

const MAX_STATEMENT = 2000;

/**
 * Watches the statements and transactions of one database pool, for the pool gauges
 * (edustream_db_pool_connections_*) and, inside a traced call, a span per statement and transaction.
 *
 * postgres.js keeps its pool to itself (no statistics API), so the pool is measured from outside:
 * a statement counts from the moment it is sent (the driver runs a query object when it is first
 * awaited) until it settles, a transaction from `begin` until it commits or rolls back; its own
 * statements are inside that count. Up to the pool size each holds a connection; beyond it they
 * wait (queued for a connection, or pipelined behind another statement on a busy one).
 */
export class SqlObserver {
  /** Statements and transactions in flight on the pool. */
  inFlight = 0;

  constructor(
    private readonly telemetry: Telemetry,
    private readonly database: string,
    poolSize: number,
  ) {
    telemetry.metrics?.observePool(database, poolSize, () => this.inFlight);
  }

  /** Whether statement spans are made (tracing on); the pool is counted whenever metrics are on. */
  get tracing(): boolean {
    return this.telemetry.tracer !== undefined;
  }

  /**
   * Watches a query object the driver just returned: when it runs, counts it on the pool (unless
   * it runs inside a transaction already counted) and traces it. Fragments never run: untouched.
   */
  statement(query: unknown, text: TemplateStringsArray | string, onPool: boolean): void {
    if (!isDriverQuery(query)) return;
    const handle = query.handle;
    query.handle = () => {
      if (!query.executed) this.watch(query, text, onPool);
      return handle.call(query);
    };
  }

  private watch(query: DriverQuery, text: TemplateStringsArray | string, onPool: boolean): void {
    const span = this.startSpan(text);
    if (!span && !onPool) return;
    if (onPool) this.inFlight++;
    const { resolve, reject } = query;
    const settle = (error?: unknown) => {
      if (onPool) this.inFlight--;
      if (span) endSpan(span, error);
    };
    query.resolve = (value) => {
      settle();
      return resolve.call(query, value);
    };
    query.reject = (error) => {
      settle(error ?? "failed");
      return reject.call(query, error);
    };
  }

  /** Runs a transaction: counted on the pool for its whole length, and a span around its statements. */
  async transaction<T>(run: () => Promise<T>): Promise<T> {
    this.inFlight++;
    const span = this.tracing && inSampledSpan() ? this.telemetry.tracer!.startSpan(`transaction ${this.database}`, { kind: SpanKind.CLIENT, attributes: this.attributes() }) : undefined;
    try {
      const result = await (span ? withSpan(span, run) : run());
      if (span) endSpan(span);
      return result;
    } catch (error) {
      if (span) endSpan(span, error);
      throw error;
    } finally {
      this.inFlight--;
    }
  }

  private startSpan(text: TemplateStringsArray | string): Span | undefined {
    if (!this.tracing || !inSampledSpan()) return undefined;
    const statement = statementText(text).trim();
    const operation = /^[A-Za-z]+/.exec(statement)?.[0]?.toUpperCase() ?? "SQL";
    return this.telemetry.tracer!.startSpan(`${operation} ${this.database}`, {
      kind: SpanKind.CLIENT,
      attributes: { ...this.attributes(), "db.operation.name": operation, "db.query.text": statement.length > MAX_STATEMENT ? `${statement.slice(0, MAX_STATEMENT)}…` : statement },
    });
  }

  private attributes() {
    return { "db.system.name": "postgresql", "db.namespace": this.database };
  }
}
