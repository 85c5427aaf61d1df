import { Elysia } from "elysia";
import type { Telemetry } from ".";
import { endSpan, extractContext, hasActiveSpan, headerGetter, inSampledSpan, injectContext, recordSetter, remoteParent, SpanKind, traceContext, withSpan } from "./tracing";

/** Route label of a request no route matched (404s, requests refused before routing): one bounded value. */
const UNMATCHED = "unmatched";

/**
 * Metrics and traces of every request of an HTTP node (view, gateway), as a plugin: the
 * edustream_http_* series labelled with the route pattern (`/api/v1/sections/:id`, never the
 * path itself) and, with tracing on, a server span continuing the caller's `traceparent` that is
 * current while the request is handled, so the node's outgoing calls join the trace.
 */
export function httpTelemetry(telemetry: Telemetry | undefined) {
  const plugin = new Elysia();
  const { metrics, tracer } = telemetry ?? {};
  if (!metrics && !tracer) return plugin;
  const routes = new WeakMap<Request, string>();
  return plugin
    .onTransform({ as: "global" }, ({ request, route }) => {
      routes.set(request, route);
    })
    .wrap((handle, request) => (...args: unknown[]) => {
      const started = performance.now();
      const method = request.method;
      const parent = tracer && request.headers.has("traceparent") ? extractContext(request.headers, headerGetter) : undefined;
      // A caller that left this request out of its sample: nothing to trace here either, but its
      // decision stays current so that calls to other HTTP nodes pass it on.
      const unsampled = parent !== undefined && remoteParent(parent) === "unsampled";
      const span = unsampled ? undefined : tracer?.startSpan(method, { kind: SpanKind.SERVER, attributes: { "http.request.method": method, "url.scheme": "http" } }, parent);
      const finish = (status: number, error?: unknown) => {
        const route = routes.get(request) ?? UNMATCHED;
        const labels = { method, route, status: String(status) };
        metrics?.http.requests.inc(labels);
        metrics?.http.duration.observe(labels, (performance.now() - started) / 1000);
        if (span) {
          span.updateName(`${method} ${route}`);
          span.setAttributes({ "http.route": route, "http.response.status_code": status });
          endSpan(span, error ?? (status >= 500 ? `HTTP ${status}` : undefined));
        }
      };
      const run = () => Promise.resolve((handle as (...a: unknown[]) => unknown)(...args));
      return (span ? withSpan(span, run, parent) : unsampled ? traceContext.with(parent!, run) : run()).then(
        (response) => {
          finish(response instanceof Response ? response.status : 200);
          return response;
        },
        (error: unknown) => {
          finish(500, error);
          throw error;
        },
      );
    });
}

/**
 * `fetch` for a node's calls to another HTTP node (the view's to the gateway): inside a sampled
 * request, a client span whose context goes out as `traceparent`; inside one the sampler left out,
 * that decision goes out (so the gateway does not sample the rest of it on its own).
 */
export function tracedFetch(telemetry: Telemetry | undefined): typeof fetch {
  const tracer = telemetry?.tracer;
  if (!tracer) return fetch;
  const traced = async (input: Parameters<typeof fetch>[0], init: RequestInit = {}) => {
    if (!hasActiveSpan()) return fetch(input, init);
    const headers = new Headers(init.headers ?? (input instanceof Request ? input.headers : undefined));
    const carrier: Record<string, string> = {};
    if (!inSampledSpan()) {
      injectContext(carrier, recordSetter);
      for (const [key, value] of Object.entries(carrier)) headers.set(key, value);
      return fetch(input, { ...init, headers });
    }
    const method = init.method ?? (input instanceof Request ? input.method : "GET");
    const span = tracer.startSpan(method, { kind: SpanKind.CLIENT, attributes: { "http.request.method": method } });
    withSpan(span, () => injectContext(carrier, recordSetter));
    for (const [key, value] of Object.entries(carrier)) headers.set(key, value);
    try {
      const response = await fetch(input, { ...init, headers });
      span.setAttribute("http.response.status_code", response.status);
      endSpan(span, response.status >= 500 ? `HTTP ${response.status}` : undefined);
      return response;
    } catch (error) {
      endSpan(span, error);
      throw error;
    }
  };
  return Object.assign(traced, { preconnect: fetch.preconnect }) as typeof fetch;
}
