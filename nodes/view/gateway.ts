import type { ErrorDetail } from "../shared/errors";

/** An error answer of the gateway, in the JSON error shape of DESIGN.md. */
export class GatewayError extends Error {
  constructor(
    readonly status: number,
    readonly statusName: string,
    message: string,
    readonly details: ErrorDetail[] = [],
  ) {
    super(message);
  }
  /** The message for one field, if the gateway named it. */
  fieldMessage(field: string): string | undefined {
    return this.details.find((d) => d.field === field)?.message;
  }
  /** Messages by field name, for re-rendering a form. */
  fieldMessages(): Record<string, string> {
    return Object.fromEntries(this.details.filter((d) => d.field).map((d) => [d.field!, d.message]));
  }
}

export interface GatewayRequest {
  method?: string;
  token?: string;
  body?: unknown;
  /** Raw body (e.g. CSV) sent as-is with its content type. */
  raw?: { body: string; contentType: string };
  headers?: Record<string, string>;
  /** Browser address, forwarded for login throttling. */
  clientAddress?: string;
  requestId?: string;
}

/** True when the gateway path's segments are plain: no dot segments, no encoded separators. */
export function isPlainApiPath(path: string): boolean {
  const pathname = path.split("?")[0]!;
  if (!pathname.startsWith("/api/")) return false;
  return pathname.split("/").every((segment) => {
    const decoded = segment.replace(/%2e/gi, ".");
    return decoded !== "." && decoded !== ".." && !/%2f|%5c|\\/i.test(segment);
  });
}

/** The view's only way to data: JSON over HTTP to the REST gateway, with a timeout. */
export class GatewayClient {
  constructor(
    private readonly baseUrl: string,
    private readonly timeoutMs: number,
    /** The fetch that sends the calls (telemetry/http.ts: traced, carrying `traceparent`). */
    private readonly send: typeof fetch = fetch,
  ) {}

  /** Calls the gateway; returns parsed JSON or throws GatewayError (503 when it is unreachable). */
  async call<T = unknown>(path: string, request: GatewayRequest = {}): Promise<T> {
    // Every id in a path is encoded by the page; a path that still walks (a "." or ".." segment,
    // an encoded slash or backslash) would reach another route: refused here, whatever the page did.
    if (!isPlainApiPath(path)) throw new GatewayError(404, "NOT_FOUND", "There is no such page.");
    const headers: Record<string, string> = { accept: "application/json", ...request.headers };
    if (request.token) headers.authorization = `Bearer ${request.token}`;
    if (request.clientAddress) headers["x-forwarded-for"] = request.clientAddress;
    if (request.requestId) headers["x-request-id"] = request.requestId;
    let body: string | undefined;
    if (request.raw) {
      body = request.raw.body;
      headers["content-type"] = request.raw.contentType;
    } else if (request.body !== undefined) {
      body = JSON.stringify(request.body);
      headers["content-type"] = "application/json";
    }
    let response: Response;
    try {
      response = await this.send(this.baseUrl + path, {
        method: request.method ?? (body === undefined ? "GET" : "POST"),
        headers,
        body,
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      const timedOut = (error as Error).name === "TimeoutError";
      throw new GatewayError(timedOut ? 504 : 503, timedOut ? "DEADLINE_EXCEEDED" : "UNAVAILABLE", "EduStream is not reachable right now. Please try again in a moment.");
    }
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    let parsed: unknown;
    try {
      parsed = text ? JSON.parse(text) : undefined;
    } catch {
      parsed = undefined;
    }
    if (!response.ok) {
      const error = (parsed as { error?: { status?: string; message?: string; details?: ErrorDetail[] } } | undefined)?.error;
      throw new GatewayError(response.status, error?.status ?? "UNKNOWN", error?.message ?? "Something went wrong. Please try again.", error?.details ?? []);
    }
    return parsed as T;
  }

  /** Whether the gateway answers its liveness check within a second (the view's readiness). */
  async isReachable(): Promise<boolean> {
    try {
      const response = await fetch(`${this.baseUrl}/healthz`, { signal: AbortSignal.timeout(1000) });
      await response.body?.cancel();
      return response.ok;
    } catch {
      return false;
    }
  }
}
