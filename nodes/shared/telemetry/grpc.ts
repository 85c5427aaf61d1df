import * as grpc from "@grpc/grpc-js";
import type { TextMapGetter, TextMapSetter } from "@opentelemetry/api";
import type { Telemetry } from ".";
import { endSpan, extractContext, hasActiveSpan, hasRemoteParent, injectContext, SpanKind, withSpan } from "./tracing";

/** W3C trace context in gRPC metadata (`traceparent`, `tracestate`). */
const metadataGetter: TextMapGetter<grpc.Metadata> = {
  keys: (metadata) => Object.keys(metadata.getMap()),
  get: (metadata, key) => {
    const value = metadata.get(key)[0];
    return value === undefined ? undefined : String(value);
  },
};
const metadataSetter: TextMapSetter<grpc.Metadata> = {
  set: (metadata, key, value) => metadata.set(key, value),
};

/** The name of a status code (OK, NOT_FOUND, …): a bounded label value. */
function codeName(code: grpc.status): string {
  return grpc.status[code] ?? "UNKNOWN";
}

/** What the server wrapper does around one call: run the handler inside its span, then record how it ended. */
export interface ObservedCall {
  run<T>(fn: () => T): T;
  done(code: grpc.status): void;
}

const UNOBSERVED: ObservedCall = { run: (fn) => fn(), done: () => {} };

/**
 * Measures one call this node serves (edustream_grpc_server_*) and, with tracing on, runs it in a
 * server span that continues the caller's trace from the call's metadata. A call that carries no
 * trace (another node's background poll) starts none: traces begin at the HTTP nodes.
 */
export function observeServerCall(telemetry: Telemetry | undefined, service: string, method: string, metadata: grpc.Metadata): ObservedCall {
  if (!telemetry?.metrics && !telemetry?.tracer) return UNOBSERVED;
  const started = performance.now();
  const parent = telemetry.tracer ? extractContext(metadata, metadataGetter) : undefined;
  const span = parent && hasRemoteParent(parent) ? telemetry.tracer?.startSpan(`${service}/${method}`, { kind: SpanKind.SERVER, attributes: { "rpc.system": "grpc", "rpc.service": service, "rpc.method": method } }, parent) : undefined;
  return {
    run: (fn) => (span ? withSpan(span, fn, parent) : fn()),
    done(code) {
      const server = telemetry.metrics?.grpcServer;
      server?.handled.inc({ grpc_service: service, grpc_method: method, grpc_code: codeName(code) });
      server?.seconds.observe({ grpc_service: service, grpc_method: method }, (performance.now() - started) / 1000);
      if (span) {
        span.setAttribute("rpc.grpc.status_code", code);
        endSpan(span, code === grpc.status.OK ? undefined : codeName(code));
      }
    },
  };
}

/**
 * Measures one call this node makes (edustream_grpc_client_*) and, inside a traced request, opens
 * a client span and puts its context in the call's metadata. Returns what to call with the status code.
 */
export function observeClientCall(telemetry: Telemetry | undefined, service: string, method: string, metadata: grpc.Metadata): (code: grpc.status) => void {
  if (!telemetry?.metrics && !telemetry?.tracer) return () => {};
  const started = performance.now();
  const span = hasActiveSpan() ? telemetry.tracer?.startSpan(`${service}/${method}`, { kind: SpanKind.CLIENT, attributes: { "rpc.system": "grpc", "rpc.service": service, "rpc.method": method } }) : undefined;
  if (span) withSpan(span, () => injectContext(metadata, metadataSetter));
  return (code) => {
    const client = telemetry.metrics?.grpcClient;
    client?.handled.inc({ grpc_service: service, grpc_method: method, grpc_code: codeName(code) });
    client?.seconds.observe({ grpc_service: service, grpc_method: method }, (performance.now() - started) / 1000);
    if (span) {
      span.setAttribute("rpc.grpc.status_code", code);
      endSpan(span, code === grpc.status.OK ? undefined : codeName(code));
    }
  };
}
