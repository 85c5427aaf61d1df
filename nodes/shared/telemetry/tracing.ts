import { context, propagation, SpanKind, SpanStatusCode, trace, type Context, type Span, type TextMapGetter, type TextMapSetter, type Tracer } from "@opentelemetry/api";
import { AsyncLocalStorageContextManager } from "@opentelemetry/context-async-hooks";
import { W3CTraceContextPropagator } from "@opentelemetry/core";
import { OTLPTraceExporter } from "@opentelemetry/exporter-trace-otlp-proto";
import { resourceFromAttributes } from "@opentelemetry/resources";
import { AlwaysOffSampler, AlwaysOnSampler, BatchSpanProcessor, ParentBasedSampler, TraceIdRatioBasedSampler, TracerProvider, type Sampler } from "@opentelemetry/sdk-trace";
import type { Config } from "../config";

export type TracingSettings = NonNullable<Config["tracing"]>;

export { SpanKind };

let globalsInstalled = false;

/**
 * The async context (which span is current) and the W3C propagator are process-wide; the tracer
 * providers are one per node, never registered globally, so that the seven nodes a test runs in
 * one process each report under their own service name.
 */
function installGlobals(): void {
  if (globalsInstalled) return;
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  globalsInstalled = true;
}

/** The sampler OTEL_TRACES_SAMPLER names (the spec's names; parent-based follows the caller's decision). */
function sampler(settings: TracingSettings): Sampler {
  const ratio = new TraceIdRatioBasedSampler(settings.ratio);
  switch (settings.sampler) {
    case "always_on":
      return new AlwaysOnSampler();
    case "always_off":
      return new AlwaysOffSampler();
    case "traceidratio":
      return ratio;
    case "parentbased_always_off":
      return new ParentBasedSampler({ root: new AlwaysOffSampler() });
    case "parentbased_traceidratio":
      return new ParentBasedSampler({ root: ratio });
    default:
      return new ParentBasedSampler({ root: new AlwaysOnSampler() });
  }
}

export interface NodeTracing {
  tracer: Tracer;
  /** Sends the spans still buffered, then stops. */
  shutdown(): Promise<void>;
}

/** A tracer for one node exporting over OTLP/HTTP (protobuf) in batches to the configured endpoint. */
export function startTracing(serviceName: string, settings: TracingSettings): NodeTracing {
  installGlobals();
  const provider = new TracerProvider({
    resource: resourceFromAttributes({ "service.name": settings.serviceName ?? serviceName, "service.namespace": "edustream" }),
    sampler: sampler(settings),
    spanProcessors: [new BatchSpanProcessor({ exporter: new OTLPTraceExporter({ url: settings.endpoint }) })],
  });
  return { tracer: provider.getTracer("edustream"), shutdown: () => provider.shutdown() };
}

/** Reads and writes W3C trace context in HTTP headers. */
export const headerGetter: TextMapGetter<Headers> = {
  keys: () => ["traceparent", "tracestate"],
  get: (headers, key) => headers.get(key) ?? undefined,
};
export const recordSetter: TextMapSetter<Record<string, string>> = {
  set: (carrier, key, value) => {
    carrier[key] = value;
  },
};

/** The trace context a request carries (traceparent), or the current one. */
export function extractContext<C>(carrier: C, getter: TextMapGetter<C>): Context {
  return propagation.extract(context.active(), carrier, getter);
}

/** Adds the current trace context (traceparent) to a carrier of outgoing headers or metadata. */
export function injectContext<C>(carrier: C, setter: TextMapSetter<C>, from: Context = context.active()): void {
  propagation.inject(from, carrier, setter);
}

/** The id of the current trace, for log lines (undefined outside a sampled span). */
export function currentTraceId(): string | undefined {
  const span = trace.getActiveSpan();
  if (!span) return undefined;
  const { traceId, traceFlags } = span.spanContext();
  return traceFlags & 1 ? traceId : undefined;
}

/** Whether a span is current: statement and outgoing-call spans are only made inside a traced request. */
export function hasActiveSpan(): boolean {
  return trace.getActiveSpan() !== undefined;
}

/** Whether a context carries a caller's span (an incoming `traceparent`). */
export function hasRemoteParent(parent: Context): boolean {
  return trace.getSpanContext(parent) !== undefined;
}

/** Runs `fn` with `span` current. */
export function withSpan<T>(span: Span, fn: () => T, parent: Context = context.active()): T {
  return context.with(trace.setSpan(parent, span), fn);
}

/** Ends a span, marked as an error when `error` is given. */
export function endSpan(span: Span, error?: unknown): void {
  if (error !== undefined) {
    span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200) });
  }
  span.end();
}

export { context as traceContext };
