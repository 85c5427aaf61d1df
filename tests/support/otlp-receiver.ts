// A real OTLP/HTTP trace receiver for tests: accepts what the nodes' exporter sends to
// /v1/traces (protobuf, ExportTraceServiceRequest, as a collector does) and keeps the spans.
// @opentelemetry/otlp-transformer serializes requests but has no request decoder, so the few
// messages needed are read here from the protobuf wire format (field numbers from
// opentelemetry/proto/trace/v1/trace.proto and common/v1/common.proto).

/** One received span, ids in hex as in W3C traceparent. */
export interface ReceivedSpan {
  service: string;
  traceId: string;
  spanId: string;
  parentSpanId: string;
  name: string;
  /** 1 internal, 2 server, 3 client. */
  kind: number;
  attributes: Record<string, string | number | boolean>;
}

type Field = Uint8Array | bigint;

/** The fields of one protobuf message by number (length-delimited ones as bytes, varints and fixed as bigint). */
function fields(bytes: Uint8Array): Map<number, Field[]> {
  const out = new Map<number, Field[]>();
  let at = 0;
  const varint = (): bigint => {
    let result = 0n;
    for (let shift = 0n; ; shift += 7n) {
      const byte = bytes[at++]!;
      result |= BigInt(byte & 0x7f) << shift;
      if (byte < 0x80) return result;
    }
  };
  const fixed = (size: number): bigint => {
    let result = 0n;
    for (let i = size - 1; i >= 0; i--) result = (result << 8n) | BigInt(bytes[at + i]!);
    at += size;
    return result;
  };
  while (at < bytes.length) {
    const key = Number(varint());
    const [field, wire] = [key >>> 3, key & 7];
    let value: Field;
    if (wire === 0) value = varint();
    else if (wire === 1) value = fixed(8);
    else if (wire === 5) value = fixed(4);
    else if (wire === 2) {
      const length = Number(varint());
      value = bytes.subarray(at, at + length);
      at += length;
    } else throw new Error(`unsupported protobuf wire type ${wire}`);
    out.set(field, [...(out.get(field) ?? []), value]);
  }
  return out;
}

const text = (value: Field | undefined) => (value instanceof Uint8Array ? new TextDecoder().decode(value) : "");
const hex = (value: Field | undefined) => (value instanceof Uint8Array ? Buffer.from(value).toString("hex") : "");
const messages = (map: Map<number, Field[]>, field: number) => (map.get(field) ?? []).filter((v): v is Uint8Array => v instanceof Uint8Array).map(fields);

/** KeyValue list → object (AnyValue: 1 string, 2 bool, 3 int, 4 double). */
function attributes(list: Array<Map<number, Field[]>>): Record<string, string | number | boolean> {
  const result: Record<string, string | number | boolean> = {};
  for (const kv of list) {
    const value = messages(kv, 2)[0];
    if (!value) continue;
    const key = text(kv.get(1)?.[0]);
    if (value.has(1)) result[key] = text(value.get(1)![0]);
    else if (value.has(2)) result[key] = value.get(2)![0] === 1n;
    else if (value.has(3)) result[key] = Number(BigInt.asIntN(64, value.get(3)![0] as bigint));
    else if (value.has(4)) result[key] = new Float64Array(new BigUint64Array([value.get(4)![0] as bigint]).buffer)[0]!;
  }
  return result;
}

/** The spans of one ExportTraceServiceRequest. */
export function decodeTraceRequest(body: Uint8Array): ReceivedSpan[] {
  const spans: ReceivedSpan[] = [];
  for (const resourceSpans of messages(fields(body), 1)) {
    const resource = attributes(messages(messages(resourceSpans, 1)[0] ?? new Map(), 1));
    for (const scopeSpans of messages(resourceSpans, 2)) {
      for (const span of messages(scopeSpans, 2)) {
        spans.push({
          service: String(resource["service.name"] ?? ""),
          traceId: hex(span.get(1)?.[0]),
          spanId: hex(span.get(2)?.[0]),
          parentSpanId: hex(span.get(4)?.[0]),
          name: text(span.get(5)?.[0]),
          kind: Number(span.get(6)?.[0] ?? 0n),
          attributes: attributes(messages(span, 9)),
        });
      }
    }
  }
  return spans;
}

/** Starts the receiver on a free loopback port; `endpoint` is what OTEL_EXPORTER_OTLP_ENDPOINT takes. */
export function startOtlpReceiver() {
  const spans: ReceivedSpan[] = [];
  let requests = 0;
  const server = Bun.serve({
    hostname: "127.0.0.1",
    port: 0,
    async fetch(request) {
      if (request.method !== "POST" || new URL(request.url).pathname !== "/v1/traces") return new Response("not found", { status: 404 });
      if (!/application\/x-protobuf/.test(request.headers.get("content-type") ?? "")) return new Response("protobuf only", { status: 415 });
      let body = new Uint8Array(await request.arrayBuffer());
      if (request.headers.get("content-encoding") === "gzip") body = Bun.gunzipSync(body);
      spans.push(...decodeTraceRequest(body));
      requests++;
      // An empty ExportTraceServiceResponse: everything accepted.
      return new Response(new Uint8Array(), { headers: { "content-type": "application/x-protobuf" } });
    },
  });
  return {
    endpoint: `http://127.0.0.1:${server.port}`,
    spans,
    get requests() {
      return requests;
    },
    stop: () => server.stop(true),
  };
}
