import * as grpc from "@grpc/grpc-js";
import http2 from "node:http2";
import { frameMessage } from "./framing";

const { NGHTTP2_CANCEL, NGHTTP2_REFUSED_STREAM, NGHTTP2_ENHANCE_YOUR_CALM, NGHTTP2_INADEQUATE_SECURITY, NGHTTP2_FLAG_END_STREAM } = http2.constants;
const Status = grpc.status;
const MAX_RECEIVE_BYTES = 8 * 1024 * 1024;
const KEEPALIVE_MS = 30_000;
const KEEPALIVE_TIMEOUT_MS = 20_000;
const USER_AGENT = "edustream-unary/1.0 grpc-node-js-compatible";

/** The status of a finished call, as grpc-js reports it. */
interface CallStatus {
  code: grpc.status;
  details: string;
  metadata: grpc.Metadata;
}

/** A grpc-js-shaped ServiceError (`code`, `details`, `metadata`; message "14 UNAVAILABLE: …"). */
function serviceError(status: CallStatus): grpc.ServiceError {
  return Object.assign(new Error(`${status.code} ${Status[status.code]}: ${status.details}`), status) as grpc.ServiceError;
}

/** gRPC's mapping of a non-200 HTTP status without a gRPC status (as grpc-js). */
function fromHttpStatus(code: number): CallStatus {
  const mapped = code === 401 ? Status.UNAUTHENTICATED : code === 403 ? Status.PERMISSION_DENIED : code === 404 ? Status.UNIMPLEMENTED : [429, 502, 503, 504].includes(code) ? Status.UNAVAILABLE : code === 400 ? Status.INTERNAL : Status.UNKNOWN;
  return { code: mapped, details: `Received HTTP status code ${code}`, metadata: new grpc.Metadata() };
}

/** What a stream reset without a gRPC status means (as grpc-js). */
function fromReset(rstCode: number | undefined, connectionDropped: boolean, error: (Error & { code?: string }) | undefined): CallStatus {
  const metadata = new grpc.Metadata();
  if (connectionDropped) return { code: Status.UNAVAILABLE, details: error?.message ? `Connection dropped: ${error.message}` : "Connection dropped", metadata };
  switch (rstCode) {
    case NGHTTP2_REFUSED_STREAM:
      return { code: Status.UNAVAILABLE, details: "Stream refused by server", metadata };
    case NGHTTP2_CANCEL:
      return { code: Status.CANCELLED, details: "Call cancelled", metadata };
    case NGHTTP2_ENHANCE_YOUR_CALM:
      return { code: Status.RESOURCE_EXHAUSTED, details: "Bandwidth exhausted or memory limit exceeded", metadata };
    case NGHTTP2_INADEQUATE_SECURITY:
      return { code: Status.PERMISSION_DENIED, details: "Protocol not secure enough", metadata };
    default:
      if (error?.code === "ECONNRESET" || error?.code === "ETIMEDOUT" || error?.code === "ECONNREFUSED") return { code: Status.UNAVAILABLE, details: error.message, metadata };
      return { code: Status.INTERNAL, details: `Received RST_STREAM with code ${rstCode ?? "?"}${error ? `: ${error.message}` : ""}`, metadata };
  }
}

/** grpc-message is percent-encoded. */
function decodeMessage(value: unknown): string {
  if (typeof value !== "string") return "";
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * Unary gRPC calls over one HTTP/2 connection, without grpc-js's channel machinery (resolver,
 * load balancer, retries, filters, channelz): about a third of the CPU per call on this path.
 * The wire protocol is standard gRPC (length-prefixed protobuf, `grpc-timeout`, status and
 * metadata in trailers); errors are grpc-js-shaped ServiceErrors with the same codes: the
 * deadline → DEADLINE_EXCEEDED, no connection or a dropped one → UNAVAILABLE, a status from the
 * server as sent (with its metadata). The connection is opened on first use and again after it
 * closed or failed (no back-off: on loopback a refused connect costs microseconds); it is pinged
 * every 30 s and dropped when a ping goes unanswered for 20 s.
 */
/** What a call needs to know about its connection failing under it. */
interface CallState {
  dropped: boolean;
  error?: Error & { code?: string };
}

/** One HTTP/2 connection and the calls in flight on it. */
interface Connection {
  session: http2.ClientHttp2Session;
  calls: Set<CallState>;
}

export class UnaryChannel {
  private current: Connection | undefined;
  private readonly keepalive: ReturnType<typeof setInterval>;
  private closed = false;

  constructor(private readonly address: string) {
    this.keepalive = setInterval(() => this.ping(), KEEPALIVE_MS);
    this.keepalive.unref?.();
  }

  private connection(): Connection {
    const current = this.current;
    if (current && !current.session.closed && !current.session.destroyed) return current;
    const session = http2.connect(`http://${this.address}`);
    const connection: Connection = { session, calls: new Set() };
    const forget = () => {
      if (this.current === connection) this.current = undefined;
    };
    const drop = (error?: Error) => {
      forget();
      for (const call of connection.calls) {
        call.dropped = true;
        if (error) call.error ??= error;
      }
    };
    session.on("error", drop);
    session.on("close", () => drop());
    // A server shutting down finishes the streams it has; new calls need a new connection.
    session.on("goaway", forget);
    session.unref();
    this.current = connection;
    return connection;
  }

  private ping() {
    const session = this.current?.session;
    if (!session || session.closed || session.destroyed) return;
    const timeout = setTimeout(() => session.destroy(), KEEPALIVE_TIMEOUT_MS);
    timeout.unref?.();
    try {
      session.ping((error) => {
        clearTimeout(timeout);
        if (error) session.destroy();
      });
    } catch {
      clearTimeout(timeout);
      session.destroy();
    }
  }

  /** One unary call. Rejects with a ServiceError. */
  call<Req, Res>(
    path: string,
    serialize: (request: Req) => Buffer,
    deserialize: (bytes: Buffer) => Res,
    request: Req,
    metadata: { authorization?: string; requestId?: string },
    deadlineMs: number,
  ): Promise<Res> {
    return new Promise<Res>((resolve, reject) => {
      if (this.closed) {
        reject(serviceError({ code: Status.UNAVAILABLE, details: "Channel has been shut down", metadata: new grpc.Metadata() }));
        return;
      }
      let body: Buffer;
      try {
        body = frameMessage(serialize(request));
      } catch (error) {
        reject(serviceError({ code: Status.INTERNAL, details: `Request message serialization failure: ${(error as Error).message}`, metadata: new grpc.Metadata() }));
        return;
      }
      const headers: http2.OutgoingHttpHeaders = {
        ":method": "POST",
        ":path": path,
        "content-type": "application/grpc",
        te: "trailers",
        "grpc-accept-encoding": "identity",
        "grpc-timeout": `${Math.max(1, Math.ceil(deadlineMs))}m`,
        "user-agent": USER_AGENT,
      };
      if (metadata.authorization) headers.authorization = metadata.authorization;
      if (metadata.requestId) headers["x-request-id"] = metadata.requestId;

      let connection: Connection;
      let stream: http2.ClientHttp2Stream;
      try {
        connection = this.connection();
        stream = connection.session.request(headers);
      } catch (error) {
        this.current = undefined;
        reject(serviceError({ code: Status.UNAVAILABLE, details: `No connection established: ${(error as Error).message}`, metadata: new grpc.Metadata() }));
        return;
      }
      let finished = false;
      let httpStatus: number | undefined;
      let status: CallStatus | undefined;
      const state: CallState = { dropped: false };
      connection.calls.add(state);
      const chunks: Buffer[] = [];
      let received = 0;

      const finish = (outcome: CallStatus) => {
        if (finished) return;
        finished = true;
        clearTimeout(timer);
        connection.calls.delete(state);
        if (outcome.code !== Status.OK) {
          reject(serviceError(outcome));
          return;
        }
        const data = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks);
        if (data.length < 5) {
          reject(serviceError({ code: Status.UNIMPLEMENTED, details: "Received no response message", metadata: outcome.metadata }));
          return;
        }
        if (data[0] !== 0) {
          reject(serviceError({ code: Status.INTERNAL, details: "Received a compressed message without asking for compression", metadata: outcome.metadata }));
          return;
        }
        const length = data.readUInt32BE(1);
        if (data.length !== 5 + length) {
          reject(serviceError({ code: Status.UNIMPLEMENTED, details: "Expected exactly one response message", metadata: outcome.metadata }));
          return;
        }
        try {
          resolve(deserialize(data.subarray(5)));
        } catch (error) {
          reject(serviceError({ code: Status.INTERNAL, details: `Response message parsing error: ${(error as Error).message}`, metadata: outcome.metadata }));
        }
      };

      const timer = setTimeout(() => {
        finish({ code: Status.DEADLINE_EXCEEDED, details: `Deadline exceeded after ${(deadlineMs / 1000).toFixed(3)}s`, metadata: new grpc.Metadata() });
        if (!stream.closed) stream.close(NGHTTP2_CANCEL);
      }, deadlineMs);
      const onTrailers = (trailers: http2.IncomingHttpHeaders) => {
        if (status) return;
        const code = Number(trailers["grpc-status"]);
        if (trailers["grpc-status"] === undefined || !Number.isInteger(code)) {
          status = httpStatus !== undefined && httpStatus !== 200 ? fromHttpStatus(httpStatus) : { code: Status.UNKNOWN, details: "No status received", metadata: new grpc.Metadata() };
          return;
        }
        let trailerMetadata: grpc.Metadata;
        try {
          const rest: http2.IncomingHttpHeaders = { ...trailers };
          delete rest["grpc-status"];
          delete rest["grpc-message"];
          trailerMetadata = grpc.Metadata.fromHttp2Headers(rest);
        } catch {
          trailerMetadata = new grpc.Metadata();
        }
        status = { code, details: decodeMessage(trailers["grpc-message"]), metadata: trailerMetadata };
      };
      stream.on("response", (responseHeaders, flags) => {
        httpStatus = Number(responseHeaders[":status"]);
        if ((flags ?? 0) & NGHTTP2_FLAG_END_STREAM || responseHeaders["grpc-status"] !== undefined) onTrailers(responseHeaders);
      });
      stream.on("trailers", onTrailers);
      stream.on("data", (chunk: Buffer) => {
        received += chunk.length;
        if (received > MAX_RECEIVE_BYTES + 5) {
          finish({ code: Status.RESOURCE_EXHAUSTED, details: `Received message larger than max (${received} vs. ${MAX_RECEIVE_BYTES})`, metadata: new grpc.Metadata() });
          if (!stream.closed) stream.close(NGHTTP2_CANCEL);
          return;
        }
        chunks.push(chunk);
      });
      stream.on("error", (error: Error & { code?: string }) => {
        if (error.code !== "ERR_HTTP2_STREAM_ERROR") state.error ??= error;
      });
      stream.on("close", () => {
        // After any "error" event of the same moment, so its cause is known.
        process.nextTick(() => {
          if (status) finish(status);
          else if (httpStatus !== undefined && httpStatus !== 200) finish(fromHttpStatus(httpStatus));
          else finish(fromReset(stream.rstCode, state.dropped || httpStatus === undefined, state.error));
        });
      });
      stream.end(body);
    });
  }

  /** Closes the connection; later calls fail with UNAVAILABLE. */
  close(): void {
    this.closed = true;
    clearInterval(this.keepalive);
    this.current?.session.close();
    this.current = undefined;
  }
}
