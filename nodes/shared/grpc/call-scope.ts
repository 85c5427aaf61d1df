import { AsyncLocalStorage } from "node:async_hooks";
import { AppError } from "../errors";

/**
 * The gRPC call a piece of code runs for (set by the server wrapper around every handler), so
 * that the database layer can refuse to start work for a call whose deadline has passed: the
 * client has been told 504 and may already have moved on (dropped, re-enrolled), and a write
 * landing seconds later would undo what it did since. Log lines written meanwhile carry its
 * request id (logger.ts).
 */
export const callScope = new AsyncLocalStorage<{ deadline?: Date; requestId?: string }>();

/** Milliseconds left before the current call's deadline (undefined outside a call or without one). */
export function remainingMs(): number | undefined {
  const deadline = callScope.getStore()?.deadline;
  return deadline ? deadline.getTime() - Date.now() : undefined;
}

/** Throws DEADLINE_EXCEEDED when the current call's deadline has passed. */
export function ensureBeforeDeadline(remaining = remainingMs()): void {
  if (remaining !== undefined && remaining <= 0) {
    throw new AppError("DEADLINE_EXCEEDED", "This request took too long and was not carried out. Please try again.");
  }
}
