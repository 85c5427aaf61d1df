import pino from "pino";
import { callScope } from "./grpc/call-scope";
import { currentTraceId } from "./telemetry/tracing";

/**
 * Structured logs (pino): one JSON object per line, `debug`/`info` on stdout and `warn`/`error` on
 * stderr (PM2 keeps both files; the logrotate rules in deploy/ rotate them). Each line carries
 * `time`, `level`, `node`, `message`, the `request_id` of the gRPC call it belongs to and, inside a
 * traced request, the `trace_id` that finds the whole request in the trace backend.
 */
export type LogLevel = "debug" | "info" | "warn" | "error";

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

/** Longest text of a logged value (an error's stack may be longer); the rest is cut, its length said. */
const MAX_LOGGED = 300;
const MAX_LOGGED_STACK = 4000;

/** Logs carry only a short prefix of any value (a request's text included), at any depth. */
function shortValues(value: unknown, key = ""): unknown {
  if (typeof value === "string") {
    const max = key === "error" || key === "stack" ? MAX_LOGGED_STACK : MAX_LOGGED;
    return value.length > max ? `${value.slice(0, max)}… (${value.length} characters)` : value;
  }
  if (Array.isArray(value)) return value.map((item) => shortValues(item, key));
  if (value !== null && typeof value === "object" && !(value instanceof Date)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shortValues(v, k)]));
  }
  return value;
}

/** The request and trace a line belongs to, when it is written while serving one. */
function requestFields(): Record<string, string> {
  const fields: Record<string, string> = {};
  const requestId = callScope.getStore()?.requestId;
  if (requestId) fields.request_id = requestId;
  const traceId = currentTraceId();
  if (traceId) fields.trace_id = traceId;
  return fields;
}

/** One pino logger writing to `stream`, in the line format above. */
function pinoFor(node: string, level: LogLevel, stream: NodeJS.WritableStream) {
  return pino(
    {
      level,
      base: { node },
      messageKey: "message",
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }), log: (fields) => shortValues(fields) as Record<string, unknown> },
      mixin: requestFields,
    },
    stream,
  );
}

/** Creates a logger for one node; lines below `level` are dropped. */
export function createLogger(node: string, level: LogLevel = (process.env.EDUSTREAM_LOG_LEVEL as LogLevel) || "info"): Logger {
  const valid = (["debug", "info", "warn", "error"] as const).includes(level) ? level : "info";
  const out = pinoFor(node, valid, process.stdout);
  const err = pinoFor(node, valid, process.stderr);
  const write = (target: pino.Logger, method: LogLevel) => (message: string, fields?: Record<string, unknown>) => {
    target[method](fields ?? {}, shortValues(message, "message") as string);
  };
  return { debug: write(out, "debug"), info: write(out, "info"), warn: write(err, "warn"), error: write(err, "error") };
}
