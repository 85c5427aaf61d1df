import * as grpc from "@grpc/grpc-js";
import { EventEmitter } from "node:events";
import http2 from "node:http2";
import type { AddressInfo } from "node:net";
import type { Logger } from "../logger";
import { frameMessage, MessageReader, type CallStatus } from "./framing";

const Status = grpc.status;
const { NGHTTP2_CANCEL, NGHTTP2_INTERNAL_ERROR } = http2.constants;
const OK: CallStatus = { code: Status.OK, details: "OK" };
// `grpc-timeout` as grpc-js reads it: up to 8 digits and a unit.
const TIMEOUT_PATTERN = /(\d{1,8})\s*([HMSmun])/;
const TIMEOUT_UNIT_MS: Record<string, number> = { H: 3_600_000, M: 60_000, S: 1000, m: 1, u: 0.001, n: 0.000_001 };
// The longest delay a timer takes (~24.8 days); a longer one would fire at once.
const MAX_TIMER_MS = 2 ** 31 - 1;

/** What a handler learns about its call besides the request message. */
export interface IncomingCall {
  /** The request headers: gRPC metadata under lower-case names. */
  headers: http2.IncomingHttpHeaders;
  /** When the client gives up on the call (`grpc-timeout`), if it said. */
  deadline?: Date;
}

/** The parts of a proto-loader or grpc-js method definition the server needs. */
export interface MethodCodec<Req, Res> {
  path: string;
  requestDeserialize(bytes: Buffer): Req;
  responseSerialize(response: Res): Buffer;
}

/** A unary handler: resolves with the response, rejects with a CallStatus (anything else is UNKNOWN). */
export type UnaryHandler<Req, Res> = (request: Req, call: IncomingCall) => Promise<Res>;

type Method =
  | { kind: "unary"; codec: MethodCodec<unknown, unknown>; handle: UnaryHandler<unknown, unknown> }
  | { kind: "stream"; codec: MethodCodec<unknown, unknown>; open(stream: MessageStream): void };

function isCallStatus(value: unknown): value is CallStatus {
  return typeof value === "object" && value !== null && Number.isInteger((value as CallStatus).code) && typeof (value as CallStatus).details === "string";
}

/** A rejection as the client will see it: a CallStatus as it is, anything else UNKNOWN without its text (as grpc-js). */
function asStatus(error: unknown): CallStatus {
  return isCallStatus(error) ? error : { code: Status.UNKNOWN, details: "Unknown error" };
}

/** The trailers that carry a status (`grpc-message` percent-encoded as grpc-js does, metadata values as headers). */
function statusTrailers(status: CallStatus): http2.OutgoingHttpHeaders {
  return { "grpc-status": String(status.code), "grpc-message": encodeURI(status.details.toWellFormed()), ...status.metadata?.toHttp2Headers() };
}

function responseHeaders(): http2.OutgoingHttpHeaders {
  return { ":status": 200, "content-type": "application/grpc", "grpc-accept-encoding": "identity" };
}

/** A response of headers only, carrying the status (what gRPC sends for a call that fails before any message). */
function sendTrailersOnly(stream: http2.ServerHttp2Stream, status: CallStatus): void {
  stream.respond({ ...responseHeaders(), ...statusTrailers(status) }, { endStream: true });
}

function isOpen(stream: http2.ServerHttp2Stream): boolean {
  return !stream.destroyed && !stream.closed;
}

function deserializeRequest(codec: MethodCodec<unknown, unknown>, bytes: Buffer): unknown {
  try {
    return codec.requestDeserialize(bytes);
  } catch {
    throw { code: Status.INTERNAL, details: "Error deserializing request" } satisfies CallStatus;
  }
}

/** Milliseconds in a `grpc-timeout` value; null when it is not one. */
function parseTimeout(value: string): number | null {
  const match = TIMEOUT_PATTERN.exec(value);
  return match ? Math.floor(Number(match[1]) * TIMEOUT_UNIT_MS[match[2]!]!) : null;
}

/**
 * One call on its HTTP/2 stream: response headers, messages and the status are each sent at most
 * once and never after the client went away (cancelled, connection dropped) or the deadline passed.
 */
class ServerCall {
  finished = false;
  /** Called when the client goes away before the call finished. */
  onCancel: (() => void) | undefined;
  private headersSent = false;
  private readonly timer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly stream: http2.ServerHttp2Stream,
    private readonly serialize: (response: unknown) => Buffer,
    timeoutMs: number | undefined,
  ) {
    if (timeoutMs !== undefined) this.timer = setTimeout(() => this.finish({ code: Status.DEADLINE_EXCEEDED, details: "Deadline exceeded" }), Math.min(timeoutMs, MAX_TIMER_MS));
    stream.once("close", () => {
      if (this.finished) return;
      this.finished = true;
      clearTimeout(this.timer);
      this.onCancel?.();
    });
  }

  /** Sends one response message of a streaming call; false once the call is over. */
  send(response: unknown): boolean {
    if (this.finished || !isOpen(this.stream)) return false;
    const frame = this.encode(response);
    if (!frame) return false;
    try {
      this.sendHeaders();
      return this.stream.write(frame);
    } catch {
      return false;
    }
  }

  /** Answers a unary call: its one response message and OK. */
  reply(response: unknown): void {
    if (this.finished) return;
    const frame = this.encode(response);
    if (frame) this.end(OK, frame);
  }

  /** Ends the call with `status`. */
  finish(status: CallStatus): void {
    this.end(status);
  }

  private encode(response: unknown): Buffer | undefined {
    try {
      return frameMessage(this.serialize(response));
    } catch {
      this.end({ code: Status.INTERNAL, details: "Error serializing response" });
      return undefined;
    }
  }

  private sendHeaders(): void {
    if (this.headersSent) return;
    this.headersSent = true;
    this.stream.respond(responseHeaders(), { waitForTrailers: true });
  }

  private end(status: CallStatus, lastFrame?: Buffer): void {
    if (this.finished) return;
    this.finished = true;
    clearTimeout(this.timer);
    const stream = this.stream;
    if (!isOpen(stream)) return;
    try {
      if (!this.headersSent && !lastFrame) return sendTrailersOnly(stream, status);
      this.sendHeaders();
      stream.once("wantTrailers", () => {
        try {
          stream.sendTrailers(statusTrailers(status));
        } catch {
          // The client went away between the last message and the trailers.
        }
      });
      if (lastFrame) stream.end(lastFrame);
      else stream.end();
    } catch {
      // The stream closed under us: nobody is left to tell.
    }
  }
}

/**
 * A bidirectional call as grpc-js streaming handlers use it (what @grpc/reflection needs): "data"
 * for each request message, "end" when the client is done sending, "cancelled" when it went
 * away; `write` sends a response message, `end` finishes the call with OK.
 */
class MessageStream extends EventEmitter {
  constructor(private readonly call: ServerCall) {
    super();
  }

  write(response: unknown): boolean {
    return this.call.send(response);
  }

  end(): void {
    this.call.finish(OK);
  }
}

export interface UnaryServerOptions {
  /** The largest request message accepted; a larger one gets RESOURCE_EXHAUSTED. */
  maxReceiveBytes: number;
  logger: Logger;
}

/**
 * A gRPC server on `node:http2` (h2c) for unary calls, without grpc-js's server machinery
 * (interceptor objects, call stream wrappers, channelz): a fifth to a quarter less CPU per call
 * (docs/benchmarks.md, change 10). The wire protocol is standard gRPC: POST with
 * `application/grpc[+proto]`, length-prefixed protobuf, `grpc-timeout` as the call's deadline,
 * the status and its metadata in trailers. Bidirectional streams are served too, message by
 * message, for the libraries that register one (reflection). An unknown method gets
 * UNIMPLEMENTED; a request that is not gRPC an HTTP error (405, 415).
 */
export class UnaryServer {
  private readonly methods = new Map<string, Method>();
  private readonly sessions = new Set<http2.ServerHttp2Session>();
  private server: http2.Http2Server | undefined;
  private stopping: Promise<void> | undefined;
  private drained: (() => void) | undefined;

  constructor(private readonly options: UnaryServerOptions) {}

  /** Serves one unary method. */
  unary<Req, Res>(codec: MethodCodec<Req, Res>, handle: UnaryHandler<Req, Res>): void {
    this.methods.set(codec.path, { kind: "unary", codec: codec as MethodCodec<unknown, unknown>, handle: handle as UnaryHandler<unknown, unknown> });
  }

  /**
   * grpc-js's `addService` for services whose methods are all bidirectional streams, as
   * @grpc/reflection registers itself: each handler gets a MessageStream.
   */
  addService(service: grpc.ServiceDefinition, implementation: grpc.UntypedServiceImplementation): void {
    for (const [name, definition] of Object.entries(service)) {
      if (!definition.requestStream || !definition.responseStream) throw new Error(`${definition.path}: only bidirectional streaming methods can be added with addService`);
      const open = (implementation[name] ?? implementation[definition.originalName ?? ""]) as unknown as ((stream: MessageStream) => void) | undefined;
      if (open) this.methods.set(definition.path, { kind: "stream", codec: definition as MethodCodec<unknown, unknown>, open });
    }
  }

  /** Starts listening; resolves with the bound port. */
  listen(port: number, host: string): Promise<number> {
    const server = http2.createServer();
    this.server = server;
    server.on("session", (session: http2.ServerHttp2Session) => this.track(session));
    server.on("stream", (stream: http2.ServerHttp2Stream, headers: http2.IncomingHttpHeaders) => this.serve(stream, headers));
    return new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, host, () => {
        server.off("error", reject);
        server.on("error", (error: Error) => this.options.logger.warn("gRPC server error", { error: error.message }));
        resolve((server.address() as AddressInfo).port);
      });
    });
  }

  /**
   * Stops taking connections and calls (GOAWAY: the calls a client already sent still run), waits
   * up to `graceMs` for the calls in flight to finish, then closes what is left (those calls are
   * cancelled).
   */
  close(graceMs: number): Promise<void> {
    this.stopping ??= (async () => {
      const server = this.server;
      const listenerClosed = new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
      const drained = new Promise<void>((resolve) => {
        this.drained = resolve;
        if (this.sessions.size === 0) resolve();
      });
      for (const session of this.sessions) closeSession(session);
      let graceTimer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([drained, new Promise<void>((resolve) => (graceTimer = setTimeout(resolve, graceMs)))]);
      clearTimeout(graceTimer);
      for (const session of this.sessions) session.destroy(undefined, NGHTTP2_CANCEL);
      await listenerClosed;
    })();
    return this.stopping;
  }

  private track(session: http2.ServerHttp2Session): void {
    this.sessions.add(session);
    // A broken connection shows as an error, then a close; its calls see their streams close.
    session.on("error", (error: Error) => this.options.logger.debug("gRPC connection error", { error: error.message }));
    session.on("close", () => {
      this.sessions.delete(session);
      if (this.sessions.size === 0) this.drained?.();
    });
    if (this.stopping) closeSession(session);
  }

  private serve(stream: http2.ServerHttp2Stream, headers: http2.IncomingHttpHeaders): void {
    // A stream's errors come with its close, and then there is no one left to answer.
    stream.on("error", () => {});
    try {
      if (headers[":method"] !== "POST") return stream.respond({ ":status": 405, allow: "POST" }, { endStream: true });
      if (!isGrpcContentType(headers["content-type"])) return stream.respond({ ":status": 415 }, { endStream: true });
      const path = headers[":path"] ?? "";
      const method = this.methods.get(path);
      if (!method) return sendTrailersOnly(stream, { code: Status.UNIMPLEMENTED, details: `The server does not implement the method ${path}` });
      const timeout = headers["grpc-timeout"];
      const timeoutMs = timeout === undefined ? undefined : parseTimeout(String(timeout));
      if (timeoutMs === null) return sendTrailersOnly(stream, { code: Status.INTERNAL, details: `Invalid grpc-timeout value "${timeout}"` });
      const call = new ServerCall(stream, method.codec.responseSerialize, timeoutMs);
      const reader = new MessageReader(this.options.maxReceiveBytes, String(headers["grpc-encoding"] ?? "identity"));
      const incoming: IncomingCall = { headers, deadline: timeoutMs === undefined ? undefined : new Date(Date.now() + timeoutMs) };
      if (method.kind === "unary") serveUnary(stream, call, reader, method, incoming);
      else serveStream(stream, call, reader, method);
    } catch (error) {
      this.options.logger.error("gRPC stream not served", { path: headers[":path"], error: error instanceof Error ? error.stack ?? error.message : String(error) });
      if (isOpen(stream)) stream.close(NGHTTP2_INTERNAL_ERROR);
    }
  }
}

/** `application/grpc`, optionally with a `+proto` (or other) suffix or parameters, as grpc-js accepts; not gRPC-Web. */
function isGrpcContentType(value: string | undefined): boolean {
  return value === "application/grpc" || value?.startsWith("application/grpc+") === true || value?.startsWith("application/grpc;") === true;
}

/** Starts a session's graceful close: GOAWAY, then the close once its streams are done. */
function closeSession(session: http2.ServerHttp2Session): void {
  try {
    session.close();
  } catch {
    session.destroy();
  }
}

/** Reads the one request message, runs the handler once the client is done sending, answers. */
function serveUnary(stream: http2.ServerHttp2Stream, call: ServerCall, reader: MessageReader, method: Extract<Method, { kind: "unary" }>, incoming: IncomingCall): void {
  let request: Buffer | undefined;
  stream.on("data", (chunk: Buffer) => {
    if (call.finished) return;
    try {
      for (const message of reader.push(chunk)) {
        if (request) throw { code: Status.UNIMPLEMENTED, details: `Received a second request message for unary method ${method.codec.path}` } satisfies CallStatus;
        request = message;
      }
    } catch (error) {
      call.finish(asStatus(error));
    }
  });
  stream.on("end", () => {
    if (call.finished) return;
    if (!request) return call.finish({ code: Status.UNIMPLEMENTED, details: `Received no request message for unary method ${method.codec.path}` });
    let answer: Promise<unknown>;
    try {
      answer = method.handle(deserializeRequest(method.codec, request), incoming);
    } catch (error) {
      answer = Promise.reject(error);
    }
    answer.then(
      (response) => call.reply(response),
      (error: unknown) => call.finish(asStatus(error)),
    );
  });
}

/** Hands each request message to the stream's handler as it arrives. */
function serveStream(stream: http2.ServerHttp2Stream, call: ServerCall, reader: MessageReader, method: Extract<Method, { kind: "stream" }>): void {
  const messages = new MessageStream(call);
  call.onCancel = () => messages.emit("cancelled");
  method.open(messages);
  stream.on("data", (chunk: Buffer) => {
    if (call.finished) return;
    try {
      for (const message of reader.push(chunk)) messages.emit("data", deserializeRequest(method.codec, message));
    } catch (error) {
      call.finish(asStatus(error));
    }
  });
  stream.on("end", () => {
    if (!call.finished) messages.emit("end");
  });
}
