import { setDefaultTimeout, afterAll, describe, expect, test } from "bun:test";
import { Gateway } from "./gateway";
import { healthRoutes } from "./health";

setDefaultTimeout(30_000); // a bound on a hang on a busy machine, not a speed claim (tests/support/preload.ts)

// A stand-in gateway: answers /healthz like the real one, then goes away.
const gateway = Bun.serve({ port: 0, hostname: "127.0.0.1", fetch: (request) => (new URL(request.url).pathname === "/healthz" ? Response.json({ status: "ok" }) : new Response("", { status: 404 })) });
afterAll(() => gateway.stop(true));

const probe = (app: ReturnType<typeof healthRoutes>, path: string) => app.handle(new Request(`http://localhost${path}`));

describe("view probes", () => {
  test("liveness answers without asking the gateway", async () => {
    const app = healthRoutes(new Gateway("http://127.0.0.1:9", 1000));
    const response = await probe(app, "/healthz");
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  test("ready while the gateway answers, 503 once it is gone", async () => {
    const app = healthRoutes(new Gateway(`http://127.0.0.1:${gateway.port}`, 1000));
    const up = await probe(app, "/readyz");
    expect(up.status).toBe(200);
    expect(await up.json()).toEqual({ status: "ready", gateway: "reachable" });
    gateway.stop(true);
    const down = await probe(app, "/readyz");
    expect(down.status).toBe(503);
    expect(await down.json()).toEqual({ status: "not ready", gateway: "unreachable" });
  });
});
