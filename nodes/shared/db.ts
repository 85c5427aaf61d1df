import postgres from "postgres";
import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { ensureBeforeDeadline, remainingMs } from "./grpc/call-scope";
import type { Telemetry } from "./telemetry";
import { SqlObserver } from "./telemetry/sql";

/**
 * Statements and transactions for a gRPC call whose deadline has passed are not started (the
 * client was told 504 and may have moved on: a late write would undo its later requests), and a
 * transaction may not run past the deadline (statement_timeout = the time left). While the
 * database is down, queries wait for a connection: this is what keeps them from landing late.
 * With an observer, every statement and transaction is also counted and traced (telemetry/sql.ts).
 */
function refuseAfterDeadline(sql: postgres.Sql, observer?: SqlObserver): postgres.Sql {
  return new Proxy(sql, {
    apply(target, thisArg, args) {
      const tagged = Array.isArray(args[0]) && "raw" in args[0];
      if (tagged) ensureBeforeDeadline();
      const result = Reflect.apply(target, thisArg, args);
      if (tagged) observer?.statement(result, args[0] as TemplateStringsArray, true);
      return result;
    },
    get(target, property, receiver) {
      if (property === "unsafe" && observer) return observedUnsafe(target, observer, true);
      if (property !== "begin") return Reflect.get(target, property, receiver);
      return (...args: unknown[]) => {
        const deadline = Date.now() + (remainingMs() ?? Number.POSITIVE_INFINITY);
        const body = args.pop() as (tx: postgres.TransactionSql) => unknown;
        const begin = () =>
          (target.begin as (...a: unknown[]) => Promise<unknown>)(...args, async (tx: postgres.TransactionSql) => {
            const left = deadline - Date.now();
            ensureBeforeDeadline(Number.isFinite(left) ? left : undefined);
            if (Number.isFinite(left)) await tx.unsafe(`set local statement_timeout = ${Math.max(1, Math.floor(left))}`);
            return body(observer?.tracing ? tracedTransaction(tx, observer) : tx);
          });
        return observer ? observer.transaction(begin) : begin();
      };
    },
  });
}

/** `unsafe` of a pool or transaction, each statement watched by the observer. */
function observedUnsafe(target: postgres.Sql | postgres.TransactionSql, observer: SqlObserver, onPool: boolean) {
  return (...args: Parameters<postgres.Sql["unsafe"]>) => {
    const query = target.unsafe(...args);
    observer.statement(query, args[0], onPool);
    return query;
  };
}

/** A transaction whose statements are traced (the transaction itself is counted on the pool). */
function tracedTransaction(tx: postgres.TransactionSql, observer: SqlObserver): postgres.TransactionSql {
  return new Proxy(tx, {
    apply(target, thisArg, args) {
      const result = Reflect.apply(target, thisArg, args);
      if (Array.isArray(args[0]) && "raw" in args[0]) observer.statement(result, args[0] as TemplateStringsArray, false);
      return result;
    },
    get(target, property, receiver) {
      return property === "unsafe" ? observedUnsafe(target, observer, false) : Reflect.get(target, property, receiver);
    },
  });
}

/** An open database: Drizzle on top, the raw `postgres` client for hot paths, a ping and close. */
export interface Database<S extends Record<string, unknown>> {
  db: PostgresJsDatabase<S>;
  sql: postgres.Sql;
  /** True when the server answers. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * Opens a pool to one database. The `postgres` driver reconnects by itself after the server
 * restarts, so nodes survive a database restart without being restarted themselves.
 */
export function openDatabase<S extends Record<string, unknown>>(url: string, schema: S, poolSize: number, options: { pooled?: boolean; telemetry?: Telemetry } = {}): Database<S> {
  const telemetry = options.telemetry;
  const observer = telemetry?.metrics || telemetry?.tracer ? new SqlObserver(telemetry, decodeURIComponent(new URL(url).pathname.slice(1)) || "postgres", poolSize) : undefined;
  const sql = refuseAfterDeadline(postgres(url, {
    max: poolSize,
    // Behind a pooler in transaction mode, consecutive statements may run on different server
    // connections: a named prepared statement made on one is unknown on the next.
    prepare: !options.pooled,
    idle_timeout: 60,
    connect_timeout: 5,
    // Reconnect within a second of the server coming back. The driver's default backoff grows
    // with every failed connection of the pool (3^n / 100 s, up to 20 s), so a few seconds of
    // outage kept the nodes away for 5-13 s after the database was back.
    backoff: (retries: number) => (0.5 + Math.random() / 2) * Math.min(1, 0.05 * 2 ** retries),
    onnotice: () => {},
    connection: { application_name: `edustream-${process.env.EDUSTREAM_NODE ?? "node"}` },
  }), observer);
  return {
    db: drizzle(sql, { schema }),
    sql,
    ping: async () => {
      try {
        await sql`select 1`;
        return true;
      } catch {
        return false;
      }
    },
    close: () => sql.end({ timeout: 5 }),
  };
}

/**
 * Refuses a connection as a superuser (or a role that bypasses row security): a node runs with
 * its own least-privilege role, and a production install must never hand it more.
 */
export async function assertNotSuperuser(sql: postgres.Sql, node: string): Promise<void> {
  // An unreachable database is not a reason to refuse: the node waits for it like at any time.
  const rows = await sql<Array<{ role: string; rolsuper: boolean; rolbypassrls: boolean }>>`
    select current_user as role, rolsuper, rolbypassrls from pg_roles where rolname = current_user`.catch(() => []);
  const row = rows[0];
  if (row?.rolsuper || row?.rolbypassrls) {
    throw new Error(`refusing to start the ${node} node: its database role "${row.role}" is a superuser; give it only the grants of \`bun run db:roles\``);
  }
}

/** The PostgreSQL error code of a (possibly Drizzle-wrapped) database error. */
export function pgErrorCode(error: unknown): string | undefined {
  for (const candidate of [error, (error as { cause?: unknown })?.cause]) {
    const code = (candidate as { code?: unknown })?.code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/**
 * Whether an error only says the database connection went away: the server ended it (class 57:
 * an administrator's terminate, a shutdown or crash, not accepting connections yet) or the
 * driver lost or could not open it. The pool reconnects by itself after any of these.
 */
export function isDatabaseConnectionLoss(error: unknown): boolean {
  const code = pgErrorCode(error) ?? (error as { code?: unknown })?.code;
  return typeof code === "string" && (code.startsWith("57P") || /^CONNECT(ION)?_[A-Z]+$/.test(code) || code === "ECONNREFUSED" || code === "ECONNRESET");
}

/** The constraint name of a (possibly Drizzle-wrapped) database error. */
export function pgConstraint(error: unknown): string | undefined {
  for (const candidate of [error, (error as { cause?: unknown })?.cause]) {
    const name = (candidate as { constraint_name?: unknown })?.constraint_name;
    if (typeof name === "string") return name;
  }
  return undefined;
}
