// The day and time filters read each section's meeting summary (days, first start, last end),
// which the course node writes with the meetings: it follows a change of meetings at once
// (through the catalog cache too), a section without times fits no filter, and every section of
// the database (demo data included) has the summary its meetings give.
import { beforeAll, describe, expect, setDefaultTimeout, test } from "bun:test";
import postgres from "postgres";
import { databaseUrlFor } from "../../nodes/shared/config";
import { getStack, type Stack } from "../support/stack";
import { admin, newSection, newTerm, type Person } from "./enrollment-fixtures";

setDefaultTimeout(30_000); // see tests/support/preload.ts

let stack: Stack;
let boss: Person;

beforeAll(async () => {
  stack = await getStack();
  boss = await admin(stack);
});

describe("meeting summary of sections", () => {
  test("filters follow a change of meetings at once, and a section without times fits none", async () => {
    const term = await newTerm(stack);
    const section = await newSection(stack, { termId: term.id, meetings: [{ day: "MON", start_time: "09:00", end_time: "09:50" }, { day: "WED", start_time: "10:00", end_time: "10:50" }] });
    const found = async (filters: string) => (await stack.api(`/api/v1/courses?term=${term.id}&${filters}`)).body.courses.map((c: { id: string }) => c.id);
    expect(await found("days=MON,WED")).toEqual([section.course_id]);
    expect(await found("days=MON")).toEqual([]);
    expect(await found("starts_after=09:00&ends_before=10:50")).toEqual([section.course_id]);
    expect(await found("starts_after=09:01")).toEqual([]);
    expect(await found("ends_before=10:49")).toEqual([]);

    const moved = await stack.api(`/api/v1/sections/${section.id}`, { method: "PATCH", token: boss.token, body: { meetings: [{ day: "SUN", start_time: "15:00", end_time: "16:30" }] } });
    expect(moved.status).toBe(200);
    expect(await found("days=MON,WED")).toEqual([]);
    expect(await found("days=SUN&starts_after=15:00&ends_before=16:30")).toEqual([section.course_id]);
    // Another change (the room) keeps the summary of the meetings it leaves as they were.
    expect((await stack.api(`/api/v1/sections/${section.id}`, { method: "PATCH", token: boss.token, body: { room: `MS ${Date.now() % 100000}` } })).status).toBe(200);
    expect(await found("days=SUN")).toEqual([section.course_id]);

    const cleared = await stack.api(`/api/v1/sections/${section.id}`, { method: "PATCH", token: boss.token, body: { meetings: [] } });
    expect(cleared.status).toBe(200);
    for (const filters of ["days=MON,TUE,WED,THU,FRI,SAT,SUN", "starts_after=00:00", "ends_before=24:00"]) expect(await found(filters), filters).toEqual([]);
    expect(await found("")).toEqual([section.course_id]);
  });

  test("every section's summary is what its meetings give (demo data and every test's sections)", async () => {
    const sql = postgres(databaseUrlFor(stack.config, "courses"), { max: 1, onnotice: () => {} });
    try {
      const wrong = await sql`
        select s.id from sections s
        left join (select section_id, bit_or(1 << (day - 1))::smallint as days, min(start_minute) as first_start, max(end_minute) as last_end
                   from section_meetings group by section_id) m on m.section_id = s.id
        where (s.meeting_days, s.first_start_minute, s.last_end_minute) is distinct from (coalesce(m.days, 0::smallint), m.first_start, m.last_end)`;
      expect(wrong.map((r) => r.id)).toEqual([]);
      expect((await sql`select count(*)::int as n from sections where meeting_days <> 0`)[0]!.n).toBeGreaterThan(50);
    } finally {
      await sql.end();
    }
  });
});
