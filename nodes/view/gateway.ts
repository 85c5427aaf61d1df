// The view's only way to data: the REST gateway, through an Eden Treaty client typed from the
// gateway's own Elysia app (a type-only import: nothing of the gateway runs in the view). A
// renamed field or route in the gateway breaks `bun run typecheck` here.
import { treaty, type Treaty } from "@elysiajs/eden";
import type { GatewayApp } from "../gateway/app";
import type { ErrorDetail } from "../shared/errors";
import { CatalogReads } from "./catalog-reads";

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

/** The gateway's REST API under /api/v1, as the view calls it. */
export type GatewayApi = Treaty.Create<GatewayApp>["api"]["v1"];

/** The data of a successful gateway answer of `call` (a Treaty method). */
export type Answer<Call extends (...args: never[]) => Promise<{ data: unknown; error: unknown }>> = Extract<Awaited<ReturnType<Call>>, { error: null }>["data"];

/** Who a gateway request is made for: the browser's session, address and request id. */
export interface Caller {
  token?: string;
  clientAddress?: string;
  requestId?: string;
}

/**
 * The headers of every gateway request: the one place they are built. The bearer token, the
 * browser's address (login throttling) and the request id the gateway logs and forwards.
 */
export function gatewayHeaders(caller: Caller): Record<string, string> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (caller.token) headers.authorization = `Bearer ${caller.token}`;
  if (caller.clientAddress) headers["x-forwarded-for"] = caller.clientAddress;
  if (caller.requestId) headers["x-request-id"] = caller.requestId;
  return headers;
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

const METHODS = new Set(["get", "post", "put", "patch", "delete", "head", "options", "connect", "subscribe"]);

/**
 * Treaty puts a path parameter (`api.sections({ id })`) into the path as it is: an id holding
 * "/" or ".." would name another route. This wraps the client so every path parameter is
 * percent-encoded on its way in; `isPlainApiPath` then refuses what still walks ("..", ".").
 */
function encodingPathParameters<T extends object>(node: T, lastKey = ""): T {
  return new Proxy(node, {
    get(target, key) {
      // Not a promise, nor JSON: awaiting or serialising a client must not send a request.
      if (key === "then" || key === "toJSON") return undefined;
      const child = Reflect.get(target, key) as unknown;
      return typeof key === "string" && (typeof child === "function" || (typeof child === "object" && child !== null)) ? encodingPathParameters(child as object, key) : child;
    },
    apply(target, self, args: unknown[]) {
      const [params, options] = args;
      const isPathParameter = !METHODS.has(lastKey) && options === undefined && typeof params === "object" && params !== null && Object.keys(params).length === 1;
      if (!isPathParameter) return Reflect.apply(target as (...a: unknown[]) => unknown, self, args);
      const [name, value] = Object.entries(params as Record<string, unknown>)[0]!;
      return encodingPathParameters(Reflect.apply(target as (...a: unknown[]) => object, self, [{ [name]: encodeURIComponent(String(value)) }]));
    },
  });
}

/** The gateway at `baseUrl`: typed clients for callers, every request with a timeout. */
export class Gateway {
  /** The public catalog's answers, shared by the requests asking at once and revalidated by ETag. */
  readonly catalog = new CatalogReads(this);

  constructor(
    private readonly baseUrl: string,
    private readonly timeoutMs: number,
    /** The fetch that sends the calls (telemetry/http.ts: traced, carrying `traceparent`). */
    private readonly send: typeof fetch = fetch,
  ) {}

  /** The API as `caller` calls it (their token, address and request id on every request). */
  for(caller: Caller): GatewayApi {
    const { timeoutMs, send } = this;
    const client = treaty<GatewayApp>(this.baseUrl, {
      // Dates stay the strings the API sends (Treaty would turn them into Date objects).
      parseDate: false,
      headers: gatewayHeaders(caller),
      // Every id in a path is encoded (encodingPathParameters); a path that still walks (a "."
      // or ".." segment, an encoded slash or backslash) would reach another route: refused.
      onRequest: (path) => {
        if (!isPlainApiPath(path)) throw new GatewayError(404, "NOT_FOUND", "There is no such page.");
      },
      fetcher: (async (url: string | URL | Request, init?: RequestInit) => {
        try {
          const response = await send(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
          // A 304 (a conditional read) has no body: without its JSON content type Treaty parses none.
          if (response.status !== 304) return response;
          const headers = new Headers(response.headers);
          headers.delete("content-type");
          return new Response(null, { status: 304, headers });
        } catch (error) {
          const timedOut = (error as Error).name === "TimeoutError";
          throw new GatewayError(timedOut ? 504 : 503, timedOut ? "DEADLINE_EXCEEDED" : "UNAVAILABLE", "EduStream is not reachable right now. Please try again in a moment.");
        }
      }) as typeof fetch,
    });
    return encodingPathParameters(client.api.v1);
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

/** The JSON error body of DESIGN.md, as far as an answer has one. */
type ErrorBody = { error?: { status?: string; message?: string; details?: ErrorDetail[] } } | undefined;

/**
 * The data of a gateway answer; an error answer is thrown as a GatewayError with the gateway's
 * status, message and field details (503/504 when the gateway could not be reached in time).
 */
export async function ok<R extends { data: unknown; error: unknown; status: number }>(call: Promise<R>): Promise<Extract<R, { error: null }>["data"]> {
  const answer = await call;
  if (answer.error === null) return answer.data as Extract<R, { error: null }>["data"];
  const value = (answer.error as { value?: unknown }).value;
  if (value instanceof GatewayError) throw value;
  const body = (typeof value === "object" ? value : undefined) as ErrorBody;
  throw new GatewayError(answer.status, body?.error?.status ?? "UNKNOWN", body?.error?.message ?? "Something went wrong. Please try again.", body?.error?.details ?? []);
}

/** A part the gateway always sends (a proto message field); its absence is a fault, not a refusal. */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`the gateway answered without ${what}`);
  return value;
}
