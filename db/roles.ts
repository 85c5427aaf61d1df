// The database roles and what each may do. Every table belongs to the owner role (migrations run
// as it); each node connects with a role of its own that reaches only its database and, inside
// it, only the tables and privileges listed here. The same statements serve the embedded default
// (applied by setup) and a production install (`bun run db:roles` prints or applies them).
import type postgres from "postgres";
import { dbRolePassword, type Config, type DbRoleKey, type NodeDbRole } from "../nodes/shared/config";

export type DatabaseKey = keyof Config["databases"];

const ALL = "select, insert, update, delete";
const CATALOG = ["terms", "departments", "courses", "course_prerequisites", "sections", "section_meetings"];

/**
 * Table privileges of each node role, by database. A node absent from a database cannot even
 * connect to it. Sequences are listed with "usage".
 */
export const PRIVILEGES: Record<DatabaseKey, Partial<Record<NodeDbRole, Record<string, string>>>> = {
  auth: {
    auth: { users: ALL, refresh_tokens: ALL, login_throttle: ALL, audit_events: "select, insert", lms_clients: "select, insert, update" },
  },
  courses: {
    // The catalog: terms, courses, sections and their meetings. Seats, enrollments and waitlists
    // are read (seat numbers in listings) and never written here: a change registration must
    // follow is an event in the outbox, written with it (the event's own columns only).
    course: {
      ...Object.fromEntries(CATALOG.map((table) => [table, ALL])),
      section_seats: "select",
      catalog_events: "insert (id, kind, section_id, course_id, capacity)",
      audit_events: "select, insert",
      // Read by the catalog caches; raised by the triggers of the catalog tables, which run as the writer.
      catalog_version: "select, update",
    },
    // Registration: enrollments, seats and waitlists; the catalog is read only; the outbox's
    // events are read and marked applied (with their outcome), never written otherwise.
    enrollment: {
      ...Object.fromEntries(CATALOG.map((table) => [table, "select"])),
      section_seats: "select, insert, update",
      enrollments: ALL,
      waitlist_seq: "usage",
      catalog_events: "select, update (applied_at, outcome)",
      // Students' calendar subscriptions (the hash of each secret).
      calendar_feeds: ALL,
      // The registrar's holds (never deleted: lifting is an update) and registration appointments
      // (groups and each student's materialised start), with their audit trail (written only).
      student_holds: "select, insert, update",
      appointment_groups: ALL,
      appointment_group_students: ALL,
      registration_appointments: ALL,
      audit_events: "insert",
      // Notifications of promotions and skips, written with them; the student marks them read.
      notifications: "select, insert, update (read_at)",
      email_outbox: "select, insert, update",
      // Students' plans and their "drop A when promoted" swaps.
      registration_plans: ALL,
      plan_sections: ALL,
      waitlist_swaps: ALL,
    },
  },
  grades: {
    // Reads for students; the one write: a student marks their notifications read.
    grades: { grade_scale: "select", section_grading: "select", grades: "select", grade_changes: "select", notifications: "select, update (read_at)" },
    // Grade entry: grades and their history (append only); the scale is reference data.
    facultyGrades: { grade_scale: "select", section_grading: "select, insert, update", grades: "select, insert, update", grade_changes: "select, insert", notifications: "select, insert", email_outbox: "select, insert, update" },
  },
};

/**
 * Who may call the functions of a database (all of them: they are registration's, from
 * db/courses/registration.sql). They run with the caller's privileges; nobody else may call them.
 */
export const FUNCTION_CALLERS: Record<DatabaseKey, NodeDbRole[]> = {
  auth: [],
  courses: ["enrollment"],
  grades: [],
};

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;
const literal = (value: string) => `'${value.replace(/'/g, "''")}'`;

/** The node roles that open a database. */
export function rolesOf(which: DatabaseKey): NodeDbRole[] {
  return Object.keys(PRIVILEGES[which]) as NodeDbRole[];
}

/** Creates (or updates the password of) the owner and the node roles: needs a superuser. */
export function roleStatements(config: Config, roles: readonly DbRoleKey[]): string[] {
  return roles.flatMap((key) => {
    const role = quote(config.dbRoles[key]);
    const password = literal(dbRolePassword(config, key));
    const options = `login nosuperuser nocreatedb nocreaterole inherit nobypassrls password ${password}`;
    return [
      `do $$ begin if not exists (select from pg_roles where rolname = ${literal(config.dbRoles[key])}) then create role ${role}; end if; end $$`,
      `alter role ${role} with ${options}${key === "owner" ? "" : " connection limit 200"}`,
    ];
  });
}

/** Creates a database owned by the owner role (run on the server's maintenance database). */
export function databaseStatements(config: Config, which: DatabaseKey): string[] {
  return [`create database ${quote(config.databases[which])} owner ${quote(config.dbRoles.owner)}`];
}

/**
 * Grants inside one database (run as its owner, or a superuser, connected to it): only the
 * listed node roles may connect; each gets its privileges and nothing by default.
 */
export function grantStatements(config: Config, which: DatabaseKey): string[] {
  const database = quote(config.databases[which]);
  const nodeRoles = rolesOf(which).map((key) => quote(config.dbRoles[key]));
  const statements = [
    `revoke all on database ${database} from public`,
    ...nodeRoles.map((role) => `grant connect, temporary on database ${database} to ${role}`),
    `revoke create on schema public from public`,
    ...nodeRoles.map((role) => `grant usage on schema public to ${role}`),
  ];
  for (const [key, tables] of Object.entries(PRIVILEGES[which]) as Array<[NodeDbRole, Record<string, string>]>) {
    const role = quote(config.dbRoles[key]);
    for (const [name, privileges] of Object.entries(tables)) {
      const kind = privileges === "usage" ? "sequence" : "table";
      statements.push(`revoke all on ${kind} ${quote(name)} from ${role}`, `grant ${privileges} on ${kind} ${quote(name)} to ${role}`);
    }
  }
  statements.push(`revoke execute on all functions in schema public from public`);
  for (const key of FUNCTION_CALLERS[which]) statements.push(`grant execute on all functions in schema public to ${quote(config.dbRoles[key])}`);
  return statements;
}

/**
 * Hands every table, sequence, view and function of the public and drizzle schemas, and the
 * database itself, to the owner role (a database created before the roles existed).
 */
export async function takeOwnership(sql: postgres.Sql, config: Config, which: DatabaseKey): Promise<void> {
  const owner = quote(config.dbRoles.owner);
  await sql.unsafe(`alter database ${quote(config.databases[which])} owner to ${owner}`);
  await sql.unsafe(`create schema if not exists drizzle authorization ${owner}`);
  await sql.unsafe(`alter schema drizzle owner to ${owner}`);
  const objects = await sql<Array<{ statement: string }>>`
    select format('alter %s %I.%I owner to %I', case c.relkind when 'S' then 'sequence' when 'v' then 'view' else 'table' end, n.nspname, c.relname, ${config.dbRoles.owner}::text) as statement
    from pg_class c join pg_namespace n on n.oid = c.relnamespace
    where n.nspname in ('public', 'drizzle') and c.relkind in ('r', 'p', 'v', 'S')
      and pg_get_userbyid(c.relowner) <> ${config.dbRoles.owner}::text
      and not (c.relkind = 'S' and exists (select from pg_depend d where d.objid = c.oid and d.deptype in ('a', 'i')))
    union all
    select format('alter function %s owner to %I', p.oid::regprocedure, ${config.dbRoles.owner}::text)
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'public' and pg_get_userbyid(p.proowner) <> ${config.dbRoles.owner}::text`;
  for (const { statement } of objects) await sql.unsafe(statement);
}

/** True when the connection's role may create roles and databases (a superuser). */
export async function isSuperuser(sql: postgres.Sql): Promise<boolean> {
  const [row] = await sql<Array<{ rolsuper: boolean }>>`select rolsuper from pg_roles where rolname = current_user`;
  return row?.rolsuper === true;
}

/** What a production install creates on each server, as a superuser, before the first setup. */
export interface ServerPlan {
  /** URL of the server (with the credentials of EDUSTREAM_*_DATABASE_URL). */
  server: string;
  roles: string[];
  databases: Array<{ key: DatabaseKey; name: string; create: string[]; grants: string[] }>;
}

export function installPlan(config: Config): ServerPlan[] {
  const servers = new Map<string, DatabaseKey[]>();
  for (const which of Object.keys(config.databases) as DatabaseKey[]) {
    const url = new URL(config.databaseServers[which]);
    url.pathname = "/postgres";
    servers.set(url.toString(), [...(servers.get(url.toString()) ?? []), which]);
  }
  return [...servers].map(([server, keys]) => ({
    server,
    roles: roleStatements(config, [...new Set<DbRoleKey>(["owner", ...keys.flatMap(rolesOf)])]),
    // Table grants need the tables: `bun run db:setup` applies them after the migrations.
    databases: keys.map((key) => ({ key, name: config.databases[key], create: databaseStatements(config, key), grants: grantStatements(config, key).filter((s) => / on (database|schema) /.test(s)) })),
  }));
}

/** The plan as a psql script. */
export function installScript(config: Config): string {
  return installPlan(config).map((plan) => [
    `-- On the PostgreSQL server at ${new URL(plan.server).host}, as a superuser:`,
    ...plan.roles.map((s) => `${s};`),
    ...plan.databases.flatMap((d) => d.create.map((s) => `${s};`)),
    ...plan.databases.flatMap((d) => [`\\connect ${d.name}`, ...d.grants.map((s) => `${s};`)]),
    "",
  ].join("\n")).join("\n");
}
