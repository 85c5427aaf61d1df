// What is installed in the courses database is db/courses/registration.sql: the file is applied to
// a scratch database after the same migrations, and the functions and triggers of both must be
// the same (definitions compared as PostgreSQL prints them). TypeScript's list of each function's
// result columns is checked against the function, and the seat rule (seat_problem) is exercised on
// rows of the scratch database.
import { afterAll, beforeAll, describe, expect, setDefaultTimeout, test } from "bun:test";
import { drizzle } from "drizzle-orm/postgres-js";
import { migrate } from "drizzle-orm/postgres-js/migrator";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import postgres from "postgres";
import { applyRepeatableSql, REPEATABLE_SQL } from "../../db/setup";
import { databaseUrlFor } from "../../nodes/shared/config";
import { RESULT_COLUMNS } from "../../nodes/enrollment/registration-sql";
import { getStack } from "../support/stack";

setDefaultTimeout(30_000); // see tests/support/preload.ts

const stack = await getStack();
// Straight to the server even when the shared stack is pooled: these are the server's catalogs.
const liveUrl = databaseUrlFor({ ...stack.config, dbPoolerUrl: undefined }, "courses");
const scratchName = `edustream_test_${process.pid}_registration_sql`;
const scratchUrl = (() => {
  const url = new URL(liveUrl);
  url.pathname = `/${scratchName}`;
  return url.toString();
})();
const maintenance = (() => {
  const url = new URL(liveUrl);
  url.pathname = "/postgres";
  return postgres(url.toString(), { max: 1, onnotice: () => {} });
})();
const live = postgres(liveUrl, { max: 1, onnotice: () => {} });
let scratch: postgres.Sql;

beforeAll(async () => {
  await maintenance.unsafe(`drop database if exists "${scratchName}" with (force)`);
  await maintenance.unsafe(`create database "${scratchName}"`);
  scratch = postgres(scratchUrl, { max: 1, onnotice: () => {} });
  await migrate(drizzle(scratch), { migrationsFolder: join(stack.config.root, "db/courses/migrations") });
  await applyRepeatableSql(scratch, stack.config, "courses");
});

afterAll(async () => {
  await scratch?.end({ timeout: 1 });
  await live.end({ timeout: 1 });
  await maintenance.unsafe(`drop database if exists "${scratchName}" with (force)`);
  await maintenance.end({ timeout: 1 });
});

/** Every function of the public schema with its definition, and every trigger with its. */
async function installed(sql: postgres.Sql) {
  const functions = await sql<Array<{ signature: string; definition: string }>>`
    select p.oid::regprocedure::text as signature, pg_get_functiondef(p.oid) as definition
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace
    where n.nspname = 'public' order by 1`;
  const triggers = await sql<Array<{ name: string; definition: string }>>`
    select tgrelid::regclass::text || '.' || tgname as name, pg_get_triggerdef(oid) as definition
    from pg_trigger where not tgisinternal order by 1`;
  return { functions: functions.map((f) => ({ ...f })), triggers: triggers.map((t) => ({ ...t })) };
}

/** A function's result columns (OUT and TABLE arguments) as `name type`. */
async function resultColumns(sql: postgres.Sql, name: string): Promise<string[]> {
  const rows = await sql<Array<{ column: string }>>`
    select a.name || ' ' || format_type(a.type, null) as column
    from pg_proc p join pg_namespace n on n.oid = p.pronamespace,
         unnest(p.proargnames, p.proargmodes::text[], p.proallargtypes) with ordinality as a(name, mode, type, i)
    where n.nspname = 'public' and p.proname = ${name} and a.mode in ('o', 't')
    order by a.i`;
  return rows.map((r) => r.column);
}

describe("registration.sql", () => {
  test("the courses database runs exactly the functions of the file, and no trigger", async () => {
    const expected = await installed(scratch);
    expect(await installed(live)).toEqual(expected);
    expect(expected.triggers).toEqual([]);
    const file = readFileSync(join(stack.config.root, REPEATABLE_SQL.courses!), "utf8");
    const defined = [...file.matchAll(/^CREATE OR REPLACE FUNCTION (\w+)\(/gm)].map((m) => m[1]).sort();
    expect(expected.functions.map((f) => f.signature.split("(")[0]).sort()).toEqual(defined);
  });

  test("applying the file again changes nothing (it is repeatable)", async () => {
    const before = await installed(scratch);
    await applyRepeatableSql(scratch, stack.config, "courses");
    expect(await installed(scratch)).toEqual(before);
  });

  test("TypeScript reads each function's result columns as the function answers them", async () => {
    for (const [name, columns] of Object.entries(RESULT_COLUMNS)) {
      expect({ name, columns: await resultColumns(live, name) }).toEqual({ name, columns: Object.entries(columns).map(([column, type]) => `${column} ${type}`) });
    }
  });

  test("a meeting is its minutes in the week, day 1 being Monday", async () => {
    const [row] = await scratch`select meeting_range(1, 540, 590)::text as monday, meeting_range(7, 0, 1440)::text as sunday`;
    expect({ ...row }).toEqual({ monday: "[1980,2030)", sunday: "[10080,11520)" });
  });

  test("seat_problem: a clash with an enrolled section of the term, else the credit limit (inclusive); waitlist places and other terms hold nothing", async () => {
    const id = () => crypto.randomUUID() as string;
    const [student, term, otherTerm, held, waiting, dropped, elsewhere, wanted] = [id(), id(), id(), id(), id(), id(), id(), id()];
    const row = (section: string, status: string, termId: string, credits: number, meetings: string) =>
      scratch`insert into enrollments (student_id, section_id, term_id, status, waitlist_seq, course_id, credits, meetings)
              values (${student}, ${section}, ${termId}, ${status}, ${status === "WAITLISTED" ? 1 : null}, gen_random_uuid(), ${credits}, ${meetings}::int4multirange)`;
    await row(held, "ENROLLED", term, 4, "{[1980,2030)}"); // Mon 09:00-09:50
    await row(waiting, "WAITLISTED", term, 6, "{[3420,3470)}"); // Tue 09:00-09:50
    await row(dropped, "DROPPED", term, 6, "{[4860,4910)}"); // Wed 09:00-09:50
    await row(elsewhere, "ENROLLED", otherTerm, 6, "{[6300,6350)}"); // Thu, another term
    const ask = async (meetings: string, credits: number, limit: number) => {
      const [answer] = await scratch`select problem, other, credits from seat_problem(${student}, ${term}, ${wanted}, ${meetings}::int4multirange, ${credits}, ${limit})`;
      return { ...answer };
    };
    expect(await ask("{[2000,2060)}", 3, 18)).toEqual({ problem: "TIME_CONFLICT", other: held, credits: 7 });
    expect(await ask("{[2030,2080)}", 3, 18)).toEqual({ problem: null, other: null, credits: 7 }); // starts when the other ends
    expect(await ask("{[3420,3470),[4860,4910),[6300,6350)}", 3, 18)).toEqual({ problem: null, other: null, credits: 7 });
    expect(await ask("{}", 14, 18)).toEqual({ problem: null, other: null, credits: 18 });
    expect(await ask("{}", 14, 17)).toEqual({ problem: "CREDIT_LIMIT", other: null, credits: 18 });
    // The section's own row (a waitlisted student offered its seat) is not held against it.
    const [own] = await scratch`select problem from seat_problem(${student}, ${term}, ${held}, '{[1980,2030)}'::int4multirange, 4, 18)`;
    expect(own?.problem).toBeNull();
  });
});
