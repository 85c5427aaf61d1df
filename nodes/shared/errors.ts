import { status as GrpcStatus, Metadata, type ServiceError } from "@grpc/grpc-js";
import { fieldList } from "./field-labels";

/** The gRPC status names the services use, by meaning. */
export type ErrorStatus =
  | "INVALID_ARGUMENT"
  | "FAILED_PRECONDITION"
  | "OUT_OF_RANGE"
  | "UNAUTHENTICATED"
  | "PERMISSION_DENIED"
  | "NOT_FOUND"
  | "ALREADY_EXISTS"
  | "ABORTED"
  | "RESOURCE_EXHAUSTED"
  | "UNAVAILABLE"
  | "DEADLINE_EXCEEDED"
  | "INTERNAL"
  | "UNIMPLEMENTED";

/** One detail of an error: usually the field that is wrong and why. */
export interface ErrorDetail {
  field?: string;
  reason?: string;
  message: string;
  [key: string]: unknown;
}

/**
 * A domain error: thrown by service code, mapped to a gRPC status by the server wrapper and
 * to an HTTP status by the gateway. Its message is meant for the user.
 */
export class AppError extends Error {
  constructor(readonly status: ErrorStatus, message: string, readonly details: ErrorDetail[] = []) {
    super(message);
  }
}

/** Shorthands for the common domain errors. */
export const fail = {
  invalid: (field: string, message: string) => new AppError("INVALID_ARGUMENT", message, [{ field, message }]),
  precondition: (message: string, details: ErrorDetail[] = []) => new AppError("FAILED_PRECONDITION", message, details),
  unauthenticated: (message = "Sign in to continue.") => new AppError("UNAUTHENTICATED", message),
  forbidden: (message = "You are not allowed to do that.") => new AppError("PERMISSION_DENIED", message),
  notFound: (what: string) => new AppError("NOT_FOUND", `${what} was not found.`),
  exists: (message: string, field?: string) => new AppError("ALREADY_EXISTS", message, field ? [{ field, message }] : []),
  conflict: (message: string) => new AppError("ABORTED", message),
  throttled: (message: string, retryAfterSeconds?: number) =>
    new AppError("RESOURCE_EXHAUSTED", message, retryAfterSeconds ? [{ message, retry_after_seconds: retryAfterSeconds }] : []),
};

/** Collects field errors and throws them together as one INVALID_ARGUMENT. */
export class Validation {
  private readonly problems: ErrorDetail[] = [];
  /** Records a problem with a field when `ok` is false. */
  check(ok: boolean, field: string, message: string): this {
    if (!ok) this.problems.push({ field, message });
    return this;
  }
  /** Throws when any problem was recorded. */
  throwIfAny(): void {
    if (this.problems.length === 0) return;
    const fields = [...new Set(this.problems.map((p) => p.field ?? ""))];
    const summary = fields.length === 1 ? this.problems.map((p) => p.message).join(" ") : `${fields.length} fields need attention: ${fieldList(fields)}.`;
    throw new AppError("INVALID_ARGUMENT", summary, this.problems);
  }
}

const DETAILS_KEY = "edustream-error-details-bin";

/** Turns any thrown value into a gRPC ServiceError; unknown errors become INTERNAL without their text. */
export function toServiceError(error: unknown): Partial<ServiceError> & { code: GrpcStatus; unexpected: boolean } {
  if (error instanceof AppError) {
    const metadata = new Metadata();
    metadata.set(DETAILS_KEY, Buffer.from(JSON.stringify(error.details)));
    return { code: GrpcStatus[error.status], details: error.message, metadata, unexpected: false };
  }
  const dbError = databaseErrorStatus(error);
  if (dbError) return { code: GrpcStatus[dbError.status], details: dbError.message, unexpected: dbError.status === "UNAVAILABLE" };
  return { code: GrpcStatus.INTERNAL, details: "Something went wrong on our side. Please try again.", unexpected: true };
}

/** Connection failures and lock timeouts of PostgreSQL become UNAVAILABLE (retryable), not INTERNAL. */
function databaseErrorStatus(error: unknown): { status: ErrorStatus; message: string } | undefined {
  const candidates = [error, (error as { cause?: unknown })?.cause];
  for (const candidate of candidates) {
    const code = (candidate as { code?: unknown })?.code;
    if (typeof code !== "string") continue;
    if (["ECONNREFUSED", "ECONNRESET", "EPIPE", "ETIMEDOUT", "ECONNABORTED", "EHOSTUNREACH", "ENETUNREACH", "CONNECTION_CLOSED", "CONNECTION_ENDED", "CONNECTION_DESTROYED", "CONNECT_TIMEOUT", "57P01", "57P02", "57P03", "53300", "08006", "08001", "08003"].includes(code)) {
      return { status: "UNAVAILABLE", message: "The database is not reachable right now. Please try again in a moment." };
    }
    if (code === "22021" || code === "22P05") {
      // Text the database cannot store (a NUL character, an invalid byte sequence).
      return { status: "INVALID_ARGUMENT", message: "The request contains characters that cannot be stored." };
    }
    if (code === "57014") {
      // statement_timeout: the call's deadline ran out inside a transaction (rolled back).
      return { status: "DEADLINE_EXCEEDED", message: "This request took too long and was not carried out. Please try again." };
    }
    if (code === "40001" || code === "40P01" || code === "55P03") {
      return { status: "ABORTED", message: "Another change got there first. Please try again." };
    }
  }
  return undefined;
}

/** Reads the details a service attached to an error (client side). */
export function detailsFromMetadata(metadata: Metadata | undefined): ErrorDetail[] {
  const raw = metadata?.get(DETAILS_KEY)?.[0];
  if (!raw) return [];
  try {
    const parsed: unknown = JSON.parse(Buffer.isBuffer(raw) ? raw.toString("utf8") : String(raw));
    return Array.isArray(parsed) ? (parsed as ErrorDetail[]) : [];
  } catch {
    return [];
  }
}

/** The one gRPC → HTTP table (DESIGN.md, "Errors"). */
export function httpStatusFor(code: GrpcStatus): number {
  switch (code) {
    case GrpcStatus.INVALID_ARGUMENT:
    case GrpcStatus.FAILED_PRECONDITION:
    case GrpcStatus.OUT_OF_RANGE:
      return 400;
    case GrpcStatus.UNAUTHENTICATED:
      return 401;
    case GrpcStatus.PERMISSION_DENIED:
      return 403;
    case GrpcStatus.NOT_FOUND:
      return 404;
    case GrpcStatus.ALREADY_EXISTS:
    case GrpcStatus.ABORTED:
      return 409;
    case GrpcStatus.RESOURCE_EXHAUSTED:
      return 429;
    case GrpcStatus.UNAVAILABLE:
      return 503;
    case GrpcStatus.DEADLINE_EXCEEDED:
      return 504;
    default:
      return 500;
  }
}

/** Name of a gRPC status code, e.g. 5 → "NOT_FOUND". */
export function statusName(code: GrpcStatus): string {
  return GrpcStatus[code] ?? "UNKNOWN";
}

/** The JSON error body of the REST API. */
export interface ErrorBody {
  error: { code: number; status: string; message: string; details: ErrorDetail[] };
}

/** Builds the REST error body. */
export function errorBody(httpStatus: number, status: string, message: string, details: ErrorDetail[] = []): ErrorBody {
  return { error: { code: httpStatus, status, message, details } };
}
