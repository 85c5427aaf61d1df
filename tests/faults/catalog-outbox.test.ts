// A catalog change that registration follows is two steps: the course node commits the change
// with its catalog event, then asks the enrollment node to apply it. Here the course node (a real
// process) is killed -9 between the two, and the enrollment node finds and applies the event by
// itself: when it starts, and by its sweep. Meanwhile the state is the catalog's change with its
// event pending, never half an event: the seats only ever change with the event marked applied.
// A stack of this file's own, whose enrollment node sweeps only every 10 minutes, so nothing but
// the path under test applies an event.
import { setDefaultTimeout, afterAll, beforeAll, describe, expect, test } from "bun:test";
import { createServer, type Server, type Socket } from "node:net";
import postgres from "postgres";
import { databaseUrlFor, nodeDatabaseUrl } from "../../nodes/shared/config";
import { ClientRegistry } from "../../nodes/shared/grpc/client";
import { startEnrollmentNode } from "../../nodes/enrollment/main";
import type { RunningServiceNode } from "../../nodes/shared/service-node";
import { freePort, startOwnStack, type Stack } from "../support/stack";
import { admin, enroll, newSection, newStudents, newTerm } from "../system/enrollment-fixtures";
import { waitFor } from "./support/system";

setDefaultTimeout(30_000); // see tests/support/preload.ts

let stack: Stack & { stop(): Promise<void> };
let db: postgres.Sql;
const cleanups: Array<() => Promise<unknown> | unknown> = [];

beforeAll(async () => {
  stack = await startOwnStack({ env: { EDUSTREAM_CATALOG_SWEEP_MS: "600000" } });
  db = postgres(databaseUrlFor({ ...stack.config, dbPoolerUrl: undefined }, "courses"), { max: 2, onnotice: () => {} });
}, 120_000);

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => {});
  await db?.end({ timeout: 1 });
  await stack?.stop();
}, 60_000);

/** A section of capacity 1 with one student enrolled and one waiting. */
async function fullSectionWithWaitlist() {
  const term = await newTerm(stack);
  const section = await newSection(stack, { termId: term.id, capacity: 1 });
  const [seated, waiting] = await newStudents(stack, 2);
  expect((await enroll(stack, seated!, section.id)).body.enrollment.status).toBe("ENROLLED");
  expect((await enroll(stack, waiting!, section.id)).body.enrollment.status).toBe("WAITLISTED");
  return { section, seated: seated!, waiting: waiting! };
}

/** The section's counters and its rows by status. */
async function seats(sectionId: string) {
  const [row] = await db`
    select ss.capacity, ss.enrolled, ss.waitlisted,
           (select count(*)::int from enrollments e where e.section_id = ss.section_id and e.status = 'ENROLLED') as enrolled_rows,
           (select count(*)::int from enrollments e where e.section_id = ss.section_id and e.status = 'WAITLISTED') as waitlisted_rows
    from section_seats ss where ss.section_id = ${sectionId}`;
  return { ...row };
}

async function events(sectionId: string) {
  return db<Array<{ kind: string; applied: boolean; outcome: any }>>`
    select kind, applied_at is not null as applied, outcome from catalog_events where section_id = ${sectionId} order by seq`;
}

/** A TCP port that accepts connections and never answers: the enrollment node as a course node sees it. */
async function silentServer(): Promise<{ port: number; connected: Promise<void>; server: Server }> {
  const sockets: Socket[] = [];
  let connected!: () => void;
  const reached = new Promise<void>((resolve) => (connected = resolve));
  const server = createServer((socket) => {
    sockets.push(socket);
    connected();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanups.push(() => {
    sockets.forEach((s) => s.destroy());
    return new Promise((resolve) => server.close(resolve));
  });
  return { port: (server.address() as { port: number }).port, connected: reached, server };
}

/** Another enrollment node on the same database (port 0), stopped at the end. */
async function enrollmentNode(sweepMs: number): Promise<RunningServiceNode> {
  const node = await startEnrollmentNode({ ...stack.config, catalogSweepMs: sweepMs }, 0);
  cleanups.push(() => node.shutdown(1000));
  return node;
}

describe("the registration outbox when a node dies between the two steps", () => {
  test("the course node killed -9 after its commit, before its call: the enrollment node applies the change when it starts", async () => {
    const { section, waiting } = await fullSectionWithWaitlist();
    const silent = await silentServer();
    const port = await freePort();
    const child = Bun.spawn(["bun", "nodes/course/main.ts"], {
      cwd: stack.config.root,
      env: { ...process.env, ...stack.env, EDUSTREAM_NODE: "course", COURSE_PORT: String(port), ENROLLMENT_ADDR: `127.0.0.1:${silent.port}` },
      stdout: "ignore",
      stderr: "ignore",
    });
    cleanups.push(() => child.kill(9));
    const clients = new ClientRegistry({ ...stack.config.addresses, course: `127.0.0.1:${port}` }, 5000);
    cleanups.push(() => clients.closeAll());
    const course = clients.get("course");
    await waitFor(() => course.ListTerms({}).then(() => true, () => false), 20_000, 100);

    // The raise commits with its event; the call that follows reaches a port that never answers.
    const boss = await admin(stack);
    const call = course.UpdateSection({ id: section.id, capacity: 2, set_meetings: false, meetings: [] }, { token: boss.token }).catch((error) => error);
    await Promise.race([silent.connected, Bun.sleep(20_000).then(() => Promise.reject(new Error("the course node never called the enrollment node")))]);
    child.kill(9);
    expect(await child.exited).not.toBe(0);
    expect(await call).toBeInstanceOf(Error);

    // Committed: the catalog's half and its event, nothing applied yet (the waitlist still waits).
    expect((await events(section.id)).map((e) => `${e.kind} ${e.applied}`)).toEqual(["SECTION_CREATED true", "SECTION_CAPACITY false"]);
    expect(await seats(section.id)).toEqual({ capacity: 1, enrolled: 1, waitlisted: 1, enrolled_rows: 1, waitlisted_rows: 1 });

    await enrollmentNode(600_000);
    await waitFor(async () => (await events(section.id)).every((e) => e.applied), 20_000, 50);
    expect(await seats(section.id)).toEqual({ capacity: 2, enrolled: 2, waitlisted: 0, enrolled_rows: 2, waitlisted_rows: 0 });
    expect((await events(section.id))[1]!.outcome).toMatchObject({ capacity: 2, promoted_student_ids: [waiting.id], skipped: [] });
  }, 60_000);

  test("a change committed with its event and no call at all (the course node gone): the enrollment node's sweep applies it", async () => {
    const { section } = await fullSectionWithWaitlist();
    await enrollmentNode(100);
    // As the course node writes it, with its own role: the section cancelled and its event, one transaction.
    const course = postgres(nodeDatabaseUrl({ ...stack.config, dbPoolerUrl: undefined }, "course", "courses"), { max: 1, onnotice: () => {} });
    cleanups.push(() => course.end({ timeout: 1 }));
    await course.begin(async (tx) => {
      await tx`update sections set status = 'CANCELLED' where id = ${section.id}`;
      await tx`insert into catalog_events (id, kind, section_id) values (${crypto.randomUUID()}, 'SECTION_CANCELLED', ${section.id})`;
    });
    await waitFor(async () => (await events(section.id)).every((e) => e.applied), 20_000, 50);
    expect(await seats(section.id)).toEqual({ capacity: 1, enrolled: 0, waitlisted: 0, enrolled_rows: 0, waitlisted_rows: 0 });
    expect((await events(section.id)).at(-1)!.outcome).toEqual({ affected: 2 });
    const [rows] = await db`select count(*)::int as n from enrollments where section_id = ${section.id} and status = 'CANCELLED'`;
    expect(rows!.n).toBe(2);
  }, 60_000);
});
