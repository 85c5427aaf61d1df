// JSON the nodes write into jsonb columns is stored as JSON objects and arrays, never as a JSON
// string holding them: postgres.js JSON-encodes again a parameter the server types as jsonb, so
// `${JSON.stringify(x)}::jsonb` stored a string (catalog event outcomes, the enrollment node's
// audit details) and `jsonb_to_recordset` of one failed (notifications at a capacity raise).
import { setDefaultTimeout, afterAll, expect, test } from "bun:test";
import postgres from "postgres";
import { databaseUrlFor } from "../../nodes/shared/config";
import { getStack } from "../support/stack";
import { admin, enroll, newSection, newStudents, newTerm } from "./enrollment-fixtures";

setDefaultTimeout(30_000); // see tests/support/preload.ts

const opened: postgres.Sql[] = [];
afterAll(async () => {
  await Promise.all(opened.map((sql) => sql.end({ timeout: 1 }).catch(() => {})));
});

test("a capacity raise that promotes: its outcome, the notice and the audit details are JSON objects", async () => {
  const stack = await getStack();
  const term = await newTerm(stack);
  const section = await newSection(stack, { termId: term.id, capacity: 1 });
  const [first, second] = await newStudents(stack, 2);
  expect((await enroll(stack, first!, section.id)).body.enrollment.status).toBe("ENROLLED");
  expect((await enroll(stack, second!, section.id)).body.enrollment.status).toBe("WAITLISTED");
  const raised = await stack.api(`/api/v1/sections/${section.id}`, { method: "PATCH", token: (await admin(stack)).token, body: { capacity: 2 } });
  expect(raised.status).toBe(200);

  const sql = postgres(databaseUrlFor(stack.config, "courses"), { max: 1, onnotice: () => {} });
  opened.push(sql);
  const [status] = await sql<Array<{ status: string }>>`select status from enrollments where student_id = ${second!.id} and section_id = ${section.id}`;
  expect(status!.status).toBe("ENROLLED");
  const outcomes = await sql<Array<{ type: string; promoted: unknown }>>`
    select jsonb_typeof(outcome) as type, outcome -> 'promoted_student_ids' as promoted from catalog_events where section_id = ${section.id} and kind = 'SECTION_CAPACITY'`;
  expect([...outcomes]).toEqual([{ type: "object", promoted: [second!.id] }]);
  const notices = await sql<Array<{ kind: string }>>`select kind from notifications where recipient_id = ${second!.id}`;
  expect(notices.map((n) => n.kind)).toContain("WAITLIST_PROMOTED");
  const strings = await sql<Array<{ n: number }>>`
    select (select count(*) from catalog_events where jsonb_typeof(outcome) = 'string')::int
         + (select count(*) from audit_events where jsonb_typeof(details) = 'string')::int as n`;
  expect(strings[0]!.n).toBe(0);
});
