// A lean HTTP/1.1 keep-alive client for load generation: with Bun's fetch (Request/Response/
// Headers objects, its own HTTP thread) the registration rush's load generator used ~0.07 ms of
// CPU a request, with this ~0.04 ms, on the two cores it shares with the system under test.
import type { Socket, SocketHandler } from "bun";

/** A complete response: its status and its body as text. */
export interface Http1Response {
  status: number;
  body: string;
}

/** How the body of the response being read ends. */
type BodyFraming = { kind: "length"; length: number } | { kind: "chunked" } | { kind: "close" };

/** The status line and the headers that matter for framing, once the head has arrived. */
interface ResponseHead {
  status: number;
  bodyStart: number;
  framing: BodyFraming;
  closeAfter: boolean;
}

const MAX_HEAD_BYTES = 64 * 1024;
const CRLF = "\r\n";
const STATUS_LINE = /^HTTP\/1\.([01]) ([1-9]\d\d)[ \r]/;
/** The fields that decide how a body is framed (RFC 9112 §6); one scan of the head instead of splitting it into lines (a third of the cost). */
const FRAMING_FIELD = /\r\n(content-length|transfer-encoding|connection)[ \t]*:[ \t]*([^\r\n]*?)[ \t]*(?=\r\n)/gi;

/**
 * The bytes of one request: request line, Host, the given headers, Content-Length and the body.
 * Built once before the load starts so that sending costs one write.
 */
export function encodeRequest(method: string, url: URL, headers: Record<string, string>, body: string): Buffer {
  let head = `${method} ${url.pathname}${url.search} HTTP/1.1${CRLF}Host: ${url.host}${CRLF}`;
  for (const name in headers) head += `${name}: ${headers[name]}${CRLF}`;
  return Buffer.from(`${head}Content-Length: ${Buffer.byteLength(body)}${CRLF}${CRLF}${body}`);
}

/** The status, where the body starts and how it is framed; undefined while the head is incomplete. Throws on a malformed head. */
function parseHead(received: Buffer): ResponseHead | undefined {
  const headEnd = received.indexOf("\r\n\r\n");
  if (headEnd < 0) {
    if (received.length > MAX_HEAD_BYTES) throw new Error(`response head longer than ${MAX_HEAD_BYTES} bytes`);
    return undefined;
  }
  // Up to the CRLF that ends the last field, so that every field ends with one.
  const head = received.toString("latin1", 0, headEnd + 2);
  const statusLine = STATUS_LINE.exec(head);
  if (!statusLine) throw new Error(`malformed status line "${head.slice(0, Math.min(80, head.indexOf(CRLF)))}"`);
  const status = Number(statusLine[2]);
  let contentLength: number | undefined;
  let transferEncoding: string | undefined;
  let connection = "";
  FRAMING_FIELD.lastIndex = 0;
  for (let field = FRAMING_FIELD.exec(head); field; field = FRAMING_FIELD.exec(head)) {
    const value = field[2]!;
    // The three names differ in length, which spares lower-casing them.
    if (field[1]!.length === "content-length".length) {
      if (!/^\d{1,15}$/.test(value) || (contentLength !== undefined && contentLength !== Number(value))) throw new Error(`bad Content-Length "${value}"`);
      contentLength = Number(value);
    } else if (field[1]!.length === "transfer-encoding".length) transferEncoding = transferEncoding ? `${transferEncoding}, ${value}` : value;
    else connection += `,${value}`;
  }
  const closeAfter = statusLine[1] === "0" ? !/,\s*keep-alive\s*(?=,|$)/i.test(connection) : /,\s*close\s*(?=,|$)/i.test(connection);
  // RFC 9112 §6.3: no body for 1xx/204/304; chunked as the last coding wins over Content-Length;
  // any other transfer coding, or neither header, means the body ends when the connection does.
  let framing: BodyFraming;
  if (status < 200 || status === 204 || status === 304) framing = { kind: "length", length: 0 };
  else if (transferEncoding !== undefined) framing = /(?:^|,)\s*chunked\s*$/i.test(transferEncoding) ? { kind: "chunked" } : { kind: "close" };
  else if (contentLength !== undefined) framing = { kind: "length", length: contentLength };
  else framing = { kind: "close" };
  return { status, bodyStart: headEnd + 4, framing, closeAfter: closeAfter || framing.kind === "close" };
}

/** The decoded body of a chunked message starting at `start` and where the message ends; undefined while incomplete. */
function readChunked(received: Buffer, start: number): { body: Buffer; end: number } | undefined {
  const chunks: Buffer[] = [];
  let at = start;
  for (;;) {
    const lineEnd = received.indexOf(CRLF, at);
    if (lineEnd < 0) return undefined;
    const size = received.toString("latin1", at, lineEnd).split(";")[0]!.trim();
    if (!/^[0-9a-f]{1,8}$/i.test(size)) throw new Error(`bad chunk size "${size.slice(0, 20)}"`);
    const length = parseInt(size, 16);
    at = lineEnd + 2;
    if (length === 0) {
      // Trailer fields, if any, up to an empty line.
      for (;;) {
        const trailerEnd = received.indexOf(CRLF, at);
        if (trailerEnd < 0) return undefined;
        if (trailerEnd === at) return { body: Buffer.concat(chunks), end: at + 2 };
        at = trailerEnd + 2;
      }
    }
    if (received.length < at + length + 2) return undefined;
    if (received[at + length] !== 13 || received[at + length + 1] !== 10) throw new Error("chunk not followed by CRLF");
    chunks.push(received.subarray(at, at + length));
    at += length + 2;
  }
}

/** What a request in flight waits on. */
interface Waiter {
  resolve: (response: Http1Response) => void;
  reject: (error: Error) => void;
}

const handlers: SocketHandler<Http1Connection> = {
  data: (socket, chunk) => socket.data.receive(socket, chunk),
  drain: (socket) => socket.data.flush(socket),
  close: (socket, error) => socket.data.closed(socket, error),
  // A handler threw: the connection is in an unknown state.
  error: (socket, error) => {
    socket.data.closed(socket, error);
    socket.terminate();
  },
};

/**
 * One persistent HTTP/1.1 connection with at most one request in flight (no pipelining). It is
 * opened on first use and again after the server closed it (`Connection: close`, end of a body
 * framed by the close) or it failed; a request whose connection fails, or that gets a malformed
 * response, is rejected, and the connection is dropped.
 */
export class Http1Connection {
  private socket: Socket<Http1Connection> | undefined;
  private waiter: Waiter | undefined;
  private unsent: Uint8Array | undefined;
  private received: Buffer | undefined;
  private head: ResponseHead | undefined;
  /** performance.now() when the request in flight started, 0 when idle. */
  startedAt = 0;

  constructor(
    private readonly hostname: string,
    private readonly port: number,
  ) {}

  /** Sends one request (its complete bytes) and resolves with the complete response. */
  request(bytes: Uint8Array): Promise<Http1Response> {
    if (this.waiter) return Promise.reject(new Error("a request is already in flight on this connection"));
    this.startedAt = performance.now();
    return new Promise<Http1Response>((resolve, reject) => {
      this.waiter = { resolve, reject };
      if (this.socket) this.send(this.socket, bytes);
      else this.connectAndSend(bytes);
    });
  }

  /** Fails the request in flight with `error` and drops the connection. */
  abort(error: Error) {
    const socket = this.socket;
    this.socket = undefined;
    this.fail(error);
    socket?.terminate();
  }

  /** Closes the connection; a request in flight is rejected. */
  close() {
    this.abort(new Error("connection closed by the client"));
  }

  private async connectAndSend(bytes: Uint8Array) {
    const waiter = this.waiter;
    try {
      const socket = await Bun.connect<Http1Connection>({ hostname: this.hostname, port: this.port, data: this, socket: handlers });
      // The request may have timed out (and the next one started) while connecting.
      if (this.waiter !== waiter) return socket.terminate();
      this.socket = socket;
      this.send(socket, bytes);
    } catch (error) {
      if (this.waiter === waiter) this.fail(error as Error);
    }
  }

  private send(socket: Socket<Http1Connection>, bytes: Uint8Array) {
    this.unsent = bytes;
    this.flush(socket);
  }

  /** Writes what the socket's buffer takes; the rest on the next drain. */
  flush(socket: Socket<Http1Connection>) {
    if (socket !== this.socket || !this.unsent) return;
    const written = socket.write(this.unsent);
    if (written < 0) return this.abort(new Error("connection closed while writing the request"));
    this.unsent = written < this.unsent.length ? this.unsent.subarray(written) : undefined;
  }

  /** Bytes from the server (socket handler). */
  receive(socket: Socket<Http1Connection>, chunk: Buffer) {
    if (socket !== this.socket) return;
    if (!this.waiter) return this.abort(new Error("data received with no request in flight"));
    this.received = this.received ? Buffer.concat([this.received, chunk]) : chunk;
    try {
      this.parse(false);
    } catch (error) {
      this.abort(error as Error);
    }
  }

  /** The socket closed or failed (socket handler): a body framed by the close is complete, any other request in flight fails. */
  closed(socket: Socket<Http1Connection>, error?: Error) {
    if (socket !== this.socket) return;
    this.socket = undefined;
    if (this.head?.framing.kind === "close" && this.waiter && !error) {
      try {
        return this.parse(true);
      } catch (parseError) {
        return this.fail(parseError as Error);
      }
    }
    this.fail(error ?? new Error(this.received ? "connection closed before the response was complete" : "connection closed before any response"));
  }

  /** Reads the response from what has arrived; answers the request once it is complete. */
  private parse(ended: boolean) {
    let received = this.received!;
    while (!this.head) {
      const head = parseHead(received);
      if (!head) return this.keep(received);
      if (head.status >= 200) this.head = head;
      else received = received.subarray(head.bodyStart); // An interim 1xx response: the real one follows.
    }
    const { status, bodyStart, framing, closeAfter } = this.head;
    let body: string;
    let end: number;
    if (framing.kind === "length") {
      end = bodyStart + framing.length;
      if (received.length < end) return this.keep(received);
      body = received.toString("utf8", bodyStart, end);
    } else if (framing.kind === "chunked") {
      const message = readChunked(received, bodyStart);
      if (!message) return this.keep(received);
      body = message.body.toString("utf8");
      end = message.end;
    } else {
      if (!ended) return this.keep(received);
      end = received.length;
      body = received.toString("utf8", bodyStart, end);
    }
    const waiter = this.waiter!;
    this.reset();
    // Bytes beyond the response with no request after it: the framing is not what it seems.
    if ((closeAfter || received.length > end) && this.socket) {
      this.socket.end();
      this.socket = undefined;
    }
    waiter.resolve({ status, body });
  }

  /** Keeps an incomplete response for the next chunk: a copy, as the chunk's memory is only lent to the data handler. */
  private keep(received: Buffer) {
    this.received = Buffer.from(received);
  }

  private fail(error: Error) {
    const waiter = this.waiter;
    this.reset();
    waiter?.reject(error);
  }

  private reset() {
    this.waiter = undefined;
    this.unsent = undefined;
    this.received = undefined;
    this.head = undefined;
    this.startedAt = 0;
  }
}

/**
 * `size` connections to one server, each for one worker, and a once-a-second sweep that fails a
 * request (and drops its connection) when it has had no complete response for `timeoutMs`.
 */
export class Http1Pool {
  readonly connections: Http1Connection[];
  private readonly sweep: Timer;

  constructor(origin: URL, size: number, timeoutMs = 30_000) {
    const hostname = origin.hostname.replace(/^\[|\]$/g, "");
    const port = Number(origin.port || 80);
    this.connections = Array.from({ length: size }, () => new Http1Connection(hostname, port));
    this.sweep = setInterval(() => {
      const now = performance.now();
      for (const connection of this.connections) {
        if (connection.startedAt && now - connection.startedAt > timeoutMs) connection.abort(new Error(`no complete response within ${timeoutMs / 1000} s`));
      }
    }, 1000);
    this.sweep.unref();
  }

  /** Closes every connection and stops the sweep. */
  close() {
    clearInterval(this.sweep);
    for (const connection of this.connections) connection.close();
  }
}
