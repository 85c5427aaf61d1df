import { setDefaultTimeout, describe, expect, test } from "bun:test";
import { status } from "@grpc/grpc-js";
import { AppError, detailsFromMetadata, fail, httpStatusFor, toServiceError, Validation } from "./errors";

setDefaultTimeout(30_000); // a bound on a hang on a busy machine, not a speed claim (tests/support/preload.ts)

describe("error mapping", () => {
  test("gRPC codes map to HTTP by the DESIGN.md table", () => {
    const table: Array<[number, number]> = [
      [status.INVALID_ARGUMENT, 400], [status.FAILED_PRECONDITION, 400], [status.OUT_OF_RANGE, 400],
      [status.UNAUTHENTICATED, 401], [status.PERMISSION_DENIED, 403], [status.NOT_FOUND, 404],
      [status.ALREADY_EXISTS, 409], [status.ABORTED, 409], [status.RESOURCE_EXHAUSTED, 429],
      [status.UNAVAILABLE, 503], [status.DEADLINE_EXCEEDED, 504], [status.INTERNAL, 500], [status.UNKNOWN, 500], [status.DATA_LOSS, 500],
    ];
    for (const [code, http] of table) expect({ code, http: httpStatusFor(code) }).toEqual({ code, http });
  });

  test("domain errors keep their message and field details across gRPC", () => {
    const mapped = toServiceError(fail.invalid("grade", "Grade must be one of A, B."));
    expect(mapped.code).toBe(status.INVALID_ARGUMENT);
    expect(mapped.details).toBe("Grade must be one of A, B.");
    expect(detailsFromMetadata(mapped.metadata)).toEqual([{ field: "grade", message: "Grade must be one of A, B." }]);
  });

  test("unknown errors become INTERNAL without their text", () => {
    const mapped = toServiceError(new Error("relation secret_table does not exist at /srv/app.ts:42"));
    expect(mapped.code).toBe(status.INTERNAL);
    expect(mapped.details).not.toContain("secret_table");
    expect(mapped.unexpected).toBe(true);
  });

  test("database outages become UNAVAILABLE and lost races ABORTED", () => {
    expect(toServiceError(Object.assign(new Error("x"), { code: "ECONNREFUSED" })).code).toBe(status.UNAVAILABLE);
    expect(toServiceError({ message: "wrapped", cause: { code: "57P01" } }).code).toBe(status.UNAVAILABLE);
    expect(toServiceError({ message: "wrapped", cause: { code: "40001" } }).code).toBe(status.ABORTED);
  });

  test("Validation gathers every field problem into one INVALID_ARGUMENT", () => {
    let error: AppError | undefined;
    try {
      new Validation().check(false, "username", "Username is required.").check(true, "name", "fine").check(false, "password", "Too short.").throwIfAny();
    } catch (caught) {
      error = caught as AppError;
    }
    expect(error?.status).toBe("INVALID_ARGUMENT");
    expect(error?.details.map((d) => d.field)).toEqual(["username", "password"]);
  });
});

describe("Validation's summary", () => {
  const summaryOf = (validation: Validation) => {
    try {
      validation.throwIfAny();
    } catch (caught) {
      return (caught as AppError).message;
    }
    return undefined;
  };

  test("names the fields by the labels people see, never by their codes", () => {
    const message = summaryOf(new Validation().check(false, "ends_on", "Last day of classes must not be before the first.").check(false, "registration_closes_at", "Registration must close after it opens."));
    expect(message).toBe("2 fields need attention: Last day of classes and Registration closes.");
    expect(message).not.toMatch(/ends_on|registration_closes_at/);
  });

  test("two problems of one field read as that field's messages", () => {
    expect(summaryOf(new Validation().check(false, "code", "Code is required.").check(false, "code", "Code is taken."))).toBe("Code is required. Code is taken.");
  });
});
