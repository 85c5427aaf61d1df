// Each node's own database role, as the running stack created it: refused on the databases of
// other nodes and on the tables it does not own, allowed what it needs. Statements end in
// `where false` so the privilege check runs and no row changes (nextval only gaps the sequence).
import { setDefaultTimeout, afterAll, describe, expect, test } from "bun:test";
import postgres from "postgres";
import { databaseUrlFor, nodeDatabaseUrl, type NodeDbRole } from "../../nodes/shared/config";
import { assertNotSuperuser } from "../../nodes/shared/db";
import { getStack } from "../support/stack";

setDefaultTimeout(30_000); // see tests/support/preload.ts

type DatabaseKey = "auth" | "courses" | "grades";
const HOME: Record<NodeDbRole, DatabaseKey> = { auth: "auth", course: "courses", enrollment: "courses", grades: "grades", facultyGrades: "grades" };

const stack = await getStack();
const open: postgres.Sql[] = [];
afterAll(async () => {
  await Promise.all(open.map((sql) => sql.end({ timeout: 1 })));
});

function connect(role: NodeDbRole, database: DatabaseKey): postgres.Sql {
  // Straight to PostgreSQL (even when the stack is pooled): the grants are the server's.
  const sql = postgres(nodeDatabaseUrl({ ...stack.config, dbPoolerUrl: undefined }, role, database), { max: 1, onnotice: () => {}, connect_timeout: 5 });
  open.push(sql);
  return sql;
}

/** The SQLSTATE of a statement, or "ok". */
async function outcome(role: NodeDbRole, database: DatabaseKey, statement: string): Promise<string> {
  try {
    await connect(role, database).unsafe(statement);
    return "ok";
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
}

const DENIED = "42501"; // insufficient_privilege: for a database (connect) and for a table alike

// [role, statement, expected]: what each node needs, and what it must never do, in its own database.
const CASES: Array<[NodeDbRole, string, "ok" | typeof DENIED]> = [
  ["auth", "select id, password_hash from users where false", "ok"],
  ["auth", "update refresh_tokens set revoked_at = now() where false", "ok"],
  ["auth", "delete from login_throttle where false", "ok"],
  ["auth", "delete from audit_events where false", DENIED],
  ["auth", "update lms_clients set revoked_at = now() where false", "ok"],
  ["auth", "delete from lms_clients where false", DENIED],
  ["auth", "create table intruder (id int)", DENIED],
  ["course", "update courses set credits = credits where false", "ok"],
  ["course", "delete from section_meetings where false", "ok"],
  ["course", "insert into audit_events select * from audit_events where false", "ok"],
  ["course", "update enrollments set status = 'CANCELLED' where false", DENIED],
  ["course", "insert into enrollments select * from enrollments where false", DENIED],
  ["course", "select id from enrollments where false", DENIED],
  ["course", "update section_seats set enrolled = 0 where false", DENIED],
  ["course", "delete from section_seats where false", DENIED],
  ["course", "select nextval('waitlist_seq')", DENIED],
  ["course", "insert into section_seats select * from section_seats where false", DENIED],
  ["course", "insert into catalog_events (id, kind, section_id, course_id, capacity) select id, kind, section_id, course_id, capacity from catalog_events where false", DENIED],
  ["course", "insert into catalog_events (id, kind, section_id) select gen_random_uuid(), 'SECTION_MEETINGS', id from sections where false", "ok"],
  ["course", "insert into catalog_events (id, kind, section_id, applied_at) select gen_random_uuid(), 'SECTION_MEETINGS', id, now() from sections where false", DENIED],
  ["course", "update catalog_events set applied_at = now() where false", DENIED],
  ["course", "delete from catalog_events where false", DENIED],
  ["course", "select seat_problem(gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), '{}', 0, 18)", DENIED],
  ["course", "update audit_events set action = action where false", DENIED],
  ["course", "select token_hash from calendar_feeds where false", DENIED],
  ["enrollment", "delete from calendar_feeds where false", "ok"],
  ["enrollment", "update calendar_feeds set window_count = 0 where false", "ok"],
  ["enrollment", "update enrollments set status = status where false", "ok"],
  ["enrollment", "update section_seats set enrolled = enrolled where false", "ok"],
  ["enrollment", "select nextval('waitlist_seq')", "ok"],
  ["enrollment", "select id from courses where false", "ok"],
  ["enrollment", "update courses set credits = 0 where false", DENIED],
  ["enrollment", "insert into sections select * from sections where false", DENIED],
  ["enrollment", "delete from terms where false", DENIED],
  ["enrollment", "update section_meetings set day = day where false", DENIED],
  ["enrollment", "insert into audit_events select * from audit_events where false", DENIED],
  // Holds and appointments: the enrollment node's; their audit rows written, never read or changed.
  ["enrollment", "insert into audit_events (actor_id, actor_username, action, entity, entity_id) select gen_random_uuid(), 'a', 'hold.place', 'hold', 'x' where false", "ok"],
  ["enrollment", "select id from audit_events where false", DENIED],
  ["enrollment", "update student_holds set lifted_at = now(), lifted_by = placed_by where false", "ok"],
  ["enrollment", "delete from student_holds where false", DENIED],
  ["enrollment", "delete from registration_appointments where false", "ok"],
  ["enrollment", "select * from registration_problems(gen_random_uuid(), gen_random_uuid())", "ok"],
  ["course", "select id from student_holds where false", DENIED],
  ["course", "select student_id from registration_appointments where false", DENIED],
  ["course", "select * from registration_problems(gen_random_uuid(), gen_random_uuid())", DENIED],
  ["enrollment", "delete from section_seats where false", DENIED],
  ["enrollment", "insert into section_seats select * from section_seats where false", "ok"],
  ["enrollment", "select id, kind, section_id, course_id, capacity from catalog_events where false", "ok"],
  ["enrollment", "update catalog_events set applied_at = now(), outcome = '{}' where false", "ok"],
  ["enrollment", "update catalog_events set capacity = 0 where false", DENIED],
  ["enrollment", "insert into catalog_events (id, kind, section_id) select gen_random_uuid(), 'SECTION_MEETINGS', id from sections where false", DENIED],
  ["enrollment", "delete from catalog_events where false", DENIED],
  ["enrollment", "select seat_problem(gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), '{}', 0, 18)", "ok"],
  ["enrollment", "insert into notifications select * from notifications where false", "ok"],
  ["enrollment", "update notifications set read_at = now() where false", "ok"],
  ["enrollment", "update notifications set body = body where false", DENIED],
  ["enrollment", "delete from notifications where false", DENIED],
  ["enrollment", "update email_outbox set settled_at = now() where false", "ok"],
  ["course", "select id from notifications where false", DENIED],
  ["course", "select * from email_outbox where false", DENIED],
  // Plans and waitlist swaps are registration's alone.
  ["enrollment", "insert into plan_sections select * from plan_sections where false", "ok"],
  ["enrollment", "delete from registration_plans where false", "ok"],
  ["enrollment", "update waitlist_swaps set waitlist_seq = waitlist_seq where false", "ok"],
  ["course", "select id from registration_plans where false", DENIED],
  ["course", "select section_id from plan_sections where false", DENIED],
  ["course", "delete from waitlist_swaps where false", DENIED],
  ["grades", "select * from grades where false", "ok"],
  ["grades", "select * from grade_changes where false", "ok"],
  ["grades", "update grades set grade = grade where false", DENIED],
  ["grades", "insert into grade_changes select * from grade_changes where false", DENIED],
  ["grades", "update section_grading set released_at = released_at where false", DENIED],
  ["grades", "update notifications set read_at = now() where false", "ok"],
  ["grades", "update notifications set title = title where false", DENIED],
  ["grades", "insert into notifications select * from notifications where false", DENIED],
  ["grades", "select * from email_outbox where false", DENIED],
  ["facultyGrades", "insert into notifications select * from notifications where false", "ok"],
  ["facultyGrades", "update notifications set read_at = now() where false", DENIED],
  ["facultyGrades", "update email_outbox set settled_at = now() where false", "ok"],
  ["facultyGrades", "update grades set grade = grade where false", "ok"],
  ["facultyGrades", "insert into grade_changes select * from grade_changes where false", "ok"],
  ["facultyGrades", "update section_grading set released_at = released_at where false", "ok"],
  ["facultyGrades", "update grade_changes set reason = reason where false", DENIED],
  ["facultyGrades", "delete from grade_changes where false", DENIED],
  ["facultyGrades", "delete from grades where false", DENIED],
  ["facultyGrades", "update grade_scale set points = 0 where false", DENIED],
];

describe("database roles", () => {
  test.each(CASES)("%s: %s -> %s", async (role, statement, expected) => {
    expect(await outcome(role, HOME[role], statement)).toBe(expected);
  });

  test("each node's role is refused on every database but its own", async () => {
    const seen: Record<string, string> = {};
    for (const role of Object.keys(HOME) as NodeDbRole[]) {
      for (const database of ["auth", "courses", "grades"] as DatabaseKey[]) {
        seen[`${role} on ${database}`] = await outcome(role, database, "select 1");
      }
    }
    // 42501: no CONNECT on that database. With a database on a server of its own
    // (EDUSTREAM_TEST_AUTH_DATABASE_URL) the role does not even exist on the other server:
    // 28P01 (password refused) or 28000 (no such role), refused at the door all the same.
    const normalised = Object.fromEntries(Object.entries(seen).map(([key, code]) => [key, code === "28000" || code === "28P01" ? DENIED : code]));
    const expected = Object.fromEntries(Object.keys(seen).map((key) => [key, key.endsWith(`on ${HOME[key.split(" ")[0] as NodeDbRole]}`) ? "ok" : DENIED]));
    expect(normalised).toEqual(expected);
  });

  test("no node role is a superuser, may create roles or databases, or bypasses row security", async () => {
    for (const [role, home] of Object.entries(HOME) as Array<[NodeDbRole, DatabaseKey]>) {
      const sql = postgres(databaseUrlFor(stack.config, home), { max: 1, onnotice: () => {} });
      open.push(sql);
      const [row] = await sql`select rolname, rolsuper, rolcreaterole, rolcreatedb, rolbypassrls from pg_roles where rolname = ${stack.config.dbRoles[role]}`;
      expect({ ...row }).toEqual({ rolname: stack.config.dbRoles[role], rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false });
    }
    const admin = postgres(databaseUrlFor(stack.config, "courses"), { max: 1, onnotice: () => {} });
    open.push(admin);
    // Every table of the courses database belongs to the owner role, not to a node or the superuser.
    const owners = await admin`select distinct pg_get_userbyid(relowner) as owner from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and relkind in ('r', 'S')`;
    expect(owners.map((r) => r.owner)).toEqual([stack.config.dbRoles.owner]);
  });

  test("no trigger on a catalog table writes registration's rows: the course node's changes reach them only as catalog events", async () => {
    const admin = postgres(databaseUrlFor(stack.config, "courses"), { max: 1, onnotice: () => {} });
    open.push(admin);
    const triggers = await admin`select tgrelid::regclass::text as on_table, tgname from pg_trigger where not tgisinternal`;
    expect(triggers.map((t) => `${t.on_table}.${t.tgname}`)).toEqual([]);
    const definers = await admin`select proname from pg_proc p join pg_namespace n on n.oid = p.pronamespace where n.nspname = 'public' and p.prosecdef`;
    expect(definers.map((d) => d.proname)).toEqual([]);
  });

  test("a connection as a superuser is refused for a node; a node's own role is accepted", async () => {
    const admin = postgres(databaseUrlFor(stack.config, "auth"), { max: 1, onnotice: () => {} });
    open.push(admin);
    await expect(assertNotSuperuser(admin, "auth")).rejects.toThrow(/refusing to start the auth node: its database role "postgres" is a superuser/);
    await assertNotSuperuser(connect("auth", "auth"), "auth");
  });
});
