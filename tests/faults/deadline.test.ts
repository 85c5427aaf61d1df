// A call the client gave up on (its deadline passed) must not change anything afterwards: the
// client was told it failed and may already have moved on (dropped, enrolled again). Here a drop
// waits for the section's lock past its deadline; when the lock is released it must not land.
import { setDefaultTimeout, expect, test } from "bun:test";
import { status as GrpcStatus } from "@grpc/grpc-js";
import postgres from "postgres";
import { databaseUrlFor } from "../../nodes/shared/config";
import { getStack } from "../support/stack";
import { enroll, grpcError, newSection, newStudent, newTerm } from "../system/enrollment-fixtures";

setDefaultTimeout(30_000); // see tests/support/preload.ts

test("a drop still waiting when its deadline passes is rolled back, not applied late", async () => {
  const stack = await getStack();
  const term = await newTerm(stack);
  const section = await newSection(stack, { termId: term.id, capacity: 5 });
  const student = await newStudent(stack);
  const seat = await enroll(stack, student, section.id);
  expect(seat.status).toBe(201);
  const sql = postgres(databaseUrlFor(stack.config, "courses"), { max: 1, onnotice: () => {} });
  try {
    let release!: () => void;
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => (locked = r));
    const held = sql.begin(async (tx) => {
      await tx`select registration_lock_section(${section.id}::uuid)`;
      locked();
      await new Promise<void>((r) => (release = r));
    });
    await isLocked;
    const started = performance.now();
    const refused = await grpcError(stack.client("enrollment").Drop({ enrollment_id: seat.body.enrollment.id }, { token: student.token, deadlineMs: 400 }));
    expect(refused.code).toBe(GrpcStatus.DEADLINE_EXCEEDED);
    expect(performance.now() - started).toBeLessThan(1500);
    await Bun.sleep(300);
    release();
    await held;
    await Bun.sleep(300);
    const [row] = await sql<{ status: string }[]>`select status from enrollments where id = ${seat.body.enrollment.id}`;
    expect(row!.status).toBe("ENROLLED");
    const [seats] = await sql<{ enrolled: number }[]>`select enrolled from section_seats where section_id = ${section.id}`;
    expect(seats!.enrolled).toBe(1);
  } finally {
    await sql.end({ timeout: 1 });
  }
}, 30_000);
