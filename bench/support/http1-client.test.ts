import { setDefaultTimeout, afterEach, describe, expect, test } from "bun:test";
import type { Socket, TCPSocketListener } from "bun";
import { encodeRequest, Http1Connection, Http1Pool } from "./http1-client";

setDefaultTimeout(30_000); // a bound on a hang on a busy machine, not a speed claim (tests/support/preload.ts)

/**
 * A raw TCP server on a free port that answers each request (one packet) with
 * `answer(socket, index, connections)`, counting the connections opened to it.
 */
function rawServer(answer: (socket: Socket<undefined>, index: number, connections: number) => void) {
  let index = 0;
  let connections = 0;
  const server = Bun.listen({ hostname: "127.0.0.1", port: 0, socket: { open: () => void connections++, data: (socket) => answer(socket, index++, connections) } });
  servers.push(server);
  return { port: server.port, stop: (closeActive?: boolean) => server.stop(closeActive), connections: () => connections };
}

const servers: TCPSocketListener<any>[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.stop(true);
});

const url = (port: number) => new URL(`http://127.0.0.1:${port}/api/v1/enrollments`);
const post = (port: number) => encodeRequest("POST", url(port), { "Idempotency-Key": "k-1" }, '{"section_id":"s"}');

describe("encodeRequest", () => {
  test("writes the request line, Host, the headers, Content-Length and the body", () => {
    expect(post(5001).toString()).toBe('POST /api/v1/enrollments HTTP/1.1\r\nHost: 127.0.0.1:5001\r\nIdempotency-Key: k-1\r\nContent-Length: 18\r\n\r\n{"section_id":"s"}');
  });
});

describe("Http1Connection", () => {
  test("keeps the connection for the next request and reads a body split across packets", async () => {
    const server = rawServer((socket, _index, connections) => {
      // 13 bytes: é is two in UTF-8.
      socket.write("HTTP/1.1 201 Created\r\nContent-Type: application/json\r\ncontent-length: 13\r\n\r\n{\"ok\":");
      setTimeout(() => socket.write("\"yés\"}"), 5);
    });
    const connection = new Http1Connection("127.0.0.1", server.port);
    for (let i = 0; i < 3; i++) expect(await connection.request(post(server.port))).toEqual({ status: 201, body: '{"ok":"yés"}' });
    expect(server.connections()).toBe(1);
    connection.close();
  });

  test("decodes a chunked body with extensions and trailers", async () => {
    const server = rawServer((socket) => {
      socket.write("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n4;x=1\r\n{\"a\"\r\n");
      setTimeout(() => socket.write("5\r\n:\"bc\"\r\n1\r\n}\r\n0\r\nX-Trailer: 1\r\n\r\n"), 5);
    });
    const connection = new Http1Connection("127.0.0.1", server.port);
    expect(await connection.request(post(server.port))).toEqual({ status: 200, body: '{"a":"bc"}' });
    expect(await connection.request(post(server.port))).toEqual({ status: 200, body: '{"a":"bc"}' });
    connection.close();
  });

  test("skips an interim 100 Continue and reads 204 without a body", async () => {
    const server = rawServer((socket, index) => {
      if (index === 0) socket.write("HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 409 Conflict\r\nContent-Length: 2\r\n\r\n{}");
      else socket.write("HTTP/1.1 204 No Content\r\n\r\n");
    });
    const connection = new Http1Connection("127.0.0.1", server.port);
    expect(await connection.request(post(server.port))).toEqual({ status: 409, body: "{}" });
    expect(await connection.request(post(server.port))).toEqual({ status: 204, body: "" });
    connection.close();
  });

  test("opens a new connection after Connection: close, and reads a body framed by the close", async () => {
    const server = rawServer((socket, _index, connections) => {
      if (connections === 1) return void socket.write("HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\nContent-Length: 4\r\n\r\nbusy");
      socket.write("HTTP/1.1 200 OK\r\n\r\nuntil the end");
      socket.end();
    });
    const connection = new Http1Connection("127.0.0.1", server.port);
    expect(await connection.request(post(server.port))).toEqual({ status: 503, body: "busy" });
    expect(await connection.request(post(server.port))).toEqual({ status: 200, body: "until the end" });
    expect(server.connections()).toBe(2);
    connection.close();
  });

  test("reconnects after an HTTP/1.0 answer without keep-alive and after close among other Connection options", async () => {
    const server = rawServer((socket, _index, connections) => {
      if (connections === 1) socket.write("HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nv0");
      else socket.write("HTTP/1.1 200 OK\r\nCONTENT-LENGTH:2 \r\nconnection: keep-alive, CLOSE\r\n\r\nv1");
    });
    const connection = new Http1Connection("127.0.0.1", server.port);
    expect(await connection.request(post(server.port))).toEqual({ status: 200, body: "v0" });
    expect(await connection.request(post(server.port))).toEqual({ status: 200, body: "v1" });
    expect(await connection.request(post(server.port))).toEqual({ status: 200, body: "v1" });
    expect(server.connections()).toBe(3);
    connection.close();
  });

  test("a connection closed before the response is complete fails the request, and the next one reconnects", async () => {
    const server = rawServer((socket, _index, connections) => {
      if (connections === 1) {
        socket.write("HTTP/1.1 201 Created\r\nContent-Length: 100\r\n\r\n{");
        return void socket.terminate();
      }
      socket.write("HTTP/1.1 201 Created\r\nContent-Length: 2\r\n\r\n{}");
    });
    const connection = new Http1Connection("127.0.0.1", server.port);
    await expect(connection.request(post(server.port))).rejects.toThrow();
    expect(await connection.request(post(server.port))).toEqual({ status: 201, body: "{}" });
    connection.close();
  });

  test("a refused connection fails the request", async () => {
    const server = rawServer(() => {});
    const port = server.port;
    server.stop(true);
    await expect(new Http1Connection("127.0.0.1", port).request(post(port))).rejects.toThrow();
  });

  test("a malformed response fails the request", async () => {
    const server = rawServer((socket) => void socket.write("HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n"));
    await expect(new Http1Connection("127.0.0.1", server.port).request(post(server.port))).rejects.toThrow("bad Content-Length");
  });
});

describe("Http1Pool", () => {
  test("fails a request with no response within the timeout and drops its connection", async () => {
    const server = rawServer(() => {});
    const pool = new Http1Pool(url(server.port), 1, 500);
    const started = performance.now();
    await expect(pool.connections[0]!.request(post(server.port))).rejects.toThrow("no complete response within 0.5 s");
    expect(performance.now() - started).toBeLessThan(2000);
    pool.close();
  });
});
