// Every service checks the length of each text field itself (not only the gateway): a direct
// gRPC call with a 1 MiB value gets INVALID_ARGUMENT naming the field, before any rule runs.
import { setDefaultTimeout, expect, test } from "bun:test";
import { status as GrpcStatus } from "@grpc/grpc-js";
import { getStack } from "../support/stack";
import { admin, grpcError } from "../system/enrollment-fixtures";

setDefaultTimeout(30_000); // see tests/support/preload.ts

// Under every service's message cap (64 KiB for auth, enrollment and grades; nodes/shared/grpc/options.ts),
// far over any field's length: the service's own field check must refuse it.
const HUGE = "u".repeat(40 * 1024);

test("a 40 KiB text field is refused by every service, naming the field, signed in or not; a 1 MiB request by the message cap", async () => {
  const stack = await getStack();
  const boss = await admin(stack);
  const options = { token: boss.token };
  const calls: Array<[string, () => Promise<unknown>]> = [
    ["username", () => stack.client("auth").Login({ username: HUGE, password: "x", client_address: "" })],
    ["name", () => stack.client("auth").Register({ username: "someone", password: "Correct-Horse-Battery-9", name: HUGE, client_address: "" })],
    ["query", () => stack.client("auth").ListUsers({ query: HUGE, role: "ROLE_UNSPECIFIED", page_size: 1, page_token: "", order_by: "" }, options)],
    ["query", () => stack.client("course").SearchCourses({ query: HUGE })],
    ["title", () => stack.client("course").CreateCourse({ code: "CS 1", title: HUGE, description: "", credits: 3, department: "CS", prerequisite_ids: [] }, options)],
    ["idempotency_key", () => stack.client("enrollment").Enroll({ section_id: "x", idempotency_key: HUGE }, options)],
    ["student_id", () => stack.client("grades").GetTranscript({ student_id: HUGE }, options)],
    ["reason", () => stack.client("facultyGrades").SetGrade({ section_id: "x", student_id: "y", grade: "A", reason: HUGE }, options)],
  ];
  for (const [field, call] of calls) {
    const error = await grpcError(call());
    expect({ field, code: error.code }).toEqual({ field, code: GrpcStatus.INVALID_ARGUMENT });
    expect(error.details).toContain(field);
    expect(error.details.length).toBeLessThan(200);
  }
  const tooBig = await grpcError(stack.client("auth").Login({ username: "u".repeat(1024 * 1024), password: "x", client_address: "" }));
  expect(tooBig.code).toBe(GrpcStatus.RESOURCE_EXHAUSTED);
}, 60_000);
