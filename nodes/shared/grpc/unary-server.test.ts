import { afterAll, beforeAll, describe, expect, test } from "bun:test";
import { Metadata, status as GrpcStatus } from "@grpc/grpc-js";
import http2 from "node:http2";
import { createLogger } from "../logger";
import { frameMessage } from "./framing";
import { serviceDefinitions } from "./proto";
import { UnaryServer, type IncomingCall } from "./unary-server";

// The wire protocol, spoken by hand: what any gRPC client (or a stray HTTP client) can send.
const ECHO = "/test.Echo/Say";
const LOGIN = serviceDefinitions().auth.service.Login;
const MAX_BYTES = 1024;
let server: UnaryServer;
let port: number;
let session: http2.ClientHttp2Session;
let lastCall: IncomingCall | undefined;
const finishedHandlers: string[] = [];

/** Echoes text; "slow:<ms>" answers after a while, "fail" refuses with metadata, "throw" fails unexpectedly. */
async function echo(text: string, call: IncomingCall): Promise<string> {
  lastCall = call;
  if (text.startsWith("slow:")) {
    await Bun.sleep(Number(text.slice(5)));
    finishedHandlers.push(text);
  }
  if (text === "fail") {
    const metadata = new Metadata();
    metadata.set("reason-bin", Buffer.from([1, 2, 3]));
    throw { code: GrpcStatus.NOT_FOUND, details: "Nothing here: é, 100%", metadata };
  }
  if (text === "throw") throw new Error("secret internals");
  return `you said ${text}`;
}

interface RawAnswer {
  status: number;
  headers: http2.IncomingHttpHeaders;
  trailers: http2.IncomingHttpHeaders;
  data: Buffer;
  /** The gRPC status, from the trailers or a trailers-only response. */
  grpcStatus?: number;
  grpcMessage?: string;
}

function send(body: Buffer | Buffer[], headers: http2.OutgoingHttpHeaders = {}, on = session): { stream: http2.ClientHttp2Stream; answer: Promise<RawAnswer> } {
  const stream = on.request({ ":method": "POST", ":path": ECHO, "content-type": "application/grpc", te: "trailers", ...headers });
  const answer = new Promise<RawAnswer>((resolve, reject) => {
    const chunks: Buffer[] = [];
    let responseHeaders: http2.IncomingHttpHeaders = {};
    let trailers: http2.IncomingHttpHeaders = {};
    stream.on("response", (h) => (responseHeaders = h));
    stream.on("trailers", (t) => (trailers = t));
    stream.on("data", (chunk: Buffer) => chunks.push(chunk));
    stream.on("error", reject);
    stream.on("close", () => {
      const statusFrom = trailers["grpc-status"] ?? responseHeaders["grpc-status"];
      const messageFrom = trailers["grpc-message"] ?? responseHeaders["grpc-message"];
      resolve({
        status: Number(responseHeaders[":status"]),
        headers: responseHeaders,
        trailers,
        data: Buffer.concat(chunks),
        grpcStatus: statusFrom === undefined ? undefined : Number(statusFrom),
        grpcMessage: messageFrom === undefined ? undefined : decodeURIComponent(String(messageFrom)),
      });
    });
  });
  // A GET request has no body: its stream is ended with the headers.
  if (!stream.writableEnded) {
    for (const piece of Array.isArray(body) ? body : [body]) stream.write(piece);
    stream.end();
  }
  return { stream, answer };
}

const call = (text: string, headers?: http2.OutgoingHttpHeaders) => send(frameMessage(Buffer.from(text)), headers).answer;

/** A server of the echo method (and Login, for real protobuf) on a free port. */
async function startEchoServer(): Promise<{ server: UnaryServer; port: number }> {
  const echoServer = new UnaryServer({ maxReceiveBytes: MAX_BYTES, logger: createLogger("test", "error") });
  echoServer.unary({ path: ECHO, requestDeserialize: (bytes) => bytes.toString("utf8"), responseSerialize: (text: string) => Buffer.from(text, "utf8") }, echo);
  echoServer.unary(LOGIN, async () => ({ access_token: "t", refresh_token: "r", expires_in: 1 }));
  return { server: echoServer, port: await echoServer.listen(0, "127.0.0.1") };
}

beforeAll(async () => {
  ({ server, port } = await startEchoServer());
  session = http2.connect(`http://127.0.0.1:${port}`);
});

afterAll(async () => {
  session?.close();
  await server?.close(1000);
});

describe("unary calls over HTTP/2", () => {
  test("an answer is the response message framed, then grpc-status 0 in the trailers", async () => {
    const answer = await call("hello");
    expect(answer.status).toBe(200);
    expect(answer.headers["content-type"]).toBe("application/grpc");
    expect(answer.data).toEqual(frameMessage(Buffer.from("you said hello")));
    expect(answer.trailers["grpc-status"]).toBe("0");
    expect(answer.trailers["grpc-message"]).toBe("OK");
  });

  test("application/grpc+proto is accepted, and a message arriving in many small pieces is read whole", async () => {
    const framed = frameMessage(Buffer.from("a message cut into pieces"));
    const pieces = Array.from({ length: framed.length }, (_, i) => framed.subarray(i, i + 1));
    const { answer } = send(pieces, { "content-type": "application/grpc+proto" });
    expect((await answer).data).toEqual(frameMessage(Buffer.from("you said a message cut into pieces")));
  });

  test("a refusal is a trailers-only response: status, percent-encoded message, metadata (-bin in base64)", async () => {
    const answer = await call("fail");
    expect(answer.status).toBe(200);
    expect(answer.data.length).toBe(0);
    expect(answer.grpcStatus).toBe(GrpcStatus.NOT_FOUND);
    expect(answer.headers["grpc-message"]).toBe(encodeURI("Nothing here: é, 100%"));
    expect(answer.grpcMessage).toBe("Nothing here: é, 100%");
    expect(answer.headers["reason-bin"]).toBe(Buffer.from([1, 2, 3]).toString("base64"));
  });

  test("an unexpected error is UNKNOWN without its text", async () => {
    const answer = await call("throw");
    expect(answer.grpcStatus).toBe(GrpcStatus.UNKNOWN);
    expect(answer.grpcMessage).not.toContain("secret");
  });

  test("the request headers and the grpc-timeout deadline reach the handler", async () => {
    const before = Date.now();
    await call("who", { authorization: "Bearer abc", "x-request-id": "req-7", "grpc-timeout": "1500m" });
    expect(lastCall?.headers.authorization).toBe("Bearer abc");
    expect(lastCall?.headers["x-request-id"]).toBe("req-7");
    const deadline = lastCall!.deadline!.getTime();
    expect(deadline).toBeGreaterThanOrEqual(before + 1500);
    expect(deadline).toBeLessThanOrEqual(Date.now() + 1500);
    await call("no deadline");
    expect(lastCall?.deadline).toBeUndefined();
  });

  test("a call still running at its deadline gets DEADLINE_EXCEEDED from the server", async () => {
    const started = performance.now();
    const answer = await call("slow:400", { "grpc-timeout": "100m" });
    expect(answer.grpcStatus).toBe(GrpcStatus.DEADLINE_EXCEEDED);
    expect(performance.now() - started).toBeLessThan(350);
  });

  test("a grpc-timeout that is not one is INTERNAL; one longer than a timer can wait is still a deadline", async () => {
    expect((await call("x", { "grpc-timeout": "soon" })).grpcStatus).toBe(GrpcStatus.INTERNAL);
    expect((await call("slow:50", { "grpc-timeout": "99999999H" })).grpcStatus).toBe(GrpcStatus.OK);
    expect(lastCall!.deadline!.getTime()).toBeGreaterThan(Date.now() + 99_999_000 * 3_600_000);
  });

  test("many calls at once on one connection are all answered", async () => {
    const answers = await Promise.all(Array.from({ length: 300 }, (_, i) => call(`n${i}`)));
    expect(answers.map((a) => a.data.subarray(5).toString())).toEqual(Array.from({ length: 300 }, (_, i) => `you said n${i}`));
  });

  test("keepalive pings are answered while a call is in flight", async () => {
    const slow = call("slow:200");
    const pinged = await new Promise<boolean>((resolve) => session.ping((error) => resolve(!error)));
    expect(pinged).toBe(true);
    expect((await slow).grpcStatus).toBe(GrpcStatus.OK);
  });
});

describe("requests that are not a good unary call", () => {
  test("an unknown method is UNIMPLEMENTED", async () => {
    const answer = await call("x", { ":path": "/test.Echo/Shout" });
    expect(answer.status).toBe(200);
    expect(answer.grpcStatus).toBe(GrpcStatus.UNIMPLEMENTED);
  });

  test("GET gets 405 and a content type other than gRPC 415, with no gRPC status", async () => {
    const get = send(Buffer.alloc(0), { ":method": "GET" });
    expect((await get.answer).status).toBe(405);
    const plain = send(Buffer.from("hello"), { "content-type": "text/plain" });
    expect((await plain.answer).status).toBe(415);
    const web = send(frameMessage(Buffer.from("hello")), { "content-type": "application/grpc-web" });
    expect((await web.answer).status).toBe(415);
    expect((await call("still here")).grpcStatus).toBe(GrpcStatus.OK);
  });

  test("a message over the size limit is RESOURCE_EXHAUSTED as soon as its length is read", async () => {
    const header = Buffer.from([0, 0, 0, 0, 0]);
    header.writeUInt32BE(MAX_BYTES + 1, 1);
    const { stream, answer } = send(header);
    const result = await answer;
    expect(result.grpcStatus).toBe(GrpcStatus.RESOURCE_EXHAUSTED);
    expect(stream.rstCode ?? 0).toBe(0);
    const atLimit = await call("x".repeat(MAX_BYTES));
    expect(atLimit.grpcStatus).toBe(GrpcStatus.OK);
  });

  test("bytes that are not the request message are INTERNAL", async () => {
    const { answer } = send(frameMessage(Buffer.from([0xff, 0xff, 0xff, 0xff])), { ":path": LOGIN.path });
    const result = await answer;
    expect(result.grpcStatus).toBe(GrpcStatus.INTERNAL);
    expect(result.grpcMessage).toBe("Error deserializing request");
    const good = await send(frameMessage(LOGIN.requestSerialize({ username: "u", password: "p", client_address: "" })), { ":path": LOGIN.path }).answer;
    expect(LOGIN.responseDeserialize(good.data.subarray(5))).toMatchObject({ access_token: "t", refresh_token: "r", expires_in: 1 });
  });

  test("a compressed message is UNIMPLEMENTED (an encoding) or INTERNAL (flag without one)", async () => {
    const compressed = frameMessage(Buffer.from("zz"));
    compressed[0] = 1;
    expect((await send(compressed, { "grpc-encoding": "gzip" }).answer).grpcStatus).toBe(GrpcStatus.UNIMPLEMENTED);
    expect((await send(compressed).answer).grpcStatus).toBe(GrpcStatus.INTERNAL);
  });

  test("no message, or two, is UNIMPLEMENTED", async () => {
    expect((await send(Buffer.alloc(0)).answer).grpcStatus).toBe(GrpcStatus.UNIMPLEMENTED);
    const two = Buffer.concat([frameMessage(Buffer.from("one")), frameMessage(Buffer.from("two"))]);
    expect((await send(two).answer).grpcStatus).toBe(GrpcStatus.UNIMPLEMENTED);
  });
});

describe("clients that go away", () => {
  test("a call cancelled mid-way (RST_STREAM) is dropped; its handler finishes; the server goes on", async () => {
    const { stream, answer } = send(frameMessage(Buffer.from("slow:150")));
    answer.catch(() => {});
    await Bun.sleep(50);
    stream.close(http2.constants.NGHTTP2_CANCEL);
    await Bun.sleep(200);
    expect(finishedHandlers).toContain("slow:150");
    expect((await call("after cancel")).grpcStatus).toBe(GrpcStatus.OK);
  });

  test("a connection dropped mid-call leaves the server serving others", async () => {
    const other = http2.connect(`http://127.0.0.1:${port}`);
    other.on("error", () => {});
    const { answer } = send(frameMessage(Buffer.from("slow:120")), {}, other);
    answer.catch(() => {});
    await Bun.sleep(40);
    other.destroy();
    await Bun.sleep(150);
    expect(finishedHandlers).toContain("slow:120");
    expect((await call("after drop")).grpcStatus).toBe(GrpcStatus.OK);
  });

  test("bytes that are not HTTP/2 close that connection only", async () => {
    const socket = await Bun.connect({ hostname: "127.0.0.1", port, socket: { data() {}, error() {} } });
    socket.write("GET / HTTP/1.1\r\nHost: x\r\n\r\n");
    await Bun.sleep(100);
    socket.end();
    expect((await call("after garbage")).grpcStatus).toBe(GrpcStatus.OK);
  });
});

describe("close", () => {
  test("GOAWAY: calls in flight finish, new connections are refused, then the server is closed", async () => {
    const { server: closing, port: closingPort } = await startEchoServer();
    const client = http2.connect(`http://127.0.0.1:${closingPort}`);
    let goaway = false;
    client.on("goaway", () => (goaway = true));
    client.on("error", () => {});
    const inFlight = send(frameMessage(Buffer.from("slow:300")), {}, client).answer;
    await Bun.sleep(50);
    const closed = closing.close(5000);
    await Bun.sleep(50);
    expect(goaway).toBe(true);
    const refused = await new Promise<string>((resolve) => {
      const late = http2.connect(`http://127.0.0.1:${closingPort}`);
      late.on("error", (error: NodeJS.ErrnoException) => resolve(error.code ?? "error"));
      late.on("connect", () => resolve("connected"));
    });
    expect(refused).toBe("ECONNREFUSED");
    expect(await inFlight).toMatchObject({ grpcStatus: GrpcStatus.OK, data: frameMessage(Buffer.from("you said slow:300")) });
    const started = performance.now();
    await closed;
    expect(performance.now() - started).toBeLessThan(1000);
  });

  test("calls still running when the grace period ends are cut off", async () => {
    const { server: closing, port: closingPort } = await startEchoServer();
    const client = http2.connect(`http://127.0.0.1:${closingPort}`);
    client.on("error", () => {});
    const inFlight = send(frameMessage(Buffer.from("slow:3000")), {}, client).answer.catch(() => undefined);
    await Bun.sleep(50);
    const started = performance.now();
    await closing.close(200);
    expect(performance.now() - started).toBeLessThan(1500);
    expect((await inFlight)?.grpcStatus).toBeUndefined();
  });
});
