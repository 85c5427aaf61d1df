import postgres from "postgres";
import { drizzle, type PostgresJsDatabase } from "drizzle-orm/postgres-js";

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
export function openDatabase<S extends Record<string, unknown>>(url: string, schema: S, poolSize: number): Database<S> {
  const sql = postgres(url, {
    max: poolSize,
    idle_timeout: 60,
    connect_timeout: 5,
    onnotice: () => {},
    connection: { application_name: `edustream-${process.env.EDUSTREAM_NODE ?? "node"}` },
  });
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

/** The PostgreSQL error code of a (possibly Drizzle-wrapped) database error. */
export function pgErrorCode(error: unknown): string | undefined {
  for (const candidate of [error, (error as { cause?: unknown })?.cause]) {
    const code = (candidate as { code?: unknown })?.code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
  }
  return undefined;
}

/** The constraint name of a (possibly Drizzle-wrapped) database error. */
export function pgConstraint(error: unknown): string | undefined {
  for (const candidate of [error, (error as { cause?: unknown })?.cause]) {
    const name = (candidate as { constraint_name?: unknown })?.constraint_name;
    if (typeof name === "string") return name;
  }
  return undefined;
}
