import postgres from "postgres";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import { join } from "node:path";
import { databaseUrlFor, DB_ROLE_KEYS, type Config, type DbRoleKey } from "../nodes/shared/config";
import { databaseStatements, grantStatements, isSuperuser, roleStatements, rolesOf, takeOwnership } from "./roles";
import { GRADE_SCALE } from "./grades/scale";

const MIGRATIONS = { auth: "db/auth/migrations", courses: "db/courses/migrations", grades: "db/grades/migrations" } as const;
export type DatabaseKey = keyof typeof MIGRATIONS;
/**
 * Reviewed SQL applied after the migrations on every setup (each statement repeatable): the
 * functions a database runs, kept in one file instead of one migration per version.
 */
export const REPEATABLE_SQL: Partial<Record<DatabaseKey, string>> = { courses: "db/courses/registration.sql" };
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

/** The maintenance database URL of a server (for creating and dropping databases and roles). */
function maintenanceUrl(server: string): string {
  const url = new URL(server);
  url.pathname = "/postgres";
  return url.toString();
}

/** The databases grouped by the server that holds them. */
function byServer(config: Config): Map<string, DatabaseKey[]> {
  const servers = new Map<string, DatabaseKey[]>();
  for (const key of Object.keys(MIGRATIONS) as DatabaseKey[]) {
    const url = maintenanceUrl(config.databaseServers[key]);
    servers.set(url, [...(servers.get(url) ?? []), key]);
  }
  return servers;
}

/**
 * Creates the three databases when missing and applies the committed migrations, holding an
 * advisory lock so that two setups (two starts at once) never race. Connected as a superuser
 * (the embedded default) it also creates the roles and hands every table to the owner role;
 * connected as the owner role (a production install that ran `bun run db:roles`) the roles and
 * databases must exist already. Migrations run as the owner, and the node roles' grants are
 * applied again after them.
 */
export async function setupDatabases(config: Config): Promise<void> {
  for (const [server, keys] of byServer(config)) {
    await waitForServer(server);
    const admin = postgres(server, { max: 1, onnotice: () => {} });
    try {
      await admin`select pg_advisory_lock(${SETUP_LOCK})`;
      const superuser = await isSuperuser(admin);
      if (superuser) {
        const roles = new Set<DbRoleKey>(["owner", ...keys.flatMap(rolesOf)]);
        for (const statement of roleStatements(config, [...roles])) await admin.unsafe(statement);
      }
      for (const key of keys) {
        const [exists] = await admin`select 1 as one from pg_database where datname = ${config.databases[key]}`;
        if (!exists) {
          if (!superuser) throw new Error(`database ${config.databases[key]} does not exist on ${new URL(server).host}: create it and the roles first (bun run db:roles prints the statements)`);
          for (const statement of databaseStatements(config, key)) await admin.unsafe(statement);
        }
        await migrateOne(config, key, superuser);
      }
    } finally {
      await admin`select pg_advisory_unlock(${SETUP_LOCK})`.catch(() => {});
      await admin.end({ timeout: 5 });
    }
  }
}

/** Migrations, reference data and grants of one database, as its owner role. */
async function migrateOne(config: Config, key: DatabaseKey, superuser: boolean): Promise<void> {
  const sql = postgres(databaseUrlFor(config, key), { max: 1, onnotice: () => {} });
  try {
    if (superuser) {
      await takeOwnership(sql, config, key);
      await sql.unsafe(`set role "${config.dbRoles.owner}"`);
    }
    await migrate(drizzle(sql), { migrationsFolder: join(config.root, MIGRATIONS[key]) });
    await applyRepeatableSql(sql, config, key);
    if (key === "grades") await upsertGradeScale(sql);
    for (const statement of grantStatements(config, key)) await sql.unsafe(statement);
  } finally {
    await sql.end({ timeout: 5 });
  }
}

/** Applies a database's repeatable SQL file (if it has one) in one transaction. */
export async function applyRepeatableSql(sql: postgres.Sql, config: Config, key: DatabaseKey): Promise<void> {
  const file = REPEATABLE_SQL[key];
  if (!file) return;
  const text = await Bun.file(join(config.root, file)).text();
  await sql.begin((tx) => tx.unsafe(text));
}

/** Drops the three databases and the roles (tests use this to clean up their own, uniquely named ones). */
export async function dropDatabases(config: Config): Promise<void> {
  for (const [server, keys] of byServer(config)) {
    const admin = postgres(server, { max: 1, onnotice: () => {} });
    try {
      for (const key of keys) await admin.unsafe(`drop database if exists "${config.databases[key]}" with (force)`);
      for (const key of DB_ROLE_KEYS) await admin.unsafe(`drop role if exists "${config.dbRoles[key]}"`).catch(() => {});
    } finally {
      await admin.end({ timeout: 5 });
    }
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
