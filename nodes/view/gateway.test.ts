import { setDefaultTimeout, afterAll, describe, expect, test } from "bun:test";
import { Gateway, GatewayError, isPlainApiPath, ok } from "./gateway";

setDefaultTimeout(30_000); // a bound on a hang on a busy machine, not a speed claim (tests/support/preload.ts)

/** A stand-in gateway that answers every request with `answer` and keeps what it received. */
function standIn(answer: (request: Request) => Response) {
  const received: Array<{ url: string; headers: Headers; body: string }> = [];
  const server = Bun.serve({
    port: 0,
    hostname: "127.0.0.1",
    fetch: async (request) => {
      received.push({ url: request.url, headers: new Headers(request.headers), body: await request.text() });
      return answer(request);
    },
  });
  return { url: `http://127.0.0.1:${server.port}`, received, stop: () => server.stop(true) };
}

describe("gateway paths from the view", () => {
  test("a path whose segments walk (dot segments, encoded separators) is not plain", () => {
    expect(isPlainApiPath("/api/v1/terms/7f0c1e2a-0000-4000-8000-000000000000?x=../y")).toBe(true);
    for (const path of ["/api/v1/terms/..", "/api/v1/terms/../users", "/api/v1/terms/%2E%2E/users", "/api/v1/terms/.%2e", "/api/v1/terms/..%2Fusers", "/api/v1/terms/a%5Cb", "/api/v1/terms/./x", "/login"]) {
      expect({ path, plain: isPlainApiPath(path) }).toEqual({ path, plain: false });
    }
  });

  test("an id that would walk to another route is encoded or refused before any request is made", async () => {
    const gateway = standIn(() => Response.json({ section: {} }));
    afterAll(gateway.stop);
    const api = new Gateway(gateway.url, 1000).for({});
    for (const id of ["..", ".", "x/../../users", "a\\b", "a/b"]) {
      const error = await ok(api.sections({ id }).get()).catch((e: unknown) => e);
      expect({ id, error: error instanceof GatewayError ? error.status : error }).toEqual({ id, error: 404 });
    }
    expect(gateway.received).toHaveLength(0);
    // Any other id stays one segment, encoded (an already encoded one is encoded again).
    await ok(api.sections({ id: "a b" }).get());
    await ok(api.sections({ id: "..%2Fusers" }).get());
    expect(gateway.received.map((r) => new URL(r.url).pathname)).toEqual(["/api/v1/sections/a%20b", "/api/v1/sections/..%252Fusers"]);
  });
});

describe("gateway answers", () => {
  test("the caller's token, address and request id go with every request, beside the call's own headers", async () => {
    const gateway = standIn(() => Response.json({ enrollment: { id: "e1" } }, { status: 201 }));
    afterAll(gateway.stop);
    const api = new Gateway(gateway.url, 1000).for({ token: "tok", clientAddress: "203.0.113.9", requestId: "req-12345678" });
    const answer = await ok(api.enrollments.post({ section_id: "s1" }, { headers: { "idempotency-key": "key-1" } }));
    expect(answer.enrollment.id).toBe("e1");
    const headers = gateway.received[0]!.headers;
    expect([headers.get("authorization"), headers.get("x-forwarded-for"), headers.get("x-request-id"), headers.get("idempotency-key")]).toEqual(["Bearer tok", "203.0.113.9", "req-12345678", "key-1"]);
    expect(JSON.parse(gateway.received[0]!.body)).toEqual({ section_id: "s1" });
  });

  test("an error answer becomes a GatewayError with its status, message and field details", async () => {
    const body = { error: { code: 400, status: "INVALID_ARGUMENT", message: "The term is not valid.", details: [{ field: "name", message: "Required." }] } };
    const gateway = standIn(() => Response.json(body, { status: 400 }));
    afterAll(gateway.stop);
    const error = (await ok(new Gateway(gateway.url, 1000).for({}).terms.post({} as never)).catch((e: unknown) => e)) as GatewayError;
    expect(error).toBeInstanceOf(GatewayError);
    expect([error.status, error.statusName, error.message, error.fieldMessage("name")]).toEqual([400, "INVALID_ARGUMENT", "The term is not valid.", "Required."]);
  });

  test("an unreachable gateway is a 503, a slow one a 504", async () => {
    const unreachable = (await ok(new Gateway("http://127.0.0.1:1", 1000).for({}).terms.get()).catch((e: unknown) => e)) as GatewayError;
    expect([unreachable.status, unreachable.statusName]).toEqual([503, "UNAVAILABLE"]);
    const slow = Bun.serve({ port: 0, hostname: "127.0.0.1", fetch: () => Bun.sleep(2000).then(() => Response.json({ terms: [] })) });
    afterAll(() => slow.stop(true));
    const late = (await ok(new Gateway(`http://127.0.0.1:${slow.port}`, 100).for({}).terms.get()).catch((e: unknown) => e)) as GatewayError;
    expect([late.status, late.statusName]).toEqual([504, "DEADLINE_EXCEEDED"]);
  });
});
