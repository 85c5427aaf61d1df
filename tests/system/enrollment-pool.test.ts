// The enrollment node never waits for a second pooled connection while a transaction holds one
// (and the section and student locks taken in it). It once did: promoting from a waitlist read
// the candidate's sections from the pool when they were not in memory, so under a rush, with
// every connection held by enrollments waiting for the section's lock, the lock holder waited for
// a free connection forever (the "stuck at the end of a run" requests of docs/benchmarks.md).
// Here the pool has ONE connection: any such second read can never be served.
import { setDefaultTimeout, afterAll, describe, expect, test } from "bun:test";
import postgres from "postgres";
import { nodeDatabaseUrl } from "../../nodes/shared/config";
import { SectionFactsCache } from "../../nodes/enrollment/section-facts";
import { Waitlist } from "../../nodes/enrollment/waitlist";
import { getStack } from "../support/stack";
import { enroll, newSection, newStudents, newTerm } from "./enrollment-fixtures";

setDefaultTimeout(30_000); // see tests/support/preload.ts

const opened: postgres.Sql[] = [];
afterAll(async () => {
  await Promise.all(opened.map((sql) => sql.end({ timeout: 1 }).catch(() => {})));
});

/** Resolves with the promise's value, or rejects when it has not settled within `ms`. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return Promise.race([promise, Bun.sleep(ms).then(() => Promise.reject(new Error(`${what} did not finish within ${ms} ms: it waits for a second connection`)))]);
}

describe("one connection per transaction", () => {
  test("a waitlist promotion reads what it needs on its own transaction's connection", async () => {
    const stack = await getStack();
    const term = await newTerm(stack);
    const full = await newSection(stack, { termId: term.id, capacity: 1 });
    const other = await newSection(stack, { termId: term.id, meetings: [{ day: "FRI", start_time: "13:00", end_time: "14:00" }] });
    const [holder, waiting] = await newStudents(stack, 2);
    expect((await enroll(stack, holder!, full.id)).status).toBe(201);
    expect((await enroll(stack, waiting!, other.id)).body.enrollment.status).toBe("ENROLLED");
    expect((await enroll(stack, waiting!, full.id)).body.enrollment.status).toBe("WAITLISTED");

    const sql = postgres(nodeDatabaseUrl(stack.config, "enrollment", "courses"), { max: 1, onnotice: () => {}, prepare: !stack.config.dbPoolerUrl });
    opened.push(sql);
    // A fresh cache: the waiting student's other section is not in memory and must be read.
    const facts = new SectionFactsCache(sql);
    const section = (await facts.one(full.id))!;
    const fresh = new SectionFactsCache(sql);
    const waitlist = new Waitlist(fresh, 18);
    const rolledBack = new Error("rolled back on purpose");
    const offered = within(
      sql
        .begin(async (tx) => {
          const offer = await waitlist.offer(tx, section, 1);
          expect(offer.promoted).toEqual([waiting!.id]);
          throw rolledBack; // leave the section as it was
        })
        .catch((error) => {
          if (error !== rolledBack) throw error;
        }),
      5000,
      "the promotion",
    );
    await offered;
    const [row] = await sql<Array<{ status: string }>>`select status from enrollments where student_id = ${waiting!.id} and section_id = ${full.id}`;
    expect(row!.status).toBe("WAITLISTED");
  });
});
