import postgres from "postgres";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import { join } from "node:path";
import { databaseUrlFor, type Config } from "../nodes/shared/config";
import { GRADE_SCALE } from "./grades/scale";

const MIGRATIONS = { auth: "db/auth/migrations", courses: "db/courses/migrations", grades: "db/grades/migrations" } as const;
export type DatabaseKey = keyof typeof MIGRATIONS;
const SETUP_LOCK = 0x6564_7573; // "edus": one setup at a time per server

/** Waits until the server accepts connections (after a cold start of the embedded cluster). */
export async function waitForServer(url: string, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const sql = postgres(url, { max: 1, connect_timeout: 2, onnotice: () => {} });
    try {
      await sql`select 1`;
      return;
    } catch (error) {
      if (Date.now() > until) throw new Error(`PostgreSQL at ${new URL(url).host} did not answer within ${timeoutMs / 1000}s: ${(error as Error).message}`);
      await Bun.sleep(200);
    } finally {
      await sql.end({ timeout: 1 });
    }
  }
}

/**
 * Creates the three databases when missing and applies the committed migrations, holding an
 * advisory lock so that two setups (two starts at once) never race.
 */
export async function setupDatabases(config: Config): Promise<void> {
  const serverUrl = new URL(config.databaseUrl);
  serverUrl.pathname = "/postgres";
  await waitForServer(serverUrl.toString());
  const admin = postgres(serverUrl.toString(), { max: 1, onnotice: () => {} });
  try {
    await admin`select pg_advisory_lock(${SETUP_LOCK})`;
    for (const key of Object.keys(MIGRATIONS) as DatabaseKey[]) {
      const name = config.databases[key];
      const [exists] = await admin`select 1 as one from pg_database where datname = ${name}`;
      if (!exists) await admin.unsafe(`create database "${name}"`);
      const sql = postgres(databaseUrlFor(config, key), { max: 1, onnotice: () => {} });
      try {
        await migrate(drizzle(sql), { migrationsFolder: join(config.root, MIGRATIONS[key]) });
        if (key === "grades") await upsertGradeScale(sql);
      } finally {
        await sql.end({ timeout: 5 });
      }
    }
  } finally {
    await admin`select pg_advisory_unlock(${SETUP_LOCK})`.catch(() => {});
    await admin.end({ timeout: 5 });
  }
}

/** Drops the three databases (tests use this to clean up their own, uniquely named ones). */
export async function dropDatabases(config: Config): Promise<void> {
  const serverUrl = new URL(config.databaseUrl);
  serverUrl.pathname = "/postgres";
  const admin = postgres(serverUrl.toString(), { max: 1, onnotice: () => {} });
  try {
    for (const key of Object.keys(MIGRATIONS) as DatabaseKey[]) {
      await admin.unsafe(`drop database if exists "${config.databases[key]}" with (force)`);
    }
  } finally {
    await admin.end({ timeout: 5 });
  }
}

/** Writes the grade scale (reference data) so it always matches the code's scale. */
async function upsertGradeScale(sql: postgres.Sql): Promise<void> {
  for (const [index, g] of GRADE_SCALE.entries()) {
    await sql`insert into grade_scale (code, points, counts_in_gpa, passing, description, sort_order)
      values (${g.code}, ${g.points}, ${g.countsInGpa}, ${g.passing}, ${g.description}, ${index})
      on conflict (code) do update set points = excluded.points, counts_in_gpa = excluded.counts_in_gpa,
        passing = excluded.passing, description = excluded.description, sort_order = excluded.sort_order`;
  }
}
