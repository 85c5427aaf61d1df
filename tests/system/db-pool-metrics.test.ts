// The pool gauges of the database wrapper (docs/operations.md: the pool gauges): postgres.js has
// no pool statistics, so db.ts counts statements and transactions in flight against the pool size.
import { setDefaultTimeout, afterAll, beforeAll, describe, expect, test } from "bun:test";
import { sql as drizzleSql } from "drizzle-orm";
import { nodeDatabaseUrl } from "../../nodes/shared/config";
import { openDatabase, type Database } from "../../nodes/shared/db";
import { NodeMetrics } from "../../nodes/shared/telemetry/metrics";
import { getStack } from "../support/stack";

setDefaultTimeout(30_000); // see tests/support/preload.ts

describe("database pool gauges", () => {
  const metrics = new NodeMetrics("course");
  let database: Database<Record<string, never>>;
  let name: string;

  beforeAll(async () => {
    const stack = await getStack();
    name = stack.config.databases.courses;
    database = openDatabase(nodeDatabaseUrl(stack.config, "course", "courses"), {}, 2, { telemetry: { node: "course", metrics } });
   }, 60_000);
  afterAll(() => database.close());

  const gauges = async () => {
    const text = await metrics.registry.metrics();
    const read = (metric: string) => Number(new RegExp(`^${metric}\\{database="${name}",node="course"\\} (\\S+)$`, "m").exec(text)?.[1] ?? NaN);
    return { inUse: read("edustream_db_pool_connections_in_use"), waiting: read("edustream_db_pool_connections_waiting"), max: read("edustream_db_pool_connections_max") };
  };

  test("statements in flight hold the pool up to its size; the rest wait; all is released when they settle", async () => {
    expect(await gauges()).toEqual({ inUse: 0, waiting: 0, max: 2 });
    // Counted from the moment they are sent (execute, or the first await), not when the driver picks them up.
    const running = Promise.all([1, 2, 3].map(() => database.sql`select pg_sleep(0.2)`.execute()));
    expect(await gauges()).toEqual({ inUse: 2, waiting: 1, max: 2 });
    await running;
    expect(await gauges()).toEqual({ inUse: 0, waiting: 0, max: 2 });
  });

  test("a transaction holds one connection for its whole length, its statements inside it; fragments and failures are not left counted", async () => {
    const fragment = database.sql`where true`;
    expect(fragment).toBeDefined();
    await database.sql.begin(async (tx) => {
      expect((await gauges()).inUse).toBe(1);
      await tx`select 1`;
      expect((await gauges()).inUse).toBe(1);
    });
    await expect(database.sql`select * from no_such_table`).rejects.toThrow();
    // Through Drizzle (sql.unsafe underneath) as the services query.
    await expect(Promise.resolve().then(() => database.db.execute(drizzleSql`select 1 / 0`))).rejects.toThrow("Failed query: select 1 / 0");
    expect(await gauges()).toEqual({ inUse: 0, waiting: 0, max: 2 });
  });
});
