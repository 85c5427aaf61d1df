import { status as GrpcStatus } from "@grpc/grpc-js";
import { AppError, detailsFromMetadata, statusName, type ErrorStatus } from "../errors";
import { isServiceError } from "./client";

// Refusals another service gave for the caller's request: passed on to the caller as they are.
const PASSED_ON = new Set<GrpcStatus>([
  GrpcStatus.INVALID_ARGUMENT,
  GrpcStatus.FAILED_PRECONDITION,
  GrpcStatus.OUT_OF_RANGE,
  GrpcStatus.UNAUTHENTICATED,
  GrpcStatus.PERMISSION_DENIED,
  GrpcStatus.NOT_FOUND,
  GrpcStatus.ALREADY_EXISTS,
  GrpcStatus.ABORTED,
  GrpcStatus.RESOURCE_EXHAUSTED,
]);

/**
 * Translates an error from a call to another service into a domain error: its refusals
 * (not found, permission denied, bad argument…) keep their status, message and details; an
 * unreachable or slow service becomes UNAVAILABLE naming it. Anything else is rethrown as is
 * (and so becomes INTERNAL, logged).
 */
export function downstreamError(service: string, error: unknown): unknown {
  if (!isServiceError(error)) return error;
  if (PASSED_ON.has(error.code)) return new AppError(statusName(error.code) as ErrorStatus, error.details, detailsFromMetadata(error.metadata));
  if (error.code === GrpcStatus.UNAVAILABLE || error.code === GrpcStatus.DEADLINE_EXCEEDED) {
    return new AppError("UNAVAILABLE", `The ${service} service is not reachable right now. Please try again in a moment.`);
  }
  return error;
}

/** Awaits a call to another service, translating its errors with `downstreamError`. */
export async function callDownstream<T>(service: string, call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    throw downstreamError(service, error);
  }
}
